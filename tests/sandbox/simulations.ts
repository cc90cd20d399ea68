/**
 * Simulations: validated create that answers at once with every condition pending, then
 * per-bank asynchronous processing (configurable delays), reads and the reconciliation list.
 */
import type { CustomerOutcome } from '../seed/world';
import { storeScoped } from './auth';
import { sellersOf } from './catalog';
import type { RouteModule } from './context';
import { quote, suggestedDownPayment } from './engine';
import { ApiError, recordNotFound, unprocessable } from './errors';
import { findLead, leadJson, missingLeadFields } from './leads';
import { unitFor } from './random';
import { bankByCode, outcomeFor } from './seed';
import type { Lead, SandboxState, Simulation, SimulationCondition } from './state';
import { digits, isPlainObject, paginate, railsTime, saoPauloDate } from './util';
import { cents, integer, jsonBody, rootObject, str } from './validation';
import { findVehicle, vehicleModelJson } from './vehicles';
import { holdForWebhook, sendWebhook } from './webhooks';

type BankVerdict =
  | { kind: 'approved'; status: 2 | 3 }
  | { kind: 'refused' }
  | { kind: 'error' }
  | { kind: 'missing_fields'; fields: string[] };

/** Mixed customer: which bank does what (every store has an approval, a refusal and an integration error). */
const MIXED: Record<string, BankVerdict['kind'] | 2 | 3> = {
  '033': 3,
  '341': 3,
  fontecred: 3,
  '394': 2,
  '422': 2,
  '336': 2,
  '623': 'refused',
  '342': 'refused',
  M22: 'refused',
  '655': 'error',
  moneyplus: 'error',
};

function verdictFor(state: SandboxState, lead: Lead, bankCode: string): BankVerdict {
  switch (state.config.forcedOutcome) {
    case 'refuse_all':
      return { kind: 'refused' };
    case 'error_all':
      return { kind: 'error' };
    case 'approve_all':
      return { kind: 'approved', status: 3 };
    default:
  }
  const missing = missingLeadFields(state, lead, bankCode);
  if (missing.length) return { kind: 'missing_fields', fields: missing };
  const outcome: CustomerOutcome | null = outcomeFor(lead.cpf);
  if (outcome === 'approved_everywhere' || outcome === 'slow_bank') return { kind: 'approved', status: 3 };
  if (outcome === 'refused_everywhere') return { kind: 'refused' };
  if (outcome === 'needs_more_fields') return { kind: 'approved', status: 2 };
  if (outcome === 'mixed') {
    const v = MIXED[bankCode] ?? 2;
    if (v === 2 || v === 3) return { kind: 'approved', status: v };
    return v === 'refused' ? { kind: 'refused' } : { kind: 'error' };
  }
  const u = unitFor(state.config.seed, `verdict:${lead.cpf}:${bankCode}`);
  if (u < 0.6) return { kind: 'approved', status: 3 };
  if (u < 0.85) return { kind: 'approved', status: 2 };
  return { kind: 'refused' };
}

function bankDelay(state: SandboxState, lead: Lead, code: string): number | null {
  const forever = state.config.pendingForeverBanks;
  if (forever === 'all' || forever.includes(code)) return null;
  if (code in state.config.bankDelaysMs) return state.config.bankDelaysMs[code] ?? 0;
  if (code === '422' && outcomeFor(lead.cpf) === 'slow_bank') return state.config.slowBankDelayMs;
  return state.config.processingDelayMs;
}

function conditionBank(code: string) {
  const bank = bankByCode(code)!;
  return { id: bank.credereId, febraban_code: bank.code, name: bank.name, nickname: bank.tradename };
}

export function findSimulation(state: SandboxState, storeId: number, uuid: string): Simulation | undefined {
  return state.simulations.find((s) => s.uuid === uuid && s.storeId === storeId);
}

interface ConditionRequest {
  installments: number;
  down_payment: number;
  financed_amount: number;
  bank_codes: string[];
  include_financial_protection_insurance: boolean;
  products_options: unknown;
  min_return: unknown;
  max_return: unknown;
  return_preference: unknown;
  quota_preference: unknown;
}

