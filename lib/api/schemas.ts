/**
 * Lenient zod parsers for CREDERE responses and their mapping to the domain types of
 * credere-api.ts. The reference (§6.2, §11, §13.1) says types drift between examples:
 * numbers arrive as strings, `error` as a bool or a message, `pre_approval_status` as an
 * int or a string, optional objects go missing, and some lists come in two shapes. The
 * parsers accept every documented variant and reject only what we cannot use (no id).
 */
import { z } from 'zod';
import type {
  CredereBank,
  CredereStore,
  CredereUser,
  Customer,
  CustomerDomainEntry,
  CustomerDomains,
  IntegratedBank,
  Lead,
  LeadDomainEntry,
  LeadDomains,
  LeadRequiredFields,
  Proposal,
  ProposalAttempt,
  Simulation,
  SimulationCondition,
  VehicleModel,
} from './credere-api';

// ---------- lenient scalars ----------

const NUMERIC = /^\s*-?\d+(?:[.,]\d+)?\s*$/;

/** Id as a string; numbers and strings both accepted. */
export const idSchema = z.union([z.string().min(1), z.number()]).transform((v) => String(v));

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value.trim().replace(',', '.'));
  return null;
}

/** Number, numeric string, or anything else (→ null). Never fails. */
export const looseNumber = z.unknown().transform(toNumber);
/** Integer centavos; a numeric string is accepted, decimals are rounded. */
export const looseCents = z.unknown().transform((v) => {
  const n = toNumber(v);
  return n === null ? null : Math.round(n);
});
export const looseInt = looseCents;

export const looseBool = z.unknown().transform((v): boolean | null => {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 1 || v === '1') return true;
  if (v === 'false' || v === 0 || v === '0') return false;
  return null;
});

export const looseString = z.unknown().transform((v): string | null => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
});

const digitsOrNull = looseString.transform((v) =>
  v ? v.replace(/[^0-9A-Za-z]/g, '').toUpperCase() || null : null,
);

/** Optional nested object: anything that is not an object becomes null. */
function looseObject<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((v, ctx): z.output<T> | null => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
    const parsed = schema.safeParse(v);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues)
      ctx.addIssue({ ...issue, code: 'custom', message: issue.message });
    return z.NEVER;
  });
}

/** Array that tolerates a missing value (→ []) and drops entries that fail to parse. */
function looseArray<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((v): z.output<T>[] => {
    if (!Array.isArray(v)) return [];
    const out: z.output<T>[] = [];
    for (const item of v) {
      const parsed = schema.safeParse(item);
      if (parsed.success) out.push(parsed.data);
    }
    return out;
  });
}

/** `pre_approval_status`: 3, "3" or "pre_approval_status_3". */
export const preApprovalStatus = z.unknown().transform((v): number | null => {
  const n = toNumber(v);
  if (n !== null) return n;
  if (typeof v === 'string') {
    const match = /(\d+)$/.exec(v);
    if (match) return Number(match[1]);
  }
  return null;
});

/** `error`: bool, null, or a message string (which means an error). */
export const errorFlag = z.unknown().transform((v): { error: boolean; message: string | null } => {
  if (typeof v === 'boolean') return { error: v, message: null };
  if (typeof v === 'string') {
    const trimmed = v.trim();
    if (trimmed === '' || trimmed === 'false') return { error: false, message: null };
    if (trimmed === 'true') return { error: true, message: null };
    return { error: true, message: trimmed };
  }
  return { error: false, message: null };
});

// ---------- stores, users, banks ----------

const storeSchema = z.object({
  id: idSchema,
  name: looseString,
  display_name: looseString.optional(),
  cnpj: digitsOrNull.optional(),
  status: looseString.optional(),
  active: looseBool.optional(),
  uf: looseString.optional(),
  city: looseString.optional(),
});

export function toStore(raw: z.output<typeof storeSchema>): CredereStore {
  const active = raw.status != null && raw.status !== '' ? raw.status === 'active' : raw.active !== false;
  return {
    id: raw.id,
    name: raw.name ?? raw.display_name ?? `Loja ${raw.id}`,
    displayName: raw.display_name ?? null,
    cnpj: raw.cnpj ?? null,
    active,
    uf: raw.uf ?? null,
    city: raw.city ?? null,
  };
}

