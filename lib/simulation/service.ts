/**
 * The simulation, orchestrated in the background: from the deal the bridge stored to a
 * proposal written back into the DMS. Every step starts by reading the journal and ends by
 * writing it, so a service worker that is stopped between two messages resumes where it
 * was; the window only sends intents and shows the view it gets back.
 * Logs: none with customer data (this module logs nothing at all).
 */
import type { CredereApi, LeadRequiredFields, Proposal, Simulation } from '../api/credere-api';
import { formatCpf } from '../br';
import { AppError, toErrorData } from '../errors';
import { t } from '../i18n/t';
import { OPTIONS_LINKS } from '../mappings/readiness';
import type { ProposalValues } from '../screens/types';
import {
  CUSTOMER_ERROR_FIELDS,
  type CustomerDomainIds,
  customerPayload,
  customerRequirements,
  valuesFromCustomer,
} from './customer';
import {
  buildForm,
  type FormFieldKey,
  type FormValues,
  leadInputFrom,
  requiredFormFields,
  type SelectOption,
  validateAnswers,
} from './fields';
import { newEntry, PROPOSAL_STATUSES, resumable, transition } from './journal-machine';
import { mergeOffers, offerFromCondition, progressOf } from './offers';
import {
  DEFAULT_POLL_POLICY,
  delayAfterRateLimit,
  nextDelayMs,
  type PollPolicy,
  pollTimedOut,
} from './polling';
import type { DealHandle, SimulationPorts } from './ports';
import { afterDate, findReconciled } from './reconcile';
import { simulationStrings as S } from './strings';
import type { JournalEntry, Offer } from './types';
import type { CustomerFormView, LoadResult, PendingItem, Readiness, SessionView } from './view';
import { financeiraFor, writeBackValues } from './writeback';

export const DEFAULT_TERMS = [24, 36, 48, 60];
const ANSWERS_KEY = (entryId: string) => `simulation:answers:${entryId}`;
const ONSCREEN_KEY = (atendimento: string) => `simulation:onscreen:${atendimento}`;
const CONTEXT_KEY = (entryId: string) => `simulation:context:${entryId}`;

/** Per-entry data that must survive a worker restart but is not journal material (no personal data). */
interface EntryContext {
  banks: { code: string; name: string }[];
  requirements: Record<string, unknown>;
  options: Partial<Record<FormFieldKey, SelectOption[]>>;
  leadKnown: FormValues;
  /** required_fields returned the lead: the write is one PUT, without a look-up first. */
  leadExists?: boolean;
  storeName: string | null;
}