function parseBody(state: SandboxState, storeId: number, sim: Record<string, unknown>) {
  const assets = cents(sim.assets_value, 'simulation.assets_value', { min: 1 })!;
  const documentation =
    cents(sim.documentation_value, 'simulation.documentation_value', { optional: true }) ?? 0;
  const accessory = cents(sim.accessory_value, 'simulation.accessory_value', { optional: true }) ?? 0;
  const insurance = cents(sim.insurance_value, 'simulation.insurance_value', { optional: true }) ?? 0;

  const sellerCpf = digits(str(sim.seller_cpf, 'simulation.seller_cpf'));
  if (!sellersOf(state, storeId).some((u) => u.cpf === sellerCpf))
    throw unprocessable(`simulation.seller_cpf ${sellerCpf} não pertence a um vendedor da loja ${storeId}.`, {
      field: 'simulation.seller_cpf',
    });

  if (!isPlainObject(sim.retrieve_lead))
    throw unprocessable('simulation.retrieve_lead.cpf_cnpj é obrigatório.', {
      field: 'simulation.retrieve_lead.cpf_cnpj',
    });
  const lead = findLead(state, storeId, String(sim.retrieve_lead.cpf_cnpj ?? ''));
  if (!lead)
    throw unprocessable(
      'simulation.retrieve_lead.cpf_cnpj: lead não encontrado nesta loja; crie-o antes em /banks_api/leads.',
      { field: 'simulation.retrieve_lead.cpf_cnpj' },
    );

  const integrated = state.integrated[storeId] ?? [];
  let bankCodes: string[];
  if (sim.bank_febraban_codes === undefined || sim.bank_febraban_codes === null) bankCodes = [...integrated];
  else {
    if (!Array.isArray(sim.bank_febraban_codes) || sim.bank_febraban_codes.length === 0)
      throw unprocessable(
        'simulation.bank_febraban_codes deve ser uma lista não vazia de códigos de banco.',
        {
          field: 'simulation.bank_febraban_codes',
        },
      );
    bankCodes = sim.bank_febraban_codes.map(String);
  }
  for (const code of bankCodes) {
    if (!bankByCode(code))
      throw unprocessable(`simulation.bank_febraban_codes: banco "${code}" desconhecido.`, {
        field: 'simulation.bank_febraban_codes',
      });
    if (!integrated.includes(code))
      throw unprocessable(
        `simulation.bank_febraban_codes: banco "${code}" não está integrado na loja ${storeId}.`,
        {
          field: 'simulation.bank_febraban_codes',
        },
      );
  }

  if (!isPlainObject(sim.vehicle))
    throw unprocessable('simulation.vehicle é obrigatório.', { field: 'simulation.vehicle' });
  const v = sim.vehicle;
  const molicar = v.vehicle_molicar_code ? String(v.vehicle_molicar_code) : null;
  const modelId = v.credere_vehicle_model_id ? Number(v.credere_vehicle_model_id) : null;
  if (!molicar && !modelId)
    throw unprocessable(
      'simulation.vehicle.vehicle_molicar_code ou simulation.vehicle.credere_vehicle_model_id é obrigatório.',
      {
        field: 'simulation.vehicle.vehicle_molicar_code',
      },
    );
  const model = findVehicle(state, { molicar, modelId });
  if (!model)
    throw unprocessable(
      molicar
        ? `simulation.vehicle.vehicle_molicar_code "${molicar}" não existe no catálogo.`
        : `simulation.vehicle.credere_vehicle_model_id ${modelId} não existe no catálogo.`,
      {
        field: molicar
          ? 'simulation.vehicle.vehicle_molicar_code'
          : 'simulation.vehicle.credere_vehicle_model_id',
      },
    );
  const modelYear = integer(v.model_year, 'simulation.vehicle.model_year', { min: 1950 })!;
  const manufactureYear = integer(v.manufacture_year, 'simulation.vehicle.manufacture_year', { min: 1950 })!;
  if (modelYear < model.year_start || modelYear > model.year_end)
    throw unprocessable(
      `simulation.vehicle.model_year ${modelYear} fora da faixa do modelo (${model.year_start}–${model.year_end}).`,
      { field: 'simulation.vehicle.model_year' },
    );
  if (manufactureYear > modelYear || manufactureYear < modelYear - 1)
    throw unprocessable('simulation.vehicle.manufacture_year deve ser o ano-modelo ou o ano anterior.', {
      field: 'simulation.vehicle.manufacture_year',
    });
  const vehicleAsset = cents(v.asset_value, 'simulation.vehicle.asset_value', { optional: true });
  if (v.zero_km !== undefined && typeof v.zero_km !== 'boolean')
    throw unprocessable('simulation.vehicle.zero_km deve ser true ou false.', {
      field: 'simulation.vehicle.zero_km',
    });

  if (!Array.isArray(sim.conditions) || sim.conditions.length === 0)
    throw unprocessable('simulation.conditions deve ter ao menos uma condição (prazo).', {
      field: 'simulation.conditions',
    });
  const conditions: ConditionRequest[] = sim.conditions.map((raw, i) => {
    const f = `simulation.conditions[${i}]`;
    if (!isPlainObject(raw)) throw unprocessable(`${f} deve ser um objeto.`, { field: f });
    const installments = integer(raw.installments, `${f}.installments`, { min: 1 })!;
    if (installments > 99)
      throw unprocessable(`${f}.installments deve ser no máximo 99.`, { field: `${f}.installments` });
    const down = cents(raw.down_payment, `${f}.down_payment`)!;
    if (down >= assets)
      throw unprocessable(`${f}.down_payment deve ser menor que simulation.assets_value.`, {
        field: `${f}.down_payment`,
      });
    const financed =
      cents(raw.financed_amount, `${f}.financed_amount`, { optional: true }) ??
      assets + documentation + accessory + insurance - down;
    let codes = bankCodes;
    if (raw.bank_febraban_code !== undefined && raw.bank_febraban_code !== null) {
      const code = String(raw.bank_febraban_code);
      if (!bankCodes.includes(code))
        throw unprocessable(`${f}.bank_febraban_code "${code}" não está entre os bancos da simulação/loja.`, {
          field: `${f}.bank_febraban_code`,
        });
      codes = [code];
    }
    return {
      installments,
      down_payment: down,
      financed_amount: financed,
      bank_codes: codes,
      include_financial_protection_insurance: raw.include_financial_protection_insurance === true,
      products_options: raw.products_options ?? null,
      min_return: raw.min_return ?? null,
      max_return: raw.max_return ?? null,
      return_preference: raw.return_preference ?? null,
      quota_preference: raw.quota_preference ?? null,
    };
  });

  let webhookUrl: string | null = null;
  if (sim.webhook_url !== undefined && sim.webhook_url !== null && sim.webhook_url !== '') {
    try {
      const url = new URL(String(sim.webhook_url));
      if (!/^https?:$/.test(url.protocol)) throw new Error('protocol');
      webhookUrl = url.toString();
    } catch {
      throw unprocessable('simulation.webhook_url deve ser uma URL http(s) válida.', {
        field: 'simulation.webhook_url',
      });
    }
  }
  return {
    assets,
    documentation,
    accessory,
    insurance,
    sellerCpf,
    lead,
    bankCodes,
    model,
    modelYear,
    manufactureYear,
    vehicleAsset: vehicleAsset ?? assets,
    zeroKm: v.zero_km === true,
    licensingUf: typeof v.licensing_uf === 'string' ? v.licensing_uf : 'SP',
    licensingCity: typeof v.licensing_city === 'string' ? v.licensing_city : null,
    conditions,
    webhookUrl,
  };
}