export const storesResponse = z
  .object({ stores: z.array(storeSchema) })
  .transform((r) => r.stores.map(toStore));

const userSchema = z.object({
  id: idSchema,
  name: looseString,
  email: looseString.optional(),
  cpf: digitsOrNull.optional(),
  active: looseBool.optional(),
  status: looseString.optional(),
});

function toUser(raw: z.output<typeof userSchema>): CredereUser {
  const active = raw.status ? raw.status === 'active' : raw.active !== false;
  return {
    id: raw.id,
    name: raw.name ?? '',
    email: raw.email ?? null,
    cpf: raw.cpf ?? null,
    active,
  };
}

export const currentUserResponse = z.object({ user: userSchema }).transform((r) => toUser(r.user));
export const usersResponse = z.object({ users: z.array(userSchema) }).transform((r) => r.users.map(toUser));

const bankSchema = z.object({
  id: idSchema.optional(),
  febraban_code: looseString.optional(),
  code: looseString.optional(),
  name: looseString.optional(),
  tradename: looseString.optional(),
  nickname: looseString.optional(),
});

type RawBank = z.output<typeof bankSchema>;

function toBank(raw: RawBank): CredereBank | null {
  const code = raw.febraban_code ?? raw.code;
  if (!code) return null;
  return {
    id: raw.id ?? code,
    code,
    name: raw.name ?? raw.tradename ?? raw.nickname ?? code,
    tradename: raw.tradename ?? raw.nickname ?? null,
  };
}

export const banksResponse = z
  .object({ banks: z.array(bankSchema) })
  .transform((r) => r.banks.map(toBank).filter((b): b is CredereBank => b !== null));

const credentialSchema = z.object({ active: looseBool.optional(), status: looseString.optional() });

/**
 * Two documented shapes (reference §4):
 * - `{"banks":[{code,name,tradename,bank_credential:{active,status}}]}` (TS);
 * - `{"integrated_banks":[{id,store_id,bank:{...},credentials_status}]}` (SDK).
 */
export const integratedBanksResponse = z
  .union([
    z.object({
      banks: z.array(bankSchema.extend({ bank_credential: looseObject(credentialSchema).optional() })),
    }),
    z.object({
      integrated_banks: z.array(
        z.object({
          bank: looseObject(bankSchema),
          credentials_status: looseString.optional(),
          active: looseBool.optional(),
        }),
      ),
    }),
  ])
  .transform((r): IntegratedBank[] => {
    const out: IntegratedBank[] = [];
    if ('banks' in r) {
      for (const raw of r.banks) {
        const bank = toBank(raw);
        if (!bank) continue;
        const credential = raw.bank_credential ?? null;
        const status = credential?.status ?? null;
        // A bank listed without credential details is taken as usable.
        const enabled = credential ? credential.active !== false && (status ?? 'okay') === 'okay' : true;
        out.push({ ...bank, enabled, credentialStatus: status });
      }
    } else {
      for (const raw of r.integrated_banks) {
        const bank = raw.bank ? toBank(raw.bank) : null;
        if (!bank) continue;
        const status = raw.credentials_status ?? null;
        out.push({
          ...bank,
          enabled: raw.active !== false && (status ?? 'okay') === 'okay',
          credentialStatus: status,
        });
      }
    }
    return out;
  });

// ---------- domains ----------

const leadDomainEntrySchema = z.object({
  id: idSchema.optional(),
  type: looseString.optional(),
  credere_identifier: looseString.optional(),
  identifier: looseString.optional(),
  label: looseString.optional(),
  name: looseString.optional(),
});

function toLeadDomainEntry(
  raw: z.output<typeof leadDomainEntrySchema>,
  type: string,
): LeadDomainEntry | null {
  const identifier = raw.credere_identifier ?? raw.identifier ?? raw.id ?? null;
  if (!identifier) return null;
  return {
    id: raw.id ?? identifier,
    type: raw.type ?? type,
    identifier,
    label: raw.label ?? raw.name ?? identifier,
  };
}

const LEAD_TYPE_KEYS: Record<string, keyof LeadDomains> = {
  genders: 'genders',
  gender: 'genders',
  occupations: 'occupations',
  occupation: 'occupations',
  professions: 'professions',
  profession: 'professions',
};