export function createSimulationService(ports: SimulationPorts, policy: PollPolicy = DEFAULT_POLL_POLICY) {
  const { journal, session } = ports;

  async function deal(entry: JournalEntry): Promise<DealHandle> {
    const found = await ports.screen.readDeal(entry.tabId, entry.frameId);
    if (!found || found.snapshot.deal.atendimento !== entry.atendimentoKey) {
      throw new AppError(
        'SCREEN_CHANGED',
        'Os dados do atendimento não estão mais disponíveis. Clique de novo em "Simulação CREDERE" na tela Calcular fator.',
      );
    }
    return found;
  }

  async function entryOrThrow(entryId: string): Promise<JournalEntry> {
    const entry = await journal.get(entryId);
    if (!entry)
      throw new AppError(
        'NOT_FOUND',
        'Simulação não encontrada no diário. Abra de novo pela tela do LinxDMS.',
      );
    return entry;
  }

  async function save(entry: JournalEntry): Promise<JournalEntry> {
    return journal.put(entry);
  }

  function cpfOf(handle: DealHandle): string {
    const cpf = handle.snapshot.deal.customer.cpf;
    if (!cpf) throw new AppError('VALIDATION', t(S.vCpfMissing), { field: 'cpf' });
    return cpf;
  }

  function knownFromDeal(
    handle: DealHandle,
    professions: { dmsCode: string; identifier: string | null }[],
  ): FormValues {
    const c = handle.snapshot.deal.customer;
    const known: FormValues = {};
    if (c.name) known.name = c.name;
    if (c.birthdate) known.birthdate = c.birthdate;
    if (c.email) known.email = c.email;
    if (c.phone) known.phone = c.phone;
    if (c.monthlyIncomeCents) known.monthlyIncome = String(c.monthlyIncomeCents);
    const profession = c.professionCode ? professions.find((p) => p.dmsCode === c.professionCode) : undefined;
    if (profession?.identifier) known.profession = profession.identifier;
    return known;
  }

  function knownFromLead(lead: LeadRequiredFields['lead']): FormValues {
    if (!lead) return {};
    const out: FormValues = {};
    if (lead.name) out.name = lead.name;
    if (lead.birthdate) out.birthdate = lead.birthdate;
    if (lead.email) out.email = lead.email;
    if (lead.phoneNumber) {
      const digits = lead.phoneNumber.replace(/\D/g, '');
      out.phone = digits.length > 11 && digits.startsWith('55') ? digits.slice(2) : digits;
    }
    if (lead.monthlyIncomeCents) out.monthlyIncome = String(lead.monthlyIncomeCents);
    if (lead.hasCnh !== null) out.hasCnh = lead.hasCnh ? 'sim' : 'nao';
    if (lead.genderIdentifier) out.gender = lead.genderIdentifier;
    if (lead.occupationIdentifier) out.occupation = lead.occupationIdentifier;
    if (lead.professionIdentifier) out.profession = lead.professionIdentifier;
    if (lead.address?.zipCode) out.zipCode = lead.address.zipCode.replace(/\D/g, '');
    return out;
  }

  async function buildContext(
    api: CredereApi,
    entry: JournalEntry,
    handle: DealHandle,
  ): Promise<EntryContext> {
    const storeId = entry.storeId!;
    const mapped = await ports.mappings.banks(storeId);
    const mappedCodes = [...new Set(mapped.map((m) => m.febrabanCode))];
    // One round trip: the required fields are asked for every mapped bank while the integrated
    // list is fetched; requirements of a bank that turns out not integrated are never shown
    // (the form only asks what the chosen banks need).
    const [integrated, professions, domains, required, store] = await Promise.all([
      api.listIntegratedBanks(storeId),
      ports.mappings.professions(),
      api.listLeadDomains({ storeId, types: ['genders', 'occupations'] }),
      mappedCodes.length
        ? api.getLeadRequiredFields(storeId, cpfOf(handle), mappedCodes)
        : Promise.resolve({ lead: null, requirements: {} }),
      ports.mappings.store(handle.snapshot.deal.storeCode ?? ''),
    ]);
    const enabled = new Map(integrated.filter((b) => b.enabled).map((b) => [b.code, b]));
    const banks = mappedCodes
      .filter((code) => enabled.has(code))
      .map((code) => ({ code, name: enabled.get(code)?.tradename || enabled.get(code)?.name || code }));
    if (!banks.length) {
      throw new AppError('MAPPING_MISSING', t(S.noIntegratedBank), { field: 'bancos' });
    }
    const professionOptions = professions
      .filter((p) => p.identifier)
      .map((p) => ({ value: p.identifier!, label: p.label ?? p.dmsName }));
    const options: EntryContext['options'] = {
      profession: dedupe(professionOptions),
      gender: domains.genders.map((g) => ({ value: g.identifier, label: g.label })),
      occupation: domains.occupations.map((o) => ({ value: o.identifier, label: o.label })),
    };
    const leadKnown = { ...knownFromLead(required.lead), ...knownFromDeal(handle, professions) };
    return {
      banks,
      requirements: required.requirements,
      options,
      leadKnown,
      leadExists: required.lead !== null,
      storeName: store?.name ?? null,
    };
  }

  async function context(entry: JournalEntry, handle: DealHandle): Promise<EntryContext> {
    const cached = await session.get<EntryContext>(CONTEXT_KEY(entry.id));
    if (cached) return cached;
    const built = await buildContext(await ports.api(), entry, handle);
    await session.set(CONTEXT_KEY(entry.id), built);
    return built;
  }

  async function view(entry: JournalEntry, nextPollInMs: number | null = null): Promise<SessionView> {
    const handle = await ports.screen.readDeal(entry.tabId, entry.frameId);
    const ctx = (await session.get<EntryContext>(CONTEXT_KEY(entry.id))) ?? {
      banks: [],
      requirements: {},
      options: {},
      leadKnown: {},
      storeName: null,
    };
    const answers = (await session.get<FormValues>(ANSWERS_KEY(entry.id))) ?? {};
    const d = handle?.snapshot.deal;
    const bankCodes = entry.request?.bankCodes ?? ctx.banks.map((b) => b.code);
    return {
      entryId: entry.id,
      status: entry.status,
      atendimento: entry.atendimentoKey,
      tabId: entry.tabId,
      frameId: entry.frameId,
      summary: {
        customerName: d?.customer.name ?? null,
        customerCpf: d?.customer.cpf ? formatCpf(d.customer.cpf) : null,
        vehicle: d?.vehicle.description ?? null,
        vehicleYears: d?.vehicle.manufactureYear
          ? `${d.vehicle.manufactureYear}/${d.vehicle.modelYear ?? ''}`
          : null,
        vehicleValueCents: d?.vehicle.valueCents ?? null,
        fipeCode: d?.vehicle.fipeCode ?? null,
        zeroKm: d?.vehicle.zeroKm ?? null,
        storeName: ctx.storeName,
        storeCode: entry.storeCode,
        sellerCode: entry.sellerCode,
      },
      banks: ctx.banks,
      requirements: ctx.requirements,
      known: { ...ctx.leadKnown, ...answers },
      options: ctx.options,
      request: entry.request
        ? {
            bankCodes: entry.request.bankCodes,
            terms: entry.request.terms,
            downPaymentCents: entry.request.downPaymentCents,
          }
        : {
            bankCodes,
            terms: defaultTerms(d?.negotiation.termMonths ?? null),
            downPaymentCents: d?.negotiation.downPaymentCents ?? 0,
          },
      offers: entry.offers,
      progress: progressOf(entry.offers, entry.request?.bankCodes ?? [], entry.timedOutBanks),
      timedOutBanks: entry.timedOutBanks,
      chosenConditionId: entry.chosenConditionId,
      proposal: entry.proposal,
      writeBack: {
        status:
          entry.status === 'applied' ? 'applied' : entry.status === 'pending_apply' ? 'pending' : 'none',
        fields: entry.writeBack?.fields ?? [],
        error: entry.writeBack?.error ?? null,
      },
      error: entry.error,
      nextPollInMs,
    };
  }

  /**
   * Readiness through the DE>PARA check (lib/mappings/readiness.ts), so the window shows the
   * same pt-BR messages as the options page, each with the options section that fixes it.
   */
  async function readiness(handle: DealHandle): Promise<Readiness> {
    const deal = handle.snapshot.deal;
    const [checked, auth] = await Promise.all([
      ports.readiness({
        lojaDmsCode: deal.storeCode ?? '',
        ...(deal.customer.professionCode ? { professionDmsCode: deal.customer.professionCode } : {}),
      }),
      ports.auth(),
    ]);
    if (!checked.ready || !checked.resolved.credereStoreId)
      return { ready: false, failures: checked.failures };
    return { ready: true, storeId: checked.resolved.credereStoreId, userId: auth.userId };
  }

  /** Opens (or resumes) the session of the deal in this tab and frame. */
  async function load(tabId: number, frameId: number): Promise<LoadResult> {
    const handle = await ports.screen.readDeal(tabId, frameId);
    if (!handle) {
      throw new AppError(
        'SCREEN_NOT_FOUND',
        'Não há negociação lida para esta janela. Clique em "Simulação CREDERE" na tela Calcular fator do LinxDMS.',
      );
    }
    const atendimento = handle.snapshot.deal.atendimento;
    const existing = resumable(await journal.byAtendimento(atendimento));
    let entry: JournalEntry;
    if (existing && existing.tabId === tabId && existing.frameId === frameId) {
      entry = existing;
    } else if (existing && PROPOSAL_STATUSES.includes(existing.status)) {
      // The same atendimento reopened elsewhere (other tab, reloaded page): the pending proposal follows it.
      entry = await save({
        ...existing,
        tabId,
        frameId,
        fingerprint: handle.snapshot.fingerprint,
        updatedAt: ports.now(),
      });
    } else if (existing && existing.status !== 'draft' && existing.status !== 'failed') {
      entry = await save({
        ...existing,
        tabId,
        frameId,
        fingerprint: handle.snapshot.fingerprint,
        updatedAt: ports.now(),
      });
    } else {
      const ready = await readiness(handle);
      if (!ready.ready) return { ready: false, failures: ready.failures };
      const { storeId, userId } = ready;
      entry = await save(
        newEntry({
          id: ports.newId(),
          atendimentoKey: atendimento,
          tabId,
          frameId,
          fingerprint: handle.snapshot.fingerprint,
          storeCode: handle.snapshot.deal.storeCode,
          storeId,
          sellerCode: handle.snapshot.deal.seller.code,
          userId,
          now: ports.now(),
        }),
      );
    }
    try {
      await context(entry, handle);
    } catch (error) {
      const data = toErrorData(error);
      if (data.code === 'MAPPING_MISSING' && data.field === 'bancos') {
        const link = `${OPTIONS_LINKS.bancos}?loja=${encodeURIComponent(entry.storeId ?? '')}`;
        return { ready: false, failures: [{ check: 'bancos', message: data.message, link }] };
      }
      throw error;
    }
    const shown = await view(
      entry,
      entry.status === 'polling' || entry.status === 'creating' || entry.status === 'indeterminate'
        ? 0
        : null,
    );
    return { ready: true, view: shown };
  }

  interface StartInput {
    entryId: string;
    bankCodes: string[];
    terms: number[];
    downPaymentCents: number;
    answers: FormValues;
  }

  async function start(input: StartInput): Promise<SessionView> {
    let entry = await entryOrThrow(input.entryId);
    if (entry.status === 'creating' || entry.status === 'indeterminate' || entry.status === 'polling') {
      // A repeated click or a resumed window: never a second create while one may exist.
      return poll(entry.id);
    }
    if (entry.status !== 'draft' && entry.status !== 'failed' && entry.status !== 'simulated') {
      throw new AppError(
        'VALIDATION',
        'Esta simulação já tem proposta; abra uma nova simulação para outra proposta.',
      );
    }
    const handle = await deal(entry);
    const ctx = await context(entry, handle);
    const vehicle = handle.snapshot.deal.vehicle;
    const valueCents = vehicle.valueCents ?? 0;
    const bankCodes = input.bankCodes.filter((code) => ctx.banks.some((b) => b.code === code));
    if (!bankCodes.length) throw new AppError('VALIDATION', t(S.vBanks), { field: 'banks' });
    const terms = [...new Set(input.terms)]
      .filter((n) => Number.isInteger(n) && n >= 6 && n <= 99)
      .sort((a, b) => a - b);
    if (!terms.length) throw new AppError('VALIDATION', t(S.vTerms), { field: 'terms' });
    if (!(valueCents > 0))
      throw new AppError('VALIDATION', t(S.vVehicleValue), {
        field: 'vehicleValue',
      });
    if (input.downPaymentCents < 0 || input.downPaymentCents >= valueCents) {
      throw new AppError('VALIDATION', t(S.vDownPayment), {
        field: 'downPayment',
      });
    }
    if (!vehicle.fipeCode || !vehicle.modelYear || !vehicle.manufactureYear) {
      throw new AppError('VALIDATION', t(S.vVehicle), {
        field: 'vehicle',
      });
    }

    // Only the asked fields are re-validated here; the rest come from the DMS and the lead.
    const required = requiredFormFields(ctx.requirements, bankCodes);
    const previous = (await session.get<FormValues>(ANSWERS_KEY(entry.id))) ?? {};
    const known = { ...ctx.leadKnown, ...previous, ...input.answers };
    const form = buildForm(required, known, ctx.options);
    if (form.fields.length) {
      const first = form.fields[0]!;
      const message = input.answers[first.key]
        ? (validateAnswers([first], input.answers).errors[first.key] ?? first.error)
        : t(S.vNotInformed, first.label);
      throw new AppError('VALIDATION', message ?? t(S.vInvalid, first.label), { field: first.key });
    }
    await session.set(ANSWERS_KEY(entry.id), { ...previous, ...input.answers });

    const api = await ports.api();
    const cpf = cpfOf(handle);
    const storeId = entry.storeId!;
    // Independent calls: the lead is written (and, once it exists, remembered) while the vehicle
    // is looked up.
    const [, models] = await Promise.all([
      api
        .upsertLead(storeId, leadInputFrom(cpf, { ...form.valid }), { knownToExist: ctx.leadExists })
        .then(() =>
          ctx.leadExists ? undefined : session.set(CONTEXT_KEY(entry.id), { ...ctx, leadExists: true }),
        ),
      api.findVehicleModels({ fipeCode: vehicle.fipeCode, year: vehicle.modelYear }),
    ]);
    const model = models.find((m) => m.active && m.molicarCode) ?? models.find((m) => m.active) ?? models[0];
    if (!model) {
      throw new AppError(
        'NOT_FOUND',
        `Veículo: o código FIPE ${vehicle.fipeCode} (${vehicle.modelYear}) não foi encontrado na CREDERE.`,
        { field: 'vehicle' },
      );
    }
    const request = {
      bankCodes,
      terms,
      downPaymentCents: input.downPaymentCents,
      assetsValueCents: valueCents,
      manufactureYear: vehicle.manufactureYear,
      modelYear: vehicle.modelYear,
      molicarCode: model.molicarCode,
      vehicleModelId: model.id,
      zeroKm: !!vehicle.zeroKm,
    };
    const base = entry.status === 'draft' ? entry : transition(entry, 'draft', ports.now(), { error: null });
    entry = await save(
      transition(base, 'creating', ports.now(), {
        request,
        createSentAt: ports.now(),
        simulationUuid: null,
        offers: [],
        timedOutBanks: [],
        pollCount: 0,
        pollStartedAt: null,
        chosenConditionId: null,
        error: null,
      }),
    );
    const sellerCpf = handle.snapshot.deal.seller.cpf ?? '';
    try {
      const simulation = await api.createSimulation(storeId, {
        sellerCpf,
        leadCpfCnpj: cpf,
        bankCodes,
        assetsValueCents: valueCents,
        processBankSuggestedConditions: true,
        vehicle: {
          ...(model.molicarCode ? { molicarCode: model.molicarCode } : { credereVehicleModelId: model.id }),
          manufactureYear: vehicle.manufactureYear,
          modelYear: vehicle.modelYear,
          assetValueCents: valueCents,
          zeroKm: !!vehicle.zeroKm,
          licensingUf: undefined,
        },
        conditions: terms.map((installments) => ({
          installments,
          downPaymentCents: input.downPaymentCents,
          financedAmountCents: valueCents - input.downPaymentCents,
        })),
      });
      entry = await absorb(entry, simulation, 'polling');
      return view(entry, nextDelayMs(0, policy));
    } catch (error) {
      const data = toErrorData(error);
      if (data.code === 'INDETERMINATE') {
        entry = await save(
          transition(entry, 'indeterminate', ports.now(), {
            error: { code: data.code, message: data.message },
          }),
        );
        return reconcile(entry);
      }
      entry = await save(
        transition(entry, 'draft', ports.now(), {
          error: { code: data.code, message: data.message, ...(data.field ? { field: data.field } : {}) },
        }),
      );
      throw error;
    }
  }

  async function absorb(
    entry: JournalEntry,
    simulation: Simulation,
    status: 'polling',
  ): Promise<JournalEntry> {
    return save(await merged(entry, simulation, status));
  }

  /** The simulation's conditions merged into the entry (not saved: the caller may change status first). */
  async function merged(
    entry: JournalEntry,
    simulation: Simulation,
    status: 'polling',
  ): Promise<JournalEntry> {
    const ctx = await session.get<EntryContext>(CONTEXT_KEY(entry.id));
    const names = Object.fromEntries((ctx?.banks ?? []).map((b) => [b.code, b.name]));
    const fresh = simulation.conditions.map((c) =>
      offerFromCondition(c, entry.request?.downPaymentCents ?? null, names),
    );
    const offers = mergeOffers(entry.offers, fresh);
    return transition(entry, status, ports.now(), {
      simulationUuid: simulation.uuid,
      offers,
      pollStartedAt: entry.pollStartedAt ?? ports.now(),
      error: null,
    });
  }

  /** The create may have reached CREDERE: look for it before anything else is sent. */
  async function reconcile(entry: JournalEntry): Promise<SessionView> {
    const handle = await deal(entry);
    const api = await ports.api();
    const request = entry.request!;
    let found: Simulation | null = null;
    try {
      const list = await api.listProposalSimulations(entry.storeId!, {
        after: afterDate(entry.createSentAt ?? ports.now()),
        sort: 'created_at_desc',
        maxPages: 3,
      });
      found = findReconciled(list, {
        leadCpfCnpj: cpfOf(handle),
        assetsValueCents: request.assetsValueCents,
        modelYear: request.modelYear,
        manufactureYear: request.manufactureYear,
        molicarCode: request.molicarCode,
        sentAt: entry.createSentAt ?? 0,
        sellerCpf: handle.snapshot.deal.seller.cpf,
      });
    } catch (error) {
      // Cannot tell yet: stay indeterminate and ask again later rather than create twice.
      const data = toErrorData(error);
      const current =
        entry.status === 'indeterminate' ? entry : transition(entry, 'indeterminate', ports.now());
      entry = await save({
        ...current,
        error: { code: 'INDETERMINATE', message: `${data.message} Conferindo de novo em instantes.` },
      });
      return view(entry, nextDelayMs(entry.pollCount + 2, policy));
    }
    if (found) {
      const current =
        entry.status === 'indeterminate' ? entry : transition(entry, 'indeterminate', ports.now());
      entry = await absorb(current, found, 'polling');
      return view(entry, nextDelayMs(0, policy));
    }
    // CREDERE has no such simulation: nothing was created, so trying again is safe.
    const current =
      entry.status === 'indeterminate' ? entry : transition(entry, 'indeterminate', ports.now());
    entry = await save(
      transition(current, 'draft', ports.now(), {
        error: {
          code: 'INDETERMINATE',
          message:
            'A CREDERE não confirmou a simulação e ela não foi criada. Confira os dados e clique em "Simular" de novo.',
        },
      }),
    );
    return view(entry, null);
  }

  async function poll(entryId: string): Promise<SessionView> {
    let entry = await entryOrThrow(entryId);
    if (entry.status === 'creating' || entry.status === 'indeterminate') {
      // The worker stopped between sending the create and recording its answer.
      if (entry.simulationUuid) return view(await save(transition(entry, 'polling', ports.now())), 0);
      return reconcile(entry);
    }
    if (entry.status !== 'polling' || !entry.simulationUuid) return view(entry, null);
    const api = await ports.api();
    try {
      const simulation = await api.getSimulation(entry.storeId!, entry.simulationUuid);
      entry = await merged({ ...entry, pollCount: entry.pollCount + 1 }, simulation, 'polling');
    } catch (error) {
      const data = toErrorData(error);
      entry = await save({
        ...entry,
        pollCount: entry.pollCount + 1,
        error: { code: data.code, message: data.message },
      });
      if (data.code === 'AUTH_REQUIRED' || data.code === 'AUTH_CONFIG' || data.code === 'NOT_FOUND') {
        return view(await save(transition(entry, 'failed', ports.now())), null);
      }
      const delay =
        data.code === 'RATE_LIMITED'
          ? delayAfterRateLimit(entry.pollCount, data.retryAfterSeconds, policy)
          : nextDelayMs(entry.pollCount, policy);
      return view(entry, delay);
    }
    // One journal write per poll: the last one lands directly as "simulated".
    const progress = progressOf(entry.offers, entry.request?.bankCodes ?? [], entry.timedOutBanks);
    if (progress.done) return view(await save(transition(entry, 'simulated', ports.now())), null);
    entry = await save(entry);
    if (pollTimedOut(entry.pollStartedAt, ports.now(), policy)) return stopWaiting(entry.id);
    return view(entry, nextDelayMs(entry.pollCount, policy));
  }

  /** The salesperson goes on without the slow banks: they are "sem resposta". */
  async function stopWaiting(entryId: string): Promise<SessionView> {
    const entry = await entryOrThrow(entryId);
    if (entry.status !== 'polling') return view(entry, null);
    const pendingBanks = new Set(entry.offers.filter((o) => o.status === 'pending').map((o) => o.bankCode));
    for (const code of entry.request?.bankCodes ?? [])
      if (!entry.offers.some((o) => o.bankCode === code)) pendingBanks.add(code);
    return view(
      await save(
        transition(entry, 'simulated', ports.now(), { timedOutBanks: [...pendingBanks] }, 'sem resposta'),
      ),
      null,
    );
  }

  async function domainIds(
    api: CredereApi,
    storeId: string,
  ): Promise<{ ids: CustomerDomainIds; options: CustomerFormView['options'] }> {
    const [domains, professions, leadDomains] = await Promise.all([
      api.listCustomerDomains([
        'states',
        'genre',
        'marital_status',
        'education',
        'professional_ocupation',
        'profession',
      ]),
      ports.mappings.professions(),
      api.listLeadDomains({ storeId, types: ['genders'] }),
    ]);
    const states: Record<string, number> = {};
    for (const s of domains.states ?? []) if (s.abbreviation) states[s.abbreviation] = Number(s.id);
    const genre: Record<string, number> = {};
    for (const g of leadDomains.genders) {
      const match = (domains.genre ?? []).find((d) => d.name.toLowerCase() === g.label.toLowerCase());
      if (match) genre[g.identifier] = Number(match.id);
    }
    const profession: Record<string, number> = {};
    for (const p of domains.profession ?? []) if (p.identifier) profession[p.identifier] = Number(p.id);
    for (const p of professions)
      if (p.identifier && p.professionId !== null) profession[p.identifier] = p.professionId;
    const list = (name: string) => (domains[name] ?? []).map((d) => ({ value: String(d.id), label: d.name }));
    return {
      ids: { states, genre, profession },
      options: {
        maritalStatus: list('marital_status'),
        education: list('education'),
        professionalOccupation: list('professional_ocupation'),
        gender: leadDomains.genders.map((g) => ({ value: g.identifier, label: g.label })),
        profession: dedupe(
          professions
            .filter((p) => p.identifier)
            .map((p) => ({ value: p.identifier!, label: p.label ?? p.dmsName })),
        ),
      },
    };
  }

  function offerOf(entry: JournalEntry, conditionId: string): Offer {
    const offer = entry.offers.find((o) => o.conditionId === conditionId);
    if (offer?.status !== 'available') {
      throw new AppError('VALIDATION', t(S.vOffer), {
        field: 'offer',
      });
    }
    return offer;
  }

  async function customerForm(
    entryId: string,
    conditionId: string,
    extra: FormFieldKey[] = [],
  ): Promise<CustomerFormView> {
    const entry = await entryOrThrow(entryId);
    const offer = offerOf(entry, conditionId);
    const handle = await deal(entry);
    const api = await ports.api();
    const [{ ids, options }, existing] = await Promise.all([
      domainIds(api, entry.storeId!),
      api.findCustomer(entry.storeId!, cpfOf(handle)),
    ]);
    const ctx = await context(entry, handle);
    const answers = (await session.get<FormValues>(ANSWERS_KEY(entry.id))) ?? {};
    const stateFromStore = undefined;
    const known: FormValues = {
      ...(stateFromStore ? { state: stateFromStore } : {}),
      ...valuesFromCustomer(existing?.record ?? null, ids),
      ...ctx.leadKnown,
      ...answers,
    };
    const savedExtra = (await session.get<FormFieldKey[]>(`simulation:extra:${entry.id}`)) ?? [];
    const required = customerRequirements(offer.bankCode, [...savedExtra, ...extra]);
    return {
      entryId,
      conditionId,
      bankCode: offer.bankCode,
      required: [...required.entries()],
      known,
      options: { ...ctx.options, ...options },
      existingCustomer: !!existing,
    };
  }

  async function propose(entryId: string, conditionId: string, answers: FormValues): Promise<SessionView> {
    let entry = await entryOrThrow(entryId);
    if (PROPOSAL_STATUSES.includes(entry.status)) return view(entry, null);
    if (entry.status !== 'simulated') {
      throw new AppError('VALIDATION', 'Aguarde o fim da simulação antes de escolher uma oferta.');
    }
    const offer = offerOf(entry, conditionId);
    const handle = await deal(entry);
    const api = await ports.api();
    const storeId = entry.storeId!;
    const cpf = cpfOf(handle);
    const form = await customerForm(entryId, conditionId);
    const previous = (await session.get<FormValues>(ANSWERS_KEY(entry.id))) ?? {};
    const merged = { ...form.known, ...previous, ...answers };
    const built = buildForm(new Map(form.required), merged, form.options);
    if (built.fields.length) {
      const first = built.fields[0]!;
      throw new AppError(
        'VALIDATION',
        (answers[first.key] ? first.error : null) ?? t(S.vNotInformed, first.label),
        { field: first.key },
      );
    }
    await session.set(ANSWERS_KEY(entry.id), { ...previous, ...answers });

    entry = await save(
      transition(entry, 'proposing', ports.now(), { chosenConditionId: conditionId, error: null }),
    );
    const { ids } = await domainIds(api, storeId);
    let customerId: string;
    try {
      const validations = { bankCodes: [offer.bankCode], storeId };
      const upsert = async () => {
        const existing = await api.findCustomer(storeId, cpf);
        const payload = customerPayload(cpf, built.valid, ids, existing?.record ?? null);
        return existing
          ? api.updateCustomer(storeId, existing.id, payload, validations)
          : api.createCustomer(storeId, payload, validations);
      };
      let customer: Awaited<ReturnType<typeof upsert>>;
      try {
        customer = await upsert();
      } catch (first) {
        // The same customer may be on two deals at once (two windows): if the other one created
        // the record between our look-up and our create, CREDERE refuses ours; update it instead.
        const refused = toErrorData(first).code === 'API_REJECTED';
        if (!refused || !(await api.findCustomer(storeId, cpf))) throw first;
        customer = await upsert();
      }
      customerId = customer.id;
    } catch (error) {
      const data = toErrorData(error);
      const field = data.field ? CUSTOMER_ERROR_FIELDS[data.field.replace(/^customer\./, '')] : undefined;
      if (field) {
        const extra = (await session.get<FormFieldKey[]>(`simulation:extra:${entry.id}`)) ?? [];
        await session.set(`simulation:extra:${entry.id}`, [...new Set([...extra, field])]);
      }
      await save(
        transition(entry, 'simulated', ports.now(), {
          error: { code: data.code, message: data.message, ...(field ? { field } : {}) },
        }),
      );
      throw error;
    }

    const sellers = await api.listSellers(storeId);
    const sellerCpf = handle.snapshot.deal.seller.cpf;
    const seller = sellers.find((s) => s.cpf && sellerCpf && s.cpf === sellerCpf);
    if (!seller) {
      const error = new AppError(
        'MAPPING_MISSING',
        `Vendedor ${entry.sellerCode ?? ''}: o CPF do vendedor do atendimento não é de um usuário desta loja na CREDERE.`,
        { field: 'vendedor' },
      );
      await save(
        transition(entry, 'simulated', ports.now(), {
          customerId,
          error: { code: error.code, message: error.message },
        }),
      );
      throw error;
    }

    let proposal: Proposal;
    try {
      proposal = await api.createProposal(storeId, {
        customerId,
        sellerId: seller.id,
        storeId,
        attempts: [{ simulationConditionId: conditionId, simulationUuid: entry.simulationUuid! }],
        chassiCode: handle.snapshot.deal.vehicle.chassi ?? undefined,
        licensePlateCode: handle.snapshot.deal.vehicle.plate ?? undefined,
      });
    } catch (error) {
      const data = toErrorData(error);
      if (data.code === 'INDETERMINATE') {
        // No list of proposals to reconcile against: never send it again blindly.
        await save(
          transition(entry, 'failed', ports.now(), {
            customerId,
            error: {
              code: data.code,
              message:
                'A CREDERE não confirmou a criação da proposta. Confira na CREDERE se ela existe antes de tentar de novo.',
            },
          }),
        );
      } else {
        await save(
          transition(entry, 'simulated', ports.now(), {
            customerId,
            error: { code: data.code, message: data.message },
          }),
        );
      }
      throw error;
    }
    const banks = await ports.mappings.banks(storeId);
    const values = writeBackValues({
      offer,
      proposal,
      financeira: financeiraFor(offer.bankCode, storeId, banks),
    });
    entry = await save(
      transition(entry, 'applying', ports.now(), {
        customerId,
        proposal: {
          id: proposal.id,
          state: proposal.attempt?.state ?? proposal.state,
          bankCode: proposal.attempt?.bankCode ?? offer.bankCode,
          bankProposalId: proposal.attempt?.bankProposalIdentifier ?? null,
        },
        writeBack: {
          values,
          tabId: entry.tabId,
          frameId: entry.frameId,
          fingerprint: entry.fingerprint,
          attempts: 0,
          appliedAt: null,
          fields: [],
          error: null,
        },
      }),
    );
    return view(await applyEntry(entry), null);
  }

  /** Writes the proposal into the DMS; a closed tab or a changed screen leaves it pending. */
  async function applyEntry(
    entry: JournalEntry,
    target?: { tabId: number; frameId: number; fingerprint: string },
  ): Promise<JournalEntry> {
    const wb = entry.writeBack;
    if (!wb) throw new AppError('NOT_FOUND', 'Nada a aplicar: esta simulação não tem proposta.');
    const onScreen =
      target ??
      (await session.get<{ tabId: number; frameId: number; fingerprint: string }>(
        ONSCREEN_KEY(entry.atendimentoKey),
      ));
    const where = onScreen ?? {
      tabId: entry.tabId,
      frameId: entry.frameId,
      fingerprint: entry.fingerprint ?? '',
    };
    const applying = entry.status === 'applying' ? entry : transition(entry, 'applying', ports.now());
    try {
      const report = await ports.screen.apply(
        where.tabId,
        where.frameId,
        wb.values as ProposalValues,
        where.fingerprint,
      );
      const next = transition(applying, report.ok ? 'applied' : 'pending_apply', ports.now(), {
        writeBack: {
          ...wb,
          tabId: where.tabId,
          frameId: where.frameId,
          fingerprint: report.fingerprint || where.fingerprint,
          attempts: wb.attempts + 1,
          appliedAt: report.ok ? ports.now() : null,
          fields: report.fields.map((f) => ({
            field: f.field,
            status: f.status,
            ...(f.message ? { message: f.message } : {}),
          })),
          error: report.ok
            ? null
            : { code: 'WRITE_FAILED', message: 'Alguns campos não foram aceitos pela tela do LinxDMS.' },
        },
      });
      return save(next);
    } catch (error) {
      const data = toErrorData(error);
      return save(
        transition(applying, 'pending_apply', ports.now(), {
          writeBack: { ...wb, attempts: wb.attempts + 1, error: { code: data.code, message: data.message } },
        }),
      );
    }
  }

  async function applyPending(entryId: string): Promise<SessionView> {
    const entry = await entryOrThrow(entryId);
    if (!PROPOSAL_STATUSES.includes(entry.status)) {
      throw new AppError('VALIDATION', 'Esta simulação ainda não tem proposta para aplicar.');
    }
    return view(await applyEntry(entry), null);
  }

  /** The bridge says which atendimento is on screen: remember where, and tell it what is pending. */
  async function onScreen(
    tabId: number,
    frameId: number,
    atendimento: string,
    fingerprint: string,
  ): Promise<PendingItem[]> {
    await session.set(ONSCREEN_KEY(atendimento), { tabId, frameId, fingerprint });
    const entries = await journal.byAtendimento(atendimento);
    return entries.filter((e) => e.status === 'pending_apply').map(pendingItem);
  }

  async function pending(): Promise<PendingItem[]> {
    const entries = await journal.byStatus('pending_apply');
    return entries.sort((a, b) => b.updatedAt - a.updatedAt).map(pendingItem);
  }

  async function focus(entryId: string): Promise<boolean> {
    const entry = await entryOrThrow(entryId);
    const tabId = entry.writeBack?.tabId ?? entry.tabId;
    return ports.screen.focusTab(tabId);
  }

  async function get(entryId: string): Promise<SessionView> {
    return view(await entryOrThrow(entryId), null);
  }

  return {
    load,
    start,
    poll,
    stopWaiting,
    customerForm,
    propose,
    applyPending,
    onScreen,
    pending,
    focus,
    get,
    readiness,
  };
}

export type SimulationService = ReturnType<typeof createSimulationService>;

function pendingItem(e: JournalEntry): PendingItem {
  return {
    entryId: e.id,
    atendimento: e.atendimentoKey,
    proposalId: e.proposal?.id ?? '',
    bankCode: e.proposal?.bankCode ?? null,
    updatedAt: e.updatedAt,
    error: e.writeBack?.error?.message ?? null,
  };
}

function defaultTerms(dealTerm: number | null): number[] {
  const terms = new Set(DEFAULT_TERMS);
  if (dealTerm && dealTerm >= 6 && dealTerm <= 99) terms.add(dealTerm);
  return [...terms].sort((a, b) => a - b);
}

function dedupe(options: SelectOption[]): SelectOption[] {
  const seen = new Set<string>();
  return options.filter((o) => {
    if (seen.has(o.value)) return false;
    seen.add(o.value);
    return true;
  });
}