function pendingCondition(
  state: SandboxState,
  sim: Simulation,
  req: ConditionRequest,
  code: string,
  now: number,
) {
  return {
    object_type: 'SimulationCondition',
    id: state.next('condition'),
    installments: req.installments,
    down_payment: req.down_payment,
    financed_amount: req.financed_amount,
    bank: conditionBank(code),
    available: null,
    success: null,
    error: null,
    reason: null,
    reason_identifier: null,
    first_installment_value: null,
    last_installment_value: null,
    installment_value: null,
    pre_approval_status: null,
    interest_monthly: null,
    interest_annually: null,
    cet_monthly: null,
    cet_annually: null,
    coefficient: null,
    amount_paid_in_financing: null,
    total_financed_amount: null,
    payment_flow: null,
    expenses: [],
    credit_condition_code: null,
    credit_condition_return: null,
    credit_condition_description: null,
    fixed_installments: true,
    include_financial_protection_insurance: req.include_financial_protection_insurance,
    products_options: req.products_options,
    min_return: req.min_return,
    max_return: req.max_return,
    return_preference: req.return_preference,
    quota_preference: req.quota_preference,
    bank_down_payment_suggestion: null,
    bank_minimum_down_payment: null,
    bank_available_amount: null,
    suggestion_reason: null,
    run_pre_approval: true,
    pre_aproval_task: null,
    process_task: null,
    process_condition_payload: { simulation_token: sim.uuid, tab_id: code, tab_uuid: state.ids.uuid() },
    created_at: railsTime(now),
    processed_at: null,
  };
}