/**
 * Domain lists come as a flat list of `{type, ...}` or as an object keyed by type; calls
 * `add(type, item)` for each item either way. False when `body` is neither.
 */
function forEachDomainItem(body: unknown, add: (type: string, item: unknown) => void): boolean {
  if (Array.isArray(body)) {
    for (const item of body) {
      const type = (item as { type?: unknown })?.type;
      if (typeof type === 'string') add(type, item);
    }
    return true;
  }
  if (body && typeof body === 'object') {
    for (const [type, list] of Object.entries(body)) {
      if (Array.isArray(list)) for (const item of list) add(type, item);
    }
    return true;
  }
  return false;
}

/**
 * `{"data":{"genders":[...],...}}`, a top-level `domains` key (TS), or a flat list of
 * `{id,type,credere_identifier,label}` (early SDK fixture).
 */
export const leadDomainsResponse = z
  .object({ data: z.unknown().optional(), domains: z.unknown().optional() })
  .transform((r, ctx): LeadDomains => {
    const body = r.data ?? r.domains;
    const out: LeadDomains = { genders: [], occupations: [], professions: [] };
    const push = (type: string, item: unknown) => {
      const key = LEAD_TYPE_KEYS[type];
      if (!key) return;
      const parsed = leadDomainEntrySchema.safeParse(item);
      if (!parsed.success) return;
      const entry = toLeadDomainEntry(parsed.data, key.replace(/s$/, ''));
      if (entry) out[key].push(entry);
    };
    if (!forEachDomainItem(body, push)) {
      ctx.addIssue({ code: 'custom', message: 'domains: neither data nor domains' });
      return z.NEVER;
    }
    return out;
  });

const customerDomainEntrySchema = z.object({
  id: idSchema,
  name: looseString.optional(),
  label: looseString.optional(),
  identifier: looseString.optional(),
  credere_identifier: looseString.optional(),
  abbreviation: looseString.optional(),
  type: looseString.optional(),
});

function toCustomerDomainEntry(raw: z.output<typeof customerDomainEntrySchema>): CustomerDomainEntry {
  return {
    id: raw.id,
    name: raw.name ?? raw.label ?? raw.id,
    identifier: raw.identifier ?? raw.credere_identifier ?? null,
    abbreviation: raw.abbreviation ?? null,
  };
}

/**
 * `/domains`: an object keyed by domain (`{"profession":[{id,name,identifier}],...}`,
 * possibly inside `data`/`domains`), or a flat list of `{id,type,...,label}`.
 */
export const customerDomainsResponse = z.unknown().transform((r, ctx): CustomerDomains => {
  let body: unknown = r;
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const o = body as Record<string, unknown>;
    if (o.data && typeof o.data === 'object') body = o.data;
    else if (o.domains && typeof o.domains === 'object') body = o.domains;
  }
  const out: CustomerDomains = {};
  const push = (type: string, item: unknown) => {
    const parsed = customerDomainEntrySchema.safeParse(item);
    if (!parsed.success) return;
    const list = out[type] ?? [];
    list.push(toCustomerDomainEntry(parsed.data));
    out[type] = list;
  };
  if (!forEachDomainItem(body, push)) {
    ctx.addIssue({ code: 'custom', message: 'domains: not an object or list' });
    return z.NEVER;
  }
  return out;
});

// ---------- leads ----------

const domainRefSchema = z.object({
  credere_identifier: looseString.optional(),
  identifier: looseString.optional(),
});

const leadAddressSchema = z.object({
  zip_code: looseString.optional(),
  city: looseString.optional(),
  state: looseString.optional(),
  district: looseString.optional(),
  street: looseString.optional(),
  number: looseString.optional(),
  complement: looseString.optional(),
});

export const leadSchema = z.object({
  id: idSchema,
  cpf_cnpj: digitsOrNull,
  name: looseString.optional(),
  birthdate: looseString.optional(),
  email: looseString.optional(),
  phone_number: looseString.optional(),
  has_cnh: looseBool.optional(),
  monthly_income: looseCents.optional(),
  mother_name: looseString.optional(),
  gender: looseObject(domainRefSchema).optional(),
  occupation: looseObject(domainRefSchema).optional(),
  profession: looseObject(domainRefSchema).optional(),
  address: looseObject(leadAddressSchema).optional(),
});

