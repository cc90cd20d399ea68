import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatMoneyPlain, parseMoney } from '@/lib/br';
import type { AppErrorData } from '@/lib/errors';
import { t } from '@/lib/i18n/t';
import type { ReadinessFailure } from '@/lib/mappings/readiness';
import { callBackground } from '@/lib/messaging/client';
import {
  buildForm,
  type FormFieldKey,
  type FormValues,
  requiredFormFields,
  validateAnswers,
} from '@/lib/simulation/fields';
import { allRefused, selectable } from '@/lib/simulation/offers';
import { simulationStrings as S } from '@/lib/simulation/strings';
import type { Offer } from '@/lib/simulation/types';
import { type CustomerFormView, type SessionView, WINDOW_INTERACTIVE_MARK } from '@/lib/simulation/view';
import { FormFields } from './FormFields';
import { money } from './format';
import { useLazy } from './lazy';
import './simulation.css';

const TERM_CHOICES = [12, 18, 24, 30, 36, 42, 48, 54, 60];
const POLLING = ['creating', 'indeterminate', 'polling'];

function readTarget(): { tabId: number; frameId: number } | null {
  const params = new URLSearchParams(location.search);
  const tabId = Number(params.get('tab'));
  const frameId = Number(params.get('frame') ?? '0');
  return Number.isInteger(tabId) && tabId >= 0 && Number.isInteger(frameId) ? { tabId, frameId } : null;
}

/**
 * The window answers input from here on. `data-ready` is what tests wait for; the performance
 * mark lands on the frame that paints it, so the benchmark reads the browser's own clock
 * (performance.timeOrigin + mark) instead of how soon a test runner happened to look.
 */
function markInteractive() {
  document.body.dataset.ready = 'true';
  requestAnimationFrame(() => performance.mark(WINDOW_INTERACTIVE_MARK));
}