function returnLevel(body: Record<string, unknown>): number {
  const raw = Number(body.max_return ?? body.min_return ?? 0);
  return Number.isFinite(raw) ? Math.max(0, Math.min(6, Math.round(raw))) : 0;
}

function fillApproved(
  state: SandboxState,
  sim: Simulation,
  body: Record<string, unknown>,
  code: string,
  status: 2 | 3,
) {
  const lead = sim.data.lead as { cpf_cnpj: string };
  const vehicle = sim.data.vehicle as { zero_km: boolean; licensing_uf: string };
  const level = returnLevel(body);
  const q = quote({
    seed: state.config.seed,
    cpf: digits(lead.cpf_cnpj),
    bankCode: code,
    installments: body.installments as number,
    principal: body.financed_amount as number,
    assetsValue: sim.data.assets_value as number,
    downPayment: body.down_payment as number,
    approval: status,
    zeroKm: vehicle.zero_km,
    licensingUf: vehicle.licensing_uf,
    includeInsurance: body.include_financial_protection_insurance === true,
    returnLevel: level,
  });
  Object.assign(body, {
    available: true,
    success: true,
    error: false,
    reason: null,
    reason_identifier: null,
    pre_approval_status: status,
    first_installment_value: q.firstInstallment,
    last_installment_value: q.lastInstallment,
    installment_value: q.installmentValue,
    interest_monthly: q.interestMonthly,
    interest_annually: q.interestAnnually,
    cet_monthly: q.cetMonthly,
    cet_annually: q.cetAnnually,
    coefficient: q.coefficient,
    amount_paid_in_financing: q.amountPaid,
    total_financed_amount: q.totalFinanced,
    iof_value: q.iofValue,
    payment_flow: q.paymentFlow,
    expenses: q.expenses.map((e) => ({ id: state.next('item'), ...e })),
    credit_condition_code: `${code}-CDC-${body.installments}`,
    credit_condition_return: String(level),
    credit_condition_description: `CDC ${bankByCode(code)?.tradename ?? code} ${body.installments}x R${level}`,
    return_value_cents: q.returnValueCents,
    pre_aproval_task: { ended_at: railsTime(Date.now()), error: false, result: { status } },
  });
}