function refId(ref: z.output<typeof domainRefSchema> | null | undefined): string | null {
  return ref?.credere_identifier ?? ref?.identifier ?? null;
}

export function toLead(raw: z.output<typeof leadSchema>): Lead {
  const a = raw.address ?? null;
  return {
    id: raw.id,
    cpfCnpj: raw.cpf_cnpj ?? '',
    name: raw.name ?? null,
    birthdate: raw.birthdate ? raw.birthdate.slice(0, 10) : null,
    email: raw.email ?? null,
    phoneNumber: raw.phone_number ?? null,
    hasCnh: raw.has_cnh ?? null,
    monthlyIncomeCents: raw.monthly_income ?? null,
    genderIdentifier: refId(raw.gender),
    occupationIdentifier: refId(raw.occupation),
    professionIdentifier: refId(raw.profession),
    motherName: raw.mother_name ?? null,
    address: a
      ? {
          zipCode: a.zip_code ?? null,
          city: a.city ?? null,
          state: a.state ?? null,
          district: a.district ?? null,
          street: a.street ?? null,
          number: a.number ?? null,
          complement: a.complement ?? null,
        }
      : null,
  };
}

export const leadResponse = z.object({ data: leadSchema }).transform((r) => toLead(r.data));

function flattenRequirements(value: unknown, prefix: string, out: Record<string, string[]>): void {
  if (!value || typeof value !== 'object') return;
  for (const [key, entry] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(entry)) out[path] = entry.map(String);
    else if (entry && typeof entry === 'object') flattenRequirements(entry, path, out);
  }
}

export const requiredFieldsResponse = z
  .object({
    data: z.object({
      lead: z.unknown().optional(),
      requirements: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .transform((r): LeadRequiredFields => {
    const parsedLead = leadSchema.safeParse(r.data.lead);
    const requirements: Record<string, string[]> = {};
    flattenRequirements(r.data.requirements ?? {}, '', requirements);
    return { lead: parsedLead.success ? toLead(parsedLead.data) : null, requirements };
  });

// ---------- vehicles ----------

const vehicleModelSchema = z.object({
  id: idSchema,
  name: looseString.optional(),
  brand: z.unknown().optional(),
  model_name: looseString.optional(),
  version: looseString.optional(),
  fipe_code: looseString.optional(),
  molicar_code: looseString.optional(),
  year_start: looseInt.optional(),
  year_end: looseInt.optional(),
  active: looseBool.optional(),
});

function brandName(brand: unknown): string | null {
  if (typeof brand === 'string') return brand;
  if (brand && typeof brand === 'object' && typeof (brand as { name?: unknown }).name === 'string')
    return (brand as { name: string }).name;
  return null;
}

function toVehicleModel(raw: z.output<typeof vehicleModelSchema>): VehicleModel {
  return {
    id: raw.id,
    name: raw.name ?? [raw.model_name, raw.version].filter(Boolean).join(' '),
    brand: brandName(raw.brand),
    modelName: raw.model_name ?? null,
    version: raw.version ?? null,
    fipeCode: raw.fipe_code ?? null,
    molicarCode: raw.molicar_code ?? null,
    yearStart: raw.year_start ?? null,
    yearEnd: raw.year_end ?? null,
    active: raw.active !== false,
  };
}

export const vehicleModelsResponse = z
  .object({ vehicle_models: z.array(vehicleModelSchema) })
  .transform((r) => r.vehicle_models.map(toVehicleModel));

// ---------- simulations ----------

const processTaskSchema = z.object({
  ended_at: looseString.optional(),
  error: errorFlag.optional(),
});

const conditionSchema = z.object({
  id: idSchema,
  bank: looseObject(bankSchema).optional(),
  installments: looseInt.optional(),
  down_payment: looseCents.optional(),
  financed_amount: looseCents.optional(),
  first_installment_value: looseCents.optional(),
  last_installment_value: looseCents.optional(),
  amount_paid_in_financing: looseCents.optional(),
  interest_monthly: looseNumber.optional(),
  interest_annually: looseNumber.optional(),
  cet_monthly: looseNumber.optional(),
  cet_annually: looseNumber.optional(),
  coefficient: looseNumber.optional(),
  pre_approval_status: preApprovalStatus.optional(),
  available: looseBool.optional(),
  success: looseBool.optional(),
  error: errorFlag.optional(),
  reason: looseString.optional(),
  reason_identifier: looseString.optional(),
  suggestion_reason: looseString.optional(),
  credit_condition_code: looseString.optional(),
  credit_condition_return: looseString.optional(),
  payment_flow: z.unknown().optional(),
  expenses: z.unknown().optional(),
  process_task: looseObject(processTaskSchema).optional(),
  processed_at: looseString.optional(),
});

const expenseSchema = z.object({
  type: looseString.optional(),
  credere_type: looseString.optional(),
  value: looseCents.optional(),
  value_in_cents: looseCents.optional(),
  payload: looseObject(z.object({ credere_type: looseString.optional() })).optional(),
});

/** `payment_flow` is an object `{"1":cents,...}` in conditions and a list in attempts. */
function paymentFlow(value: unknown): number[] {
  if (Array.isArray(value)) {
    return value
      .map((item) =>
        item && typeof item === 'object'
          ? toNumber(
              (item as { value_cents?: unknown; value?: unknown }).value_cents ??
                (item as { value?: unknown }).value,
            )
          : toNumber(item),
      )
      .filter((n): n is number => n !== null)
      .map(Math.round);
  }
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, v]) => toNumber(v))
      .filter((n): n is number => n !== null)
      .map(Math.round);
  }
  return [];
}

