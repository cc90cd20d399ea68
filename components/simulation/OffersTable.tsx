import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import {
  bestPerBank,
  chanceOf,
  DEFAULT_FILTER,
  filterOffers,
  type OfferFilter,
  type SortDirection,
  type SortKey,
  selectable,
  sortOffers,
  termsOf,
  visibleOffers,
} from '@/lib/simulation/offers';
import { simulationStrings as S } from '@/lib/simulation/strings';
import type { Offer } from '@/lib/simulation/types';
import { amount, CURRENCY, money, pct } from './format';

/** A toggle chip; the tick is shown, not read: aria-pressed already says it. */
function Chip(props: { pressed: boolean; onClick: () => void; children: string }) {
  return (
    <button
      type="button"
      class="sim-chip"
      aria-pressed={props.pressed ? 'true' : 'false'}
      onClick={props.onClick}
    >
      {props.pressed ? <span aria-hidden="true">✓ </span> : null}
      {props.children}
    </button>
  );
}

import { OffersChart } from './OffersChart';

const COLUMNS: { key: SortKey; label: () => string; numeric: boolean }[] = [
  { key: 'bankName', label: () => t(S.colBank), numeric: false },
  { key: 'installments', label: () => t(S.colTerm), numeric: true },
  { key: 'installmentCents', label: () => t(S.colInCurrency, t(S.colInstallment), CURRENCY), numeric: true },
  { key: 'downPaymentCents', label: () => t(S.colInCurrency, t(S.colDownPayment), CURRENCY), numeric: true },
  { key: 'interestMonthly', label: () => t(S.colRate), numeric: true },
  { key: 'cetMonthly', label: () => t(S.colCetMonth), numeric: true },
  { key: 'cetAnnually', label: () => t(S.colCetYear), numeric: true },
  { key: 'totalPaidCents', label: () => t(S.colInCurrency, t(S.colTotal), CURRENCY), numeric: true },
  { key: 'retorno', label: () => t(S.colReturn), numeric: true },
  { key: 'chance', label: () => t(S.colChance), numeric: false },
];

function chanceText(offer: Offer): string {
  switch (chanceOf(offer)) {
    case 'high':
      return t(S.chanceHigh);
    case 'some':
      return t(S.chanceSome);
    case 'none':
      return t(S.chanceNone);
    default:
      return t(S.chanceUnknown);
  }
}

function statusText(offer: Offer): string | null {
  if (offer.status === 'pending') return t(S.pending);
  if (offer.status === 'failed') return `${t(S.failed)}${offer.reason ? `: ${offer.reason}` : ''}`;
  if (offer.status === 'rejected' || chanceOf(offer) === 'none')
    return `${t(S.refused)}${offer.reason ? `: ${offer.reason}` : ''}`;
  return null;
}

/**
 * The offers a salesperson compares: by default the best offer of each bank (one row per bank),
 * quick filters by term and by who set the down payment, the full list one click away, sortable
 * (aria-sort on the active column), and a small chart of the banks shown.
 */