function processBank(state: SandboxState, sim: Simulation, code: string) {
  const now = Date.now();
  const lead = state.leads.find(
    (l) => l.storeId === sim.storeId && l.cpf === digits((sim.data.lead as { cpf_cnpj: string }).cpf_cnpj),
  );
  const list = sim.data.conditions as Array<Record<string, unknown>>;
  for (const cond of sim.conditions.filter((c) => c.bankCode === code && !c.processed)) {
    const body = cond.body;
    const verdict: BankVerdict = lead ? verdictFor(state, lead, code) : { kind: 'error' };
    const done = {
      ended_at: railsTime(now),
      error: verdict.kind === 'error' || verdict.kind === 'missing_fields',
    };
    if (verdict.kind === 'approved') {
      fillApproved(state, sim, body, code, verdict.status);
      const assets = sim.data.assets_value as number;
      body.bank_minimum_down_payment = Math.round(assets * 0.1);
      if (sim.data.process_bank_suggested_conditions === true) {
        const suggested = suggestedDownPayment(assets, body.down_payment as number);
        body.bank_down_payment_suggestion = suggested;
        body.bank_available_amount = assets - suggested;
        if (suggested > (body.down_payment as number)) {
          const extra = {
            ...pendingCondition(state, sim, requestFrom(body), code, now),
            down_payment: suggested,
            financed_amount: (body.financed_amount as number) - (suggested - (body.down_payment as number)),
          } as Record<string, unknown>;
          fillApproved(state, sim, extra, code, 3);
          Object.assign(extra, {
            suggestion_reason: 'bank_suggested_down_payment',
            bank_down_payment_suggestion: suggested,
            bank_minimum_down_payment: body.bank_minimum_down_payment,
            bank_available_amount: assets - suggested,
            process_task: { id: state.next('item'), ...done, result: { success: true } },
            processed_at: railsTime(now),
          });
          list.splice(list.indexOf(body) + 1, 0, extra);
          sim.conditions.push({ body: extra, bankCode: code, processed: true });
        }
      }
    } else if (verdict.kind === 'refused') {
      Object.assign(body, {
        available: false,
        success: true,
        error: false,
        pre_approval_status: 1,
        reason: 'Crédito não aprovado na pré-análise do banco.',
        reason_identifier: 'pre_analysis_refused',
        pre_aproval_task: { ended_at: railsTime(now), error: false, result: { status: 1 } },
      });
    } else if (verdict.kind === 'error') {
      Object.assign(body, {
        available: false,
        success: false,
        error: true,
        reason:
          'Erro de integração com o banco: o serviço do banco não respondeu. Tente novamente mais tarde.',
        reason_identifier: 'bank_integration_error',
      });
    } else {
      Object.assign(body, {
        available: false,
        success: false,
        error: true,
        reason: `Lead sem campos obrigatórios para este banco: ${verdict.fields.join(', ')}.`,
        reason_identifier: 'lead_missing_required_fields',
        missing_fields: verdict.fields,
      });
    }
    body.process_task = { id: state.next('item'), ...done, result: { success: !done.error } };
    body.processed_at = railsTime(now);
    cond.processed = true;
  }
  maybeFinish(state, sim);
}

function requestFrom(body: Record<string, unknown>): ConditionRequest {
  return {
    installments: body.installments as number,
    down_payment: body.down_payment as number,
    financed_amount: body.financed_amount as number,
    bank_codes: [],
    include_financial_protection_insurance: body.include_financial_protection_insurance === true,
    products_options: body.products_options,
    min_return: body.min_return,
    max_return: body.max_return,
    return_preference: body.return_preference,
    quota_preference: body.quota_preference,
  };
}

function maybeFinish(state: SandboxState, sim: Simulation) {
  if (sim.finished || sim.conditions.some((c) => !c.processed)) return;
  sim.finished = true;
  const allFailed = sim.conditions.length > 0 && sim.conditions.every((c) => c.body.error === true);
  sim.data.success = true;
  sim.data.process_task = { ended_at: railsTime(Date.now()), error: false, result: { success: !allFailed } };
  sendWebhook(state, sim.webhookUrl, 'simulation_processed', sim.uuid, {
    event: 'simulation_processed',
    data: sim.data,
  });
}

/** Used by the control API: finish every pending condition at once. */
export function flushSimulation(state: SandboxState, sim: Simulation) {
  for (const code of new Set(sim.conditions.filter((c) => !c.processed).map((c) => c.bankCode)))
    processBank(state, sim, code);
}