function toCondition(raw: z.output<typeof conditionSchema>): SimulationCondition {
  const bank = raw.bank ? toBank(raw.bank) : null;
  const errorInfo = raw.error ?? { error: false, message: null };
  const processed = Boolean(raw.process_task?.ended_at);
  let status: SimulationCondition['status'];
  if (!processed) status = 'pending';
  else if (errorInfo.error || raw.success === false) status = 'failed';
  else if (raw.available === true) status = 'available';
  else status = 'rejected';
  const expenses = Array.isArray(raw.expenses)
    ? raw.expenses.flatMap((item) => {
        const parsed = expenseSchema.safeParse(item);
        if (!parsed.success) return [];
        const e = parsed.data;
        const valueCents = e.value ?? e.value_in_cents;
        const type = e.credere_type ?? e.type ?? e.payload?.credere_type;
        return valueCents == null || !type ? [] : [{ type, valueCents }];
      })
    : [];
  return {
    id: raw.id,
    status,
    bankCode: bank?.code ?? null,
    bankId: bank?.id ?? null,
    bankName: bank?.tradename ?? bank?.name ?? null,
    installments: raw.installments ?? null,
    downPaymentCents: raw.down_payment ?? null,
    financedAmountCents: raw.financed_amount ?? null,
    firstInstallmentCents: raw.first_installment_value ?? null,
    lastInstallmentCents: raw.last_installment_value ?? null,
    amountPaidCents: raw.amount_paid_in_financing ?? null,
    interestMonthly: raw.interest_monthly ?? null,
    interestAnnually: raw.interest_annually ?? null,
    cetMonthly: raw.cet_monthly ?? null,
    cetAnnually: raw.cet_annually ?? null,
    coefficient: raw.coefficient ?? null,
    preApprovalStatus: raw.pre_approval_status ?? null,
    available: raw.available === true,
    success: raw.success ?? null,
    error: errorInfo.error,
    reason: errorInfo.message ?? raw.reason ?? null,
    reasonIdentifier: raw.reason_identifier ?? null,
    suggestionReason: raw.suggestion_reason ?? null,
    creditConditionCode: raw.credit_condition_code ?? null,
    creditConditionReturn: raw.credit_condition_return ?? null,
    paymentFlow: paymentFlow(raw.payment_flow),
    expenses,
    processedAt: raw.processed_at ?? raw.process_task?.ended_at ?? null,
  };
}

export const simulationSchema = z.object({
  uuid: z.string().min(1),
  created_at: looseString.optional(),
  assets_value: looseCents.optional(),
  success: looseBool.optional(),
  error: errorFlag.optional(),
  seller_cpf: digitsOrNull.optional(),
  process_task: looseObject(processTaskSchema).optional(),
  payload: looseObject(z.object({ store_id: idSchema.optional() })).optional(),
  lead: looseObject(z.object({ cpf_cnpj: digitsOrNull.optional() })).optional(),
  retrieve_lead: looseObject(z.object({ cpf_cnpj: digitsOrNull.optional() })).optional(),
  vehicle: looseObject(
    z.object({
      model_year: looseInt.optional(),
      manufacture_year: looseInt.optional(),
      vehicle_molicar_code: looseString.optional(),
      vehicle_model: looseObject(z.object({ molicar_code: looseString.optional() })).optional(),
    }),
  ).optional(),
  conditions: z.unknown().optional(),
});

