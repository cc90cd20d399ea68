import { formatCep, formatCpf, formatDateBr, splitPhone } from '../br';
import type { FormFieldKey, FormValues } from './fields';

/**
 * The customer record behind a proposal. CREDERE has no "required fields" endpoint for
 * customers (only the 422 of bank_validations), so the per-bank needs documented for the
 * account are kept here; a 422 naming another field adds it to the form (see service.ts).
 */
const ALL = '*';
export const CUSTOMER_REQUIREMENTS: { field: FormFieldKey; banks: string[] | typeof ALL }[] = [
  { field: 'name', banks: ALL },
  { field: 'birthdate', banks: ALL },
  { field: 'phone', banks: ALL },
  { field: 'zipCode', banks: ALL },
  { field: 'street', banks: ALL },
  { field: 'number', banks: ALL },
  { field: 'city', banks: ALL },
  { field: 'state', banks: ALL },
  { field: 'profession', banks: ALL },
  { field: 'monthlyIncome', banks: ALL },
  { field: 'mother', banks: ['033', '341', '342', '394', '422', '623', '655', '336', 'M22'] },
  { field: 'rg', banks: ['033', '341', '655', '394', '422', 'M22'] },
  { field: 'rgIssuing', banks: ['033', '341', '655'] },
  { field: 'maritalStatus', banks: ['341', '623', '336'] },
  { field: 'email', banks: ['394', '623', 'M22'] },
  { field: 'education', banks: ['M22', '422'] },
  { field: 'gender', banks: ['033', '655', 'M22'] },
  { field: 'professionalOccupation', banks: ['623', '342'] },
];

/** CREDERE customer field (as named in 422 errors) → form field. */
export const CUSTOMER_ERROR_FIELDS: Record<string, FormFieldKey> = {
  name: 'name',
  born_at: 'birthdate',
  phones: 'phone',
  emails: 'email',
  mother: 'mother',
  rg: 'rg',
  rg_issuing: 'rgIssuing',
  marital_status_id: 'maritalStatus',
  education_id: 'education',
  genre_id: 'gender',
  'address.zip_code': 'zipCode',
  'address.street': 'street',
  'address.number': 'number',
  'address.city': 'city',
  'address.state_id': 'state',
  'job_reference.profession_id': 'profession',
  'job_reference.income_cents': 'monthlyIncome',
  'job_reference.professional_ocupation_id': 'professionalOccupation',
};

export function customerRequirements(
  bankCode: string,
  extra: FormFieldKey[] = [],
): Map<FormFieldKey, string[]> {
  const out = new Map<FormFieldKey, string[]>();
  for (const { field, banks } of CUSTOMER_REQUIREMENTS) {
    if (banks === ALL || banks.includes(bankCode)) out.set(field, [bankCode]);
  }
  for (const field of extra) out.set(field, [bankCode]);
  return out;
}

/** Ids CREDERE needs for domain fields: the window shows labels, the payload carries ids. */
export interface CustomerDomainIds {
  /** UF → states domain id. */
  states: Record<string, number>;
  /** Lead gender identifier (M/F) → genre id. */
  genre: Record<string, number>;
  /** Lead profession identifier → customer profession id. */
  profession: Record<string, number>;
}

type Rec = Record<string, unknown>;

function firstNested(record: Rec, key: string): Rec | null {
  const value = record[key];
  if (Array.isArray(value)) return (value[0] as Rec) ?? null;
  return value && typeof value === 'object' ? (value as Rec) : null;
}

function idOf(record: Rec | null): unknown {
  return record && record.id !== undefined && record.id !== null ? record.id : undefined;
}

/**
 * Builds the customer in CREDERE's request format. When `existing` is given (the record
 * CREDERE returned), every nested object carries its id so PATCH updates instead of
 * duplicating phones, e-mails and addresses.
 */