export function OffersTable(props: {
  offers: Offer[];
  canChoose: boolean;
  onChoose: (offer: Offer) => void;
  busy: boolean;
}) {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'totalPaidCents',
    direction: 'ascending',
  });
  const [filter, setFilter] = useState<OfferFilter>(DEFAULT_FILTER);
  const within = filterOffers(props.offers, filter);
  const best = bestPerBank(within);
  const rows = sortOffers(visibleOffers(props.offers, filter), sort.key, sort.direction);
  const terms = termsOf(props.offers);
  const anySuggested = props.offers.some((o) => o.bankSuggested && selectable(o));
  const filtered = filter.terms.length > 0 || filter.downPayment !== 'any';
  const toggle = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const toggleTerm = (term: number) =>
    setFilter((current) => ({
      ...current,
      terms: current.terms.includes(term)
        ? current.terms.filter((x) => x !== term)
        : [...current.terms, term].sort((a, b) => a - b),
    }));
  const toggleDownPayment = (kind: 'suggested' | 'asked') =>
    setFilter((current) => ({ ...current, downPayment: current.downPayment === kind ? 'any' : kind }));
  const chartBanks = new Set(rows.filter(selectable).map((o) => o.bankCode));

  return (
    <div class="sim-offers-panel">
      <div class="sim-filters">
        {terms.length > 1 ? (
          <fieldset class="sim-chips" id="sim-filter-terms">
            <legend class="visually-hidden">{t(S.filterTerms)}</legend>
            <Chip
              pressed={filter.terms.length === 0}
              onClick={() => setFilter((current) => ({ ...current, terms: [] }))}
            >
              {t(S.allTerms)}
            </Chip>
            {terms.map((term) => (
              <Chip key={term} pressed={filter.terms.includes(term)} onClick={() => toggleTerm(term)}>
                {t(S.months, term)}
              </Chip>
            ))}
          </fieldset>
        ) : null}
        {anySuggested ? (
          <fieldset class="sim-chips" id="sim-filter-down">
            <legend class="visually-hidden">{t(S.filterDownPayment)}</legend>
            <Chip pressed={filter.downPayment === 'suggested'} onClick={() => toggleDownPayment('suggested')}>
              {t(S.onlySuggested)}
            </Chip>
            <Chip pressed={filter.downPayment === 'asked'} onClick={() => toggleDownPayment('asked')}>
              {t(S.onlyAsked)}
            </Chip>
          </fieldset>
        ) : null}
      </div>
      <div class="sim-viewbar">
        <p id="sim-showing">
          {t(S.showing, rows.length, props.offers.length)}
          {filter.view === 'best' ? <span class="pc-hint"> · {t(S.viewBestHint)}</span> : null}
        </p>
        <button
          type="button"
          class="secondary"
          id="sim-toggle-view"
          aria-controls="sim-offers-table"
          onClick={() =>
            setFilter((current) => ({ ...current, view: current.view === 'best' ? 'all' : 'best' }))
          }
        >
          {filter.view === 'best' ? t(S.showAll, within.length) : t(S.showBest)}
        </button>
      </div>
      {rows.length ? (
        <div class="sim-table-wrap">
          <table class="sim-offers" id="sim-offers-table" data-view={filter.view}>
            <caption class="visually-hidden">
              {t(S.offersTitle)} — {t(S.showing, rows.length, props.offers.length)}
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={sort.key === column.key ? sort.direction : 'none'}
                    class={column.numeric ? 'num' : undefined}
                  >
                    <button
                      type="button"
                      class="sim-sort"
                      onClick={() => toggle(column.key)}
                      aria-label={t(S.sortBy, column.label())}
                    >
                      {column.label()}
                      <span aria-hidden="true">
                        {sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                      </span>
                    </button>
                  </th>
                ))}
                <th scope="col" class="sim-choose">
                  <span class="visually-hidden">{t(S.colAction)}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((offer) => {
                const status = statusText(offer);
                const isBest = best.has(offer.conditionId);
                const usable = selectable(offer);
                return (
                  <tr
                    key={offer.conditionId}
                    class={`${isBest ? 'best' : ''} ${usable ? '' : 'unusable'}`}
                    data-condition={offer.conditionId}
                    data-bank={offer.bankCode}
                  >
                    <th scope="row">
                      {offer.bankName}
                      {isBest ? <span class="sim-badge best">{t(S.bestOfBank)}</span> : null}
                    </th>
                    <td class="num">{offer.installments ? t(S.months, offer.installments) : '—'}</td>
                    {status ? (
                      <td colSpan={8} class="sim-status">
                        {status}
                      </td>
                    ) : (
                      <>
                        <td class="num strong">{amount(offer.installmentCents)}</td>
                        <td class="num">
                          {amount(offer.downPaymentCents)}
                          {offer.bankSuggested ? (
                            <span class="sim-badge suggested">{t(S.bankSuggested)}</span>
                          ) : null}
                        </td>
                        <td class="num">{pct(offer.interestMonthly)}</td>
                        <td class="num">{pct(offer.cetMonthly)}</td>
                        <td class="num">{pct(offer.cetAnnually)}</td>
                        <td class="num">{amount(offer.totalPaidCents)}</td>
                        <td class="num">{offer.retorno ?? '—'}</td>
                        <td class="sim-chance">{chanceText(offer)}</td>
                      </>
                    )}
                    <td class="sim-choose">
                      {usable && props.canChoose ? (
                        <button
                          type="button"
                          disabled={props.busy}
                          aria-label={t(
                            S.chooseOfferLabel,
                            offer.bankName,
                            offer.installments ?? 0,
                            money(offer.installmentCents),
                          )}
                          onClick={() => props.onChoose(offer)}
                        >
                          {t(S.chooseOffer)}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="sim-empty" id="sim-none-filtered">
          {t(S.noneFiltered)}{' '}
          {filtered ? (
            <button
              type="button"
              class="secondary"
              onClick={() => setFilter((current) => ({ ...DEFAULT_FILTER, view: current.view }))}
            >
              {t(S.clearFilters)}
            </button>
          ) : null}
        </p>
      )}
      <OffersChart
        offers={props.offers}
        bankCodes={chartBanks}
        suggested={filter.downPayment === 'suggested'}
        highlightTerms={filter.terms}
      />
    </div>
  );
}