export function toSimulation(raw: z.output<typeof simulationSchema>): Simulation {
  const conditions = looseArray(conditionSchema).parse(raw.conditions).map(toCondition);
  let status: Simulation['status'];
  if (raw.success === false || raw.process_task?.error?.error) status = 'failed';
  else if (conditions.some((c) => c.status === 'pending')) status = 'pending';
  else if (conditions.length > 0 && conditions.every((c) => c.status === 'failed')) status = 'failed';
  else if (conditions.length === 0 && !raw.process_task?.ended_at) status = 'pending';
  else status = 'completed';
  return {
    uuid: raw.uuid,
    status,
    createdAt: raw.created_at ?? null,
    assetsValueCents: raw.assets_value ?? null,
    leadCpfCnpj: raw.lead?.cpf_cnpj ?? raw.retrieve_lead?.cpf_cnpj ?? null,
    sellerCpf: raw.seller_cpf ?? null,
    storeId: raw.payload?.store_id ?? null,
    vehicleModelYear: raw.vehicle?.model_year ?? null,
    vehicleManufactureYear: raw.vehicle?.manufacture_year ?? null,
    vehicleMolicarCode: raw.vehicle?.vehicle_model?.molicar_code ?? raw.vehicle?.vehicle_molicar_code ?? null,
    conditions,
  };
}

export const simulationResponse = z.object({ data: simulationSchema }).transform((r) => toSimulation(r.data));
export const simulationListResponse = z.object({ data: z.array(z.unknown()) }).transform((r) =>
  r.data.flatMap((item) => {
    const parsed = simulationSchema.safeParse(item);
    return parsed.success ? [toSimulation(parsed.data)] : [];
  }),
);

// ---------- customers ----------

export const customerSchema = z
  .object({
    id: idSchema,
    cpf: digitsOrNull.optional(),
    cpf_cnpj: digitsOrNull.optional(),
    name: looseString.optional(),
    state: looseString.optional(),
  })
  .loose();

function toCustomer(raw: z.output<typeof customerSchema>): Customer {
  const { id, cpf, cpf_cnpj, name, state } = raw;
  return {
    id,
    cpf: cpf ?? cpf_cnpj ?? null,
    name: name ?? null,
    state: state ?? null,
    record: raw as Record<string, unknown>,
  };
}

export const customerResponse = z
  .object({ customer: customerSchema })
  .transform((r) => toCustomer(r.customer));

// ---------- proposals ----------

const attemptSchema = z.object({
  id: idSchema,
  state: looseString.optional(),
  bank: looseObject(bankSchema).optional(),
  quota_in_cents: looseCents.optional(),
  term_financing: looseInt.optional(),
  value_in_cents: looseCents.optional(),
  input_financing_in_cents: looseCents.optional(),
  financed_amount_in_cents: looseCents.optional(),
  cet_monthly: looseNumber.optional(),
  cet_annually: looseNumber.optional(),
  coefficient: looseNumber.optional(),
  bank_proposal_identifier: looseString.optional(),
  integration_error: z.unknown().optional(),
  simulation_condition_id: looseString.optional(),
  external_simulation_uuid: looseString.optional(),
});

function integrationError(value: unknown): { message: string } | null {
  if (value == null || value === false) return null;
  if (typeof value === 'string') return value.trim() ? { message: value } : null;
  if (typeof value === 'object') {
    const o = value as { error?: unknown; message?: unknown };
    if (o.error === false && !o.message) return null;
    return {
      message: typeof o.message === 'string' && o.message ? o.message : 'Erro de integração com o banco.',
    };
  }
  return { message: String(value) };
}