export function customerPayload(
  cpf: string,
  values: FormValues,
  ids: CustomerDomainIds,
  existing?: Rec | null,
): Rec {
  const payload: Rec = { cpf: formatCpf(cpf) };
  const put = (key: string, value: unknown) => {
    if (value !== undefined && value !== null && value !== '') payload[key] = value;
  };
  put('name', values.name);
  if (values.birthdate) put('born_at', formatDateBr(values.birthdate));
  put('mother', values.mother);
  if (values.rg) {
    put('document_type', 'RG');
    put('rg', values.rg);
  }
  put('rg_issuing', values.rgIssuing);
  if (values.maritalStatus) put('marital_status_id', Number(values.maritalStatus));
  if (values.education) put('education_id', Number(values.education));
  if (values.gender && ids.genre[values.gender] !== undefined) put('genre_id', ids.genre[values.gender]);
  if (values.email) {
    const current = firstNested(existing ?? {}, 'emails');
    payload.emails = [
      { ...(idOf(current) !== undefined ? { id: idOf(current) } : {}), address: values.email },
    ];
  }
  if (values.phone) {
    const { code, number } = splitPhone(values.phone);
    const current = firstNested(existing ?? {}, 'phones');
    payload.phones = [
      {
        ...(idOf(current) !== undefined ? { id: idOf(current) } : {}),
        code,
        number,
        phone_type_id: 1,
      },
    ];
  }
  if (values.zipCode || values.street || values.city) {
    const current = firstNested(existing ?? {}, 'address');
    payload.address = {
      ...(idOf(current) !== undefined ? { id: idOf(current) } : {}),
      address_type_id: 1,
      ...(values.zipCode ? { zip_code: formatCep(values.zipCode) } : {}),
      ...(values.street ? { street: values.street } : {}),
      ...(values.number ? { number: values.number } : {}),
      ...(values.city ? { city: values.city } : {}),
      ...(values.state && ids.states[values.state] !== undefined
        ? { state_id: ids.states[values.state] }
        : {}),
    };
  }
  if (values.profession || values.monthlyIncome || values.professionalOccupation) {
    const current = firstNested(existing ?? {}, 'job_reference');
    const professionId = values.profession ? ids.profession[values.profession] : undefined;
    payload.job_reference = {
      ...(idOf(current) !== undefined ? { id: idOf(current) } : {}),
      ...(professionId !== undefined ? { profession_id: professionId } : {}),
      ...(values.monthlyIncome ? { income_cents: Number(values.monthlyIncome) } : {}),
      ...(values.professionalOccupation
        ? { professional_ocupation_id: Number(values.professionalOccupation) }
        : {}),
    };
  }
  return payload;
}

/** What an existing CREDERE customer already says, as form values (so it is not asked again). */
export function valuesFromCustomer(record: Rec | null, ids: CustomerDomainIds): FormValues {
  if (!record) return {};
  const out: FormValues = {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const set = (key: FormFieldKey, v: string | undefined) => {
    if (v !== undefined) out[key] = v;
  };
  set('name', text(record.name));
  const born = text(record.born_at);
  if (born) set('birthdate', /^\d{4}-\d{2}-\d{2}/.test(born) ? born.slice(0, 10) : born);
  set('mother', text(record.mother));
  set('rg', text(record.rg));
  set('rgIssuing', text(record.rg_issuing));
  const num = (v: unknown) =>
    typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v)) ? String(v) : undefined;
  set('maritalStatus', num(record.marital_status_id) ?? num(idOf(firstNested(record, 'marital_status'))));
  set('education', num(record.education_id) ?? num(idOf(firstNested(record, 'education'))));
  const address = firstNested(record, 'address');
  if (address) {
    set('zipCode', text(address.zip_code)?.replace(/\D/g, ''));
    set('street', text(address.street));
    set('number', text(address.number));
    set('city', text(address.city));
    const stateId = Number(address.state_id ?? idOf(firstNested(address, 'state')));
    const uf = Object.entries(ids.states).find(([, id]) => id === stateId)?.[0];
    set('state', uf);
  }
  const job = firstNested(record, 'job_reference');
  if (job) {
    set('monthlyIncome', num(job.income_cents));
    set('professionalOccupation', num(job.professional_ocupation_id));
  }
  const email = firstNested(record, 'emails');
  set('email', text(email?.address));
  return out;
}