export const registerSimulations: RouteModule = (app, state) => {
  app.use('/api/v1/banks_api/simulations', storeScoped(state));
  app.use('/api/v1/banks_api/simulations/*', storeScoped(state));
  app.use('/api/v1/proposal_simulations', storeScoped(state));

  app.post('/api/v1/banks_api/simulations', async (c) => {
    const storeId = c.get('storeId');
    const body = rootObject(await jsonBody(c), 'simulation');
    const p = parseBody(state, storeId, body);
    const now = Date.now();
    const uuid = state.ids.uuid();
    const sim: Simulation = {
      uuid,
      storeId,
      createdAt: now,
      data: {},
      conditions: [],
      webhookUrl: p.webhookUrl,
      finished: false,
    };
    sim.data = {
      object_type: 'Simulation',
      uuid,
      assets_value: p.assets,
      documentation_value: p.documentation,
      accessory_value: p.accessory,
      insurance_value: p.insurance,
      commercial: body.commercial === true,
      created_at: railsTime(now),
      success: null,
      error: null,
      reason: null,
      process_task: null,
      process_bank_suggested_conditions: body.process_bank_suggested_conditions === true,
      process_credere_suggested_conditions: body.process_credere_suggested_conditions === true,
      seller_cpf: p.sellerCpf,
      bank_febraban_codes: p.bankCodes,
      webhook_url: p.webhookUrl,
      payload: { application_id: c.get('token').clientId, store_id: storeId },
      items: p.documentation
        ? [{ id: state.next('item'), type: 'documentation', value: p.documentation }]
        : [],
      lead: leadJson(p.lead),
      vehicle: {
        id: state.next('item'),
        asset_value: p.vehicleAsset,
        licensing_uf: p.licensingUf,
        licensing_city: p.licensingCity,
        manufacture_year: p.manufactureYear,
        model_year: p.modelYear,
        zero_km: p.zeroKm,
        chassi_code: null,
        color: null,
        km_mileage: null,
        license_plate_code: null,
        renavam_code: null,
        fuel_type: vehicleModelJson(p.model).fuel_type,
        vehicle_model: vehicleModelJson(p.model),
      },
      conditions: [],
    };
    const list = sim.data.conditions as Array<Record<string, unknown>>;
    if (state.config.forcedOutcome !== 'zero_conditions') {
      for (const req of p.conditions)
        for (const code of req.bank_codes) {
          const condBody = pendingCondition(state, sim, req, code, now);
          list.push(condBody);
          sim.conditions.push({
            body: condBody,
            bankCode: code,
            processed: false,
          } satisfies SimulationCondition);
        }
    }
    state.simulations.push(sim);
    const snapshot = { data: structuredClone(sim.data) };
    for (const code of new Set(sim.conditions.map((c) => c.bankCode))) {
      const delay = bankDelay(state, p.lead, code);
      if (delay !== null) state.schedule(delay, () => processBank(state, sim, code));
    }
    if (sim.conditions.length === 0) state.schedule(0, () => maybeFinish(state, sim));
    // The snapshot stays the one taken at creation: the webhook may already say "processed".
    await holdForWebhook(state, sim.webhookUrl, uuid);
    return c.json(snapshot);
  });

  app.get('/api/v1/banks_api/simulations/:uuid', (c) => {
    const sim = findSimulation(state, c.get('storeId'), c.req.param('uuid'));
    if (!sim) throw recordNotFound('Simulation');
    return c.json({ data: sim.data });
  });

  const list = (c: { req: { query(): Record<string, string> }; get(k: 'storeId'): number }) => {
    const q = c.req.query();
    let sims = state.simulations.filter((s) => s.storeId === c.get('storeId'));
    if (q.after) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(q.after))
        throw new ApiError(422, `after deve estar no formato AAAA-MM-DD (recebido "${q.after}").`);
      sims = sims.filter((s) => saoPauloDate(s.createdAt) >= (q.after ?? ''));
    }
    const sort = q.sort ?? 'created_at_desc';
    if (!['created_at_desc', 'created_at_asc'].includes(sort))
      throw new ApiError(422, `sort inválido: "${sort}". Use created_at_desc ou created_at_asc.`);
    // state.simulations is kept in creation order, so sorting is a matter of direction.
    if (sort === 'created_at_desc') sims = [...sims].reverse();
    return paginate(
      sims.map((s) => s.data),
      q,
    );
  };
  app.get('/api/v1/banks_api/simulations', (c) => c.json({ data: list(c) }));
  app.get('/api/v1/proposal_simulations', (c) => c.json({ data: list(c) }));
};