/** The simulation window (one per DMS tab and atendimento). */
export function SimulationApp() {
  const [view, setView] = useState<SessionView | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const [banks, setBanks] = useState<string[]>([]);
  const [terms, setTerms] = useState<number[]>([]);
  const [downPayment, setDownPayment] = useState('');
  const [answers, setAnswers] = useState<FormValues>({});
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FormFieldKey, string>>>({});
  const [customer, setCustomer] = useState<CustomerFormView | null>(null);
  const [customerAnswers, setCustomerAnswers] = useState<FormValues>({});
  const [customerErrors, setCustomerErrors] = useState<Partial<Record<FormFieldKey, string>>>({});
  const [notReady, setNotReady] = useState<ReadinessFailure[] | null>(null);
  // The offers parts are not needed for the first paint: loaded right after it, before any offer arrives.
  const OffersTable = useLazy(() => import('./OffersTable').then((m) => m.OffersTable), !!view);
  const pollTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastPollSentAt = useRef<number | null>(null);

  const accept = (next: SessionView) => {
    setView(next);
    setError(next.error && next.status !== 'polling' ? (next.error as AppErrorData) : null);
  };

  const run = async <T,>(task: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      return await task();
    } catch (caught) {
      setError(caught as AppErrorData);
      return null;
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    const target = readTarget();
    if (!target) {
      setError({ code: 'BAD_MESSAGE', message: t(S.noOriginTab) });
      return;
    }
    void run(async () => {
      const result = await callBackground('simulation.load', target);
      if (!result.ready) {
        setNotReady(result.failures);
        markInteractive();
        return;
      }
      const loaded = result.view;
      accept(loaded);
      setBanks(loaded.request.bankCodes);
      setTerms(loaded.request.terms);
      setDownPayment(formatMoneyPlain(loaded.request.downPaymentCents));
      markInteractive();
    });
  }, []);

  // Polls while CREDERE processes: the background says when to ask again. The delay counts
  // from when the previous poll was sent, so the time each poll takes (messages, journal,
  // rendering) does not pile up into a slower cadence than the policy asks.
  useEffect(() => {
    if (!view || view.nextPollInMs === null || !POLLING.includes(view.status)) return;
    const sentAt = lastPollSentAt.current;
    const delay =
      sentAt === null ? view.nextPollInMs : Math.max(0, view.nextPollInMs - (Date.now() - sentAt));
    pollTimer.current = setTimeout(() => {
      lastPollSentAt.current = Date.now();
      void callBackground('simulation.poll', { entryId: view.entryId })
        .then(accept)
        .catch((caught: AppErrorData) => {
          setError(caught);
          // Keep trying: a worker restart or a network blip must not end the simulation.
          setView((current) => (current ? { ...current, nextPollInMs: 3000 } : current));
        });
    }, delay);
    return () => {
      if (pollTimer.current) clearTimeout(pollTimer.current);
    };
  }, [view]);

  const bankNames = useMemo(
    () => Object.fromEntries((view?.banks ?? []).map((b) => [b.code, b.name])),
    [view?.banks],
  );

  const leadForm = useMemo(() => {
    if (!view) return { fields: [], valid: {} };
    return buildForm(requiredFormFields(view.requirements, banks), view.known, view.options);
  }, [view?.requirements, view?.known, view?.options, banks]);

  const customerForm = useMemo(() => {
    if (!customer) return null;
    return buildForm(new Map(customer.required), customer.known, customer.options);
  }, [customer]);

  if (!view) {
    return (
      <main class="sim">
        <h1>{t(S.title)}</h1>
        {notReady ? <NotReady failures={notReady} /> : null}
        {error ? <ErrorBox error={error} /> : notReady ? null : <p role="status">…</p>}
      </main>
    );
  }

  const simulate = async () => {
    const checked = validateAnswers(leadForm.fields, {
      ...Object.fromEntries(leadForm.fields.map((f) => [f.key, f.value])),
      ...answers,
    });
    setFieldErrors(checked.errors);
    const down = parseMoney(downPayment, t(S.colDownPayment), { min: 0 });
    if (!down.ok) {
      setError(down.error);
      return;
    }
    if (Object.keys(checked.errors).length) {
      const first = leadForm.fields.find((f) => checked.errors[f.key]);
      if (first) document.getElementById(`lead-${first.key}`)?.focus();
      return;
    }
    lastPollSentAt.current = null;
    const started = await run(() =>
      callBackground('simulation.start', {
        entryId: view.entryId,
        bankCodes: banks,
        terms,
        downPaymentCents: down.data,
        answers: checked.values as Record<string, string>,
      }),
    );
    if (started) {
      accept(started);
      // The offers appear below the form: bring them into sight instead of making the salesperson scroll.
      setTimeout(() => document.getElementById('offers')?.scrollIntoView({ block: 'start' }), 0);
    }
  };

  const choose = async (offer: Offer) => {
    const form = await run(() =>
      callBackground('simulation.customerForm', { entryId: view.entryId, conditionId: offer.conditionId }),
    );
    if (form) {
      setCustomer(form);
      setCustomerAnswers({});
      setCustomerErrors({});
      setTimeout(() => document.getElementById('customer-title')?.focus(), 0);
    }
  };

  const propose = async () => {
    if (!customer || !customerForm) return;
    const checked = validateAnswers(customerForm.fields, {
      ...Object.fromEntries(customerForm.fields.map((f) => [f.key, f.value])),
      ...customerAnswers,
    });
    setCustomerErrors(checked.errors);
    if (Object.keys(checked.errors).length) {
      const first = customerForm.fields.find((f) => checked.errors[f.key]);
      if (first) document.getElementById(`customer-${first.key}`)?.focus();
      return;
    }
    const next = await run(() =>
      callBackground('simulation.propose', {
        entryId: view.entryId,
        conditionId: customer.conditionId,
        answers: checked.values as Record<string, string>,
      }),
    );
    if (next) {
      accept(next);
      setCustomer(null);
    } else {
      // CREDERE may have named another field it needs: ask for it.
      const again = await callBackground('simulation.customerForm', {
        entryId: view.entryId,
        conditionId: customer.conditionId,
      }).catch(() => null);
      if (again) setCustomer({ ...again, known: { ...again.known, ...checked.values } });
    }
  };

  const apply = async () => {
    const next = await run(() => callBackground('simulation.apply', { entryId: view.entryId }));
    if (next) accept(next);
  };

  const backToDms = async () => {
    await run(() => callBackground('simulation.focusTab', { entryId: view.entryId }));
    window.close();
  };

  const polling = POLLING.includes(view.status);
  const hasProposal = !!view.proposal;
  const canChoose = view.status === 'simulated' && !customer;
  const refusedAll = view.status === 'simulated' && allRefused(view.offers);
  const editable =
    view.status === 'draft' || view.status === 'failed' || (view.status === 'simulated' && !customer);
  const s = view.summary;

  return (
    <main class="sim" aria-busy={busy || polling ? 'true' : 'false'}>
      <header class="sim-head">
        <h1>{t(S.title)}</h1>
        <span class="pc-hint">{t(S.atendimento, view.atendimento)}</span>
      </header>

      <section class="pc-card sim-summary" aria-labelledby="summary-title">
        <h2 id="summary-title">{t(S.summaryTitle)}</h2>
        <dl>
          <div>
            <dt>{t(S.customer)}</dt>
            <dd>
              {s.customerName ?? '—'} {s.customerCpf ? <span class="pc-hint">({s.customerCpf})</span> : null}
            </dd>
          </div>
          <div>
            <dt>{t(S.vehicle)}</dt>
            <dd>
              {s.vehicle ?? '—'} {s.vehicleYears ? `· ${s.vehicleYears}` : ''} ·{' '}
              {s.zeroKm ? t(S.newVehicle) : t(S.usedVehicle)} · {money(s.vehicleValueCents)}
            </dd>
          </div>
          <div>
            <dt>{t(S.store)}</dt>
            <dd>
              {s.storeName ?? '—'} {s.storeCode ? <span class="pc-hint">({s.storeCode})</span> : null}
            </dd>
          </div>
          <div>
            <dt>{t(S.seller)}</dt>
            <dd>{s.sellerCode ?? '—'}</dd>
          </div>
        </dl>
      </section>

      {error ? <ErrorBox error={error} /> : null}

      {!hasProposal && editable ? (
        <form
          class="pc-card"
          aria-labelledby="setup-title"
          onSubmit={(e) => {
            e.preventDefault();
            void simulate();
          }}
        >
          <h2 id="setup-title">{t(S.setupTitle)}</h2>
          <div class="sim-setup">
            <div class="pc-field">
              <label for="down-payment">{t(S.downPayment)}</label>
              <input
                id="down-payment"
                inputMode="decimal"
                value={downPayment}
                onInput={(e) => setDownPayment((e.target as HTMLInputElement).value)}
              />
            </div>
            <fieldset>
              <legend>{t(S.terms)}</legend>
              {TERM_CHOICES.concat(terms.filter((x) => !TERM_CHOICES.includes(x))).map((term) => (
                <label key={term} class="sim-check">
                  <input
                    type="checkbox"
                    name="term"
                    value={term}
                    checked={terms.includes(term)}
                    onChange={(e) =>
                      setTerms((current) =>
                        (e.target as HTMLInputElement).checked
                          ? [...current, term].sort((a, b) => a - b)
                          : current.filter((x) => x !== term),
                      )
                    }
                  />{' '}
                  {term}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t(S.banks)}</legend>
              {view.banks.map((bank) => (
                <label key={bank.code} class="sim-check">
                  <input
                    type="checkbox"
                    name="bank"
                    value={bank.code}
                    checked={banks.includes(bank.code)}
                    onChange={(e) =>
                      setBanks((current) =>
                        (e.target as HTMLInputElement).checked
                          ? [...current, bank.code]
                          : current.filter((x) => x !== bank.code),
                      )
                    }
                  />{' '}
                  {bank.name}
                </label>
              ))}
            </fieldset>
          </div>
          <h3>{t(S.missingTitle)}</h3>
          {leadForm.fields.length ? (
            <>
              <p class="pc-hint">{t(S.missingHint)}</p>
              <FormFields
                idPrefix="lead"
                fields={leadForm.fields}
                values={{ ...Object.fromEntries(leadForm.fields.map((f) => [f.key, f.value])), ...answers }}
                errors={{
                  ...Object.fromEntries(leadForm.fields.filter((f) => f.error).map((f) => [f.key, f.error!])),
                  ...fieldErrors,
                }}
                bankNames={bankNames}
                onChange={(key, value) => {
                  setAnswers((current) => ({ ...current, [key]: value }));
                  setFieldErrors((current) => ({ ...current, [key]: undefined }));
                }}
              />
            </>
          ) : (
            <p class="pc-ok">{t(S.nothingMissing)}</p>
          )}
          <button type="submit" id="simulate" disabled={busy || !banks.length || !terms.length}>
            {busy ? t(S.working) : view.offers.length ? t(S.simulateAgain) : t(S.simulate)}
          </button>
        </form>
      ) : null}

      {view.offers.length || polling ? (
        <section class="pc-card" aria-labelledby="offers-title" id="offers">
          <h2 id="offers-title">{t(S.offersTitle)}</h2>
          <p role="status" id="sim-progress">
            {t(
              S.progress,
              view.progress.banksResponded,
              view.progress.banksTotal || view.request.bankCodes.length,
            )}
          </p>
          {view.timedOutBanks.length ? (
            <p class="pc-hint" id="sim-no-answer">
              {t(S.noAnswer, view.timedOutBanks.map((code) => bankNames[code] ?? code).join(', '))}
            </p>
          ) : null}
          {polling ? (
            <button
              type="button"
              class="secondary"
              id="stop-waiting"
              onClick={() =>
                void run(() =>
                  callBackground('simulation.stopWaiting', { entryId: view.entryId }).then(accept),
                )
              }
            >
              {t(S.stopWaiting)}
            </button>
          ) : null}
          {refusedAll ? (
            <p class="pc-error" role="alert" id="all-refused">
              {t(S.allRefused)}
            </p>
          ) : null}
          {OffersTable ? (
            <OffersTable
              offers={view.offers}
              canChoose={canChoose && !hasProposal}
              onChoose={(offer) => void choose(offer)}
              busy={busy}
            />
          ) : (
            <p role="status">…</p>
          )}
        </section>
      ) : null}

      {customer && customerForm ? (
        <form
          class="pc-card"
          aria-labelledby="customer-title"
          onSubmit={(e) => {
            e.preventDefault();
            void propose();
          }}
        >
          <h2 id="customer-title" tabIndex={-1}>
            {t(S.customerTitle, bankNames[customer.bankCode] ?? customer.bankCode)}
          </h2>
          {describeChoice(view.offers.find((o) => o.conditionId === customer.conditionId))}
          {customer.existingCustomer ? <p class="pc-hint">{t(S.existingCustomer)}</p> : null}
          {customerForm.fields.length ? (
            <>
              <p class="pc-hint">{t(S.customerHint)}</p>
              <FormFields
                idPrefix="customer"
                fields={customerForm.fields}
                values={{
                  ...Object.fromEntries(customerForm.fields.map((f) => [f.key, f.value])),
                  ...customerAnswers,
                }}
                errors={{
                  ...Object.fromEntries(
                    customerForm.fields.filter((f) => f.error).map((f) => [f.key, f.error!]),
                  ),
                  ...customerErrors,
                }}
                bankNames={bankNames}
                onChange={(key, value) => {
                  setCustomerAnswers((current) => ({ ...current, [key]: value }));
                  setCustomerErrors((current) => ({ ...current, [key]: undefined }));
                }}
              />
            </>
          ) : null}
          <div class="sim-actions">
            <button type="submit" id="create-proposal" disabled={busy}>
              {busy ? t(S.working) : t(S.createProposal)}
            </button>
            <button type="button" class="secondary" onClick={() => setCustomer(null)} disabled={busy}>
              {t(S.back)}
            </button>
          </div>
        </form>
      ) : null}

      {view.proposal ? (
        <section class="pc-card" aria-labelledby="proposal-title" id="proposal">
          <h2 id="proposal-title">{t(S.proposalTitle, view.proposal.id)}</h2>
          <p id="proposal-state">{t(S.proposalState, view.proposal.state ?? '—')}</p>
          {view.writeBack.status === 'applied' ? (
            <p class="pc-ok" role="status" id="write-back-ok">
              {t(S.applied)}
            </p>
          ) : (
            <p class="pc-error" role="alert" id="write-back-pending">
              {t(S.pendingApply, view.writeBack.error?.message ?? '')}
            </p>
          )}
          {view.writeBack.fields.some((f) => f.status === 'failed') ? (
            <p class="pc-hint">
              {t(
                S.fieldProblems,
                view.writeBack.fields
                  .filter((f) => f.status === 'failed')
                  .map((f) => `${f.field}${f.message ? ` (${f.message})` : ''}`)
                  .join(', '),
              )}
            </p>
          ) : null}
          <div class="sim-actions">
            {view.writeBack.status !== 'applied' ? (
              <button type="button" id="apply-now" onClick={() => void apply()} disabled={busy}>
                {t(S.applyNow)}
              </button>
            ) : null}
            <button
              type="button"
              id="back-to-dms"
              class={view.writeBack.status === 'applied' ? '' : 'secondary'}
              onClick={() => void backToDms()}
            >
              {t(S.backToDms)}
            </button>
          </div>
        </section>
      ) : null}
    </main>
  );
}

function describeChoice(offer: Offer | undefined) {
  if (!offer || !selectable(offer)) return null;
  return (
    <p>
      {offer.bankName} · {t(S.months, offer.installments ?? 0)} · {money(offer.installmentCents)} ·{' '}
      {t(S.colDownPayment)} {money(offer.downPaymentCents)}
    </p>
  );
}

/** Opens the options page at the section that fixes the problem (hash and query kept). */
export function openOptionsAt(link: string): void {
  const url = browser.runtime.getURL(`/${link.replace(/^\//, '')}` as '/options.html');
  void browser.tabs.create({ url }).catch(() => browser.runtime.openOptionsPage());
}

function NotReady(props: { failures: ReadinessFailure[] }) {
  return (
    <section class="pc-card sim-error" role="alert" id="sim-not-ready" aria-labelledby="not-ready-title">
      <h2 id="not-ready-title">{t(S.notReadyTitle)}</h2>
      <ul>
        {props.failures.map((failure) => (
          <li key={`${failure.check}:${failure.link}`} data-check={failure.check}>
            {failure.message}{' '}
            <a
              href={browser.runtime.getURL(`/${failure.link}` as '/options.html')}
              target="_blank"
              rel="noopener"
              onClick={(event) => {
                event.preventDefault();
                openOptionsAt(failure.link);
              }}
            >
              {t(S.openOptions)}
            </a>
          </li>
        ))}
      </ul>
      <p class="pc-hint">{t(S.notReadyHint)}</p>
    </section>
  );
}

function ErrorBox(props: { error: AppErrorData }) {
  return (
    <div class="pc-card sim-error" role="alert" id="sim-error">
      <strong>{t(S.errorTitle)}</strong>
      <p>{props.error.message}</p>
    </div>
  );
}