function toAttempt(raw: z.output<typeof attemptSchema>): ProposalAttempt {
  const bank = raw.bank ? toBank(raw.bank) : null;
  return {
    id: raw.id,
    state: raw.state ?? null,
    bankCode: bank?.code ?? null,
    bankId: bank?.id ?? null,
    bankName: bank?.tradename ?? bank?.name ?? null,
    quotaCents: raw.quota_in_cents ?? null,
    termFinancing: raw.term_financing ?? null,
    valueCents: raw.value_in_cents ?? null,
    downPaymentCents: raw.input_financing_in_cents ?? null,
    financedAmountCents: raw.financed_amount_in_cents ?? null,
    cetMonthly: raw.cet_monthly ?? null,
    cetAnnually: raw.cet_annually ?? null,
    coefficient: raw.coefficient ?? null,
    bankProposalIdentifier: raw.bank_proposal_identifier ?? null,
    integrationError: integrationError(raw.integration_error),
    simulationConditionId: raw.simulation_condition_id ?? null,
    simulationUuid: raw.external_simulation_uuid ?? null,
  };
}

const refSchema = z.object({ id: idSchema.optional() });

const proposalSchema = z.object({
  id: idSchema,
  state: looseString.optional(),
  state_rank: looseInt.optional(),
  sent_to_bank: looseBool.optional(),
  customer_id: looseString.optional(),
  seller_id: looseString.optional(),
  store_id: looseString.optional(),
  customer: looseObject(refSchema).optional(),
  seller: looseObject(refSchema).optional(),
  store: looseObject(refSchema).optional(),
  created_at: looseString.optional(),
  updated_at: looseString.optional(),
  proposal_attempt: z.unknown().optional(),
});

function toProposal(raw: z.output<typeof proposalSchema>): Proposal {
  const attempt = attemptSchema.safeParse(raw.proposal_attempt);
  return {
    id: raw.id,
    state: raw.state ?? null,
    stateRank: raw.state_rank ?? null,
    sentToBank: raw.sent_to_bank ?? null,
    customerId: raw.customer?.id ?? raw.customer_id ?? null,
    sellerId: raw.seller?.id ?? raw.seller_id ?? null,
    storeId: raw.store?.id ?? raw.store_id ?? null,
    createdAt: raw.created_at ?? null,
    updatedAt: raw.updated_at ?? null,
    attempt: attempt.success ? toAttempt(attempt.data) : null,
  };
}

/** Create answers `{"complete_proposal":...}`; read answers `{"proposal":...}`. */
export const proposalResponse = z
  .union([z.object({ complete_proposal: proposalSchema }), z.object({ proposal: proposalSchema })])
  .transform((r) => toProposal('complete_proposal' in r ? r.complete_proposal : r.proposal));

// ---------- errors and tokens ----------

/** Error bodies: `{"error":{"message"}}`, `{"error":"x","message"}`, Doorkeeper `{"error","error_description"}`, `{"errors":{field:[...]}}`. */
export function describeErrorBody(body: unknown): {
  message: string | null;
  field: string | null;
  oauthError: string | null;
} {
  if (!body || typeof body !== 'object') return { message: null, field: null, oauthError: null };
  const o = body as Record<string, unknown>;
  let message: string | null = null;
  let field: string | null = null;
  let oauthError: string | null = null;
  if (o.error && typeof o.error === 'object') {
    const e = o.error as Record<string, unknown>;
    if (typeof e.message === 'string') message = e.message;
    if (typeof e.field === 'string') field = e.field;
  } else if (typeof o.error === 'string') {
    oauthError = o.error;
    message =
      typeof o.error_description === 'string'
        ? o.error_description
        : typeof o.message === 'string'
          ? o.message
          : o.error;
  } else if (typeof o.message === 'string') {
    message = o.message;
  }
  if (o.errors && typeof o.errors === 'object' && !Array.isArray(o.errors)) {
    const [first] = Object.entries(o.errors as Record<string, unknown>);
    if (first) {
      field ??= first[0];
      const detail = Array.isArray(first[1]) ? first[1].map(String).join('; ') : String(first[1]);
      message ??= `${first[0]}: ${detail}`;
    }
  }
  return { message, field, oauthError };
}

export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: looseString.optional(),
  expires_in: looseNumber.optional(),
  refresh_token: looseString.optional(),
  scope: looseString.optional(),
  created_at: looseNumber.optional(),
  user: looseObject(z.object({ id: idSchema.optional() })).optional(),
});

export type TokenResponse = z.output<typeof tokenResponseSchema>;
