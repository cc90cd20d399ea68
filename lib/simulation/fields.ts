import type { LeadInput } from '../api/credere-api';
import {
  formatCep,
  formatDateBr,
  formatMoneyPlain,
  formatPhone,
  parseCep,
  parseDateBr,
  parseMoney,
  parsePhone,
} from '../br';
import { t } from '../i18n/t';
import { simulationStrings as S } from './strings';

/**
 * The form of "only what is missing or invalid": field definitions, prefill, validation.
 * Lead fields are driven by CREDERE's required_fields for the chosen banks; customer fields
 * (asked after an offer is chosen) by what the chosen bank needs for a proposal.
 * Pure: labels are pt-BR here and the window translates them through its string table.
 */

export type FieldKind = 'text' | 'date' | 'email' | 'phone' | 'money' | 'cep' | 'select' | 'yesno' | 'uf';

export const FORM_FIELD_KEYS = [
  'name',
  'birthdate',
  'email',
  'phone',
  'monthlyIncome',
  'profession',
  'occupation',
  'gender',
  'hasCnh',
  'zipCode',
  'street',
  'number',
  'city',
  'state',
  'mother',
  'rg',
  'rgIssuing',
  'maritalStatus',
  'education',
  'professionalOccupation',
] as const;
export type FormFieldKey = (typeof FORM_FIELD_KEYS)[number];

export interface FieldDef {
  key: FormFieldKey;
  /** pt-BR label, also the prefix of validation messages. */
  label: string;
  kind: FieldKind;
  autocomplete?: string;
}

export const FIELD_DEFS: Record<FormFieldKey, FieldDef> = {
  name: { key: 'name', label: 'Nome completo', kind: 'text', autocomplete: 'name' },
  birthdate: { key: 'birthdate', label: 'Data de nascimento', kind: 'date', autocomplete: 'bday' },
  email: { key: 'email', label: 'E-mail', kind: 'email', autocomplete: 'email' },
  phone: { key: 'phone', label: 'Celular', kind: 'phone', autocomplete: 'tel' },
  monthlyIncome: { key: 'monthlyIncome', label: 'Renda mensal', kind: 'money' },
  profession: { key: 'profession', label: 'Profissão', kind: 'select' },
  occupation: { key: 'occupation', label: 'Ocupação', kind: 'select' },
  gender: { key: 'gender', label: 'Sexo', kind: 'select' },
  hasCnh: { key: 'hasCnh', label: 'Possui CNH', kind: 'yesno' },
  zipCode: { key: 'zipCode', label: 'CEP', kind: 'cep', autocomplete: 'postal-code' },
  street: { key: 'street', label: 'Logradouro', kind: 'text', autocomplete: 'address-line1' },
  number: { key: 'number', label: 'Número', kind: 'text' },
  city: { key: 'city', label: 'Cidade', kind: 'text', autocomplete: 'address-level2' },
  state: { key: 'state', label: 'UF', kind: 'uf' },
  mother: { key: 'mother', label: 'Nome da mãe', kind: 'text' },
  rg: { key: 'rg', label: 'RG', kind: 'text' },
  rgIssuing: { key: 'rgIssuing', label: 'Órgão emissor do RG', kind: 'text' },
  maritalStatus: { key: 'maritalStatus', label: 'Estado civil', kind: 'select' },
  education: { key: 'education', label: 'Escolaridade', kind: 'select' },
  professionalOccupation: { key: 'professionalOccupation', label: 'Ocupação profissional', kind: 'select' },
};

/** CREDERE lead requirement path → form field. `cpf_cnpj` is the deal's own CPF. */
export const LEAD_REQUIREMENT_FIELDS: Record<string, FormFieldKey> = {
  name: 'name',
  birthdate: 'birthdate',
  email: 'email',
  phone_number: 'phone',
  monthly_income: 'monthlyIncome',
  profession: 'profession',
  occupation: 'occupation',
  gender: 'gender',
  has_cnh: 'hasCnh',
  'address.zip_code': 'zipCode',
  'address.street': 'street',
  'address.number': 'number',
  'address.city': 'city',
  'address.state': 'state',
};

export type FormValues = Partial<Record<FormFieldKey, string>>;
export interface SelectOption {
  value: string;
  label: string;
}

export interface FormField extends FieldDef {
  value: string;
  error: string | null;
  /** Banks that need it (codes). */
  banks: string[];
  options?: SelectOption[];
}

export const UFS = [
  'AC',
  'AL',
  'AP',
  'AM',
  'BA',
  'CE',
  'DF',
  'ES',
  'GO',
  'MA',
  'MT',
  'MS',
  'MG',
  'PA',
  'PB',
  'PR',
  'PE',
  'PI',
  'RJ',
  'RN',
  'RS',
  'RO',
  'RR',
  'SC',
  'SP',
  'SE',
  'TO',
] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** The field's label in the browser's language (pt-BR first, English second). */
export function fieldLabelText(key: FormFieldKey): string {
  const entry = (S as unknown as Record<string, typeof S.title>)[`field_${key}`];
  return entry ? t(entry) : FIELD_DEFS[key].label;
}

/** Validates one value; returns the normalised value or a message naming the field (pt-BR or English). */
export function validateField(
  key: FormFieldKey,
  raw: string | undefined,
  options?: SelectOption[],
  now = new Date(),
): { ok: true; value: string } | { ok: false; message: string } {
  const def = FIELD_DEFS[key];
  const label = fieldLabelText(key);
  const text = (raw ?? '').trim();
  if (!text) return { ok: false, message: t(S.vNotInformed, label) };
  switch (def.kind) {
    case 'date': {
      const parsed = /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? parseDateBr(formatDateBr(text), label)
        : parseDateBr(text, label);
      if (!parsed.ok) return { ok: false, message: parsed.error.message };
      const age = ageOn(parsed.data, now);
      if (age < 18) return { ok: false, message: t(S.vUnderage, label) };
      if (age > 110) return { ok: false, message: t(S.vUnlikelyDate, label) };
      return { ok: true, value: parsed.data };
    }
    case 'email':
      return EMAIL.test(text) && text.length <= 120
        ? { ok: true, value: text.toLowerCase() }
        : { ok: false, message: t(S.vEmail, label) };
    case 'phone': {
      const parsed = parsePhone(text, label);
      return parsed.ok ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.message };
    }
    case 'money': {
      const parsed = parseMoney(text, label, { min: 1 });
      return parsed.ok
        ? { ok: true, value: String(parsed.data) }
        : { ok: false, message: parsed.error.message };
    }
    case 'cep': {
      const parsed = parseCep(text, label);
      return parsed.ok ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.message };
    }
    case 'yesno':
      return text === 'sim' || text === 'nao'
        ? { ok: true, value: text }
        : { ok: false, message: t(S.vYesNo, label) };
    case 'uf':
      return (UFS as readonly string[]).includes(text.toUpperCase())
        ? { ok: true, value: text.toUpperCase() }
        : { ok: false, message: t(S.vUf, label) };
    case 'select':
      if (options && !options.some((o) => o.value === text))
        return { ok: false, message: t(S.vOption, label) };
      return { ok: true, value: text };
    default:
      if (key === 'name' && text.split(/\s+/).length < 2)
        return { ok: false, message: t(S.vFullName, label) };
      if (text.length > 120) return { ok: false, message: t(S.vTooLong, label) };
      return { ok: true, value: text };
  }
}

function ageOn(iso: string, now: Date): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  let age = now.getFullYear() - y;
  if (now.getMonth() + 1 < m || (now.getMonth() + 1 === m && now.getDate() < d)) age -= 1;
  return age;
}

/** How a normalised value is shown in an input (the inverse of validateField). */
export function displayValue(key: FormFieldKey, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  switch (FIELD_DEFS[key].kind) {
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateBr(value) : value;
    case 'phone':
      return /^\d{10,11}$/.test(value) ? formatPhone(value) : value;
    case 'money':
      return /^\d+$/.test(value) ? formatMoneyPlain(Number(value)) : value;
    case 'cep':
      return /^\d{8}$/.test(value) ? formatCep(value) : value;
    default:
      return value;
  }
}

/** Requirements map (`{name:[...], address:{zip_code:[...]}}` or flattened) → field → banks, for the chosen banks. */
export function requiredFormFields(
  requirements: Record<string, unknown>,
  chosenBanks: string[],
  mapping: Record<string, FormFieldKey> = LEAD_REQUIREMENT_FIELDS,
): Map<FormFieldKey, string[]> {
  const out = new Map<FormFieldKey, string[]>();
  const visit = (path: string, value: unknown) => {
    if (Array.isArray(value)) {
      const key = mapping[path];
      if (!key) return;
      const banks = value.map(String).filter((code) => chosenBanks.includes(code));
      if (!banks.length) return;
      out.set(key, [...new Set([...(out.get(key) ?? []), ...banks])]);
    } else if (value && typeof value === 'object') {
      for (const [child, inner] of Object.entries(value)) visit(path ? `${path}.${child}` : child, inner);
    }
  };
  visit('', requirements);
  return out;
}

/**
 * The form: each required field whose known value (DMS, lead, earlier answers) is missing
 * or invalid. Fields already valid stay out of the form and go straight to CREDERE.
 * `known` holds normalised values (as validateField returns them).
 */
export function buildForm(
  required: Map<FormFieldKey, string[]>,
  known: FormValues,
  options: Partial<Record<FormFieldKey, SelectOption[]>> = {},
  now = new Date(),
): { fields: FormField[]; valid: FormValues } {
  const fields: FormField[] = [];
  const valid: FormValues = {};
  for (const key of FORM_FIELD_KEYS) {
    const banks = required.get(key);
    if (!banks) continue;
    // Known values are normalised (cents, digits, ISO dates): shown and checked as a person would type them.
    const value = displayValue(key, known[key]);
    const checked = validateField(key, value, options[key], now);
    if (checked.ok) {
      valid[key] = checked.value;
      continue;
    }
    fields.push({
      ...FIELD_DEFS[key],
      label: fieldLabelText(key),
      value,
      // Empty fields are simply asked; a wrong value from the DMS says what is wrong with it.
      error: value ? checked.message : null,
      banks,
      options: options[key],
    });
  }
  return { fields, valid };
}

/** Validates what the salesperson typed for the asked fields. */
export function validateAnswers(
  fields: Pick<FormField, 'key' | 'options'>[],
  answers: FormValues,
  now = new Date(),
): { values: FormValues; errors: Partial<Record<FormFieldKey, string>> } {
  const values: FormValues = {};
  const errors: Partial<Record<FormFieldKey, string>> = {};
  for (const field of fields) {
    const checked = validateField(field.key, answers[field.key], field.options, now);
    if (checked.ok) values[field.key] = checked.value;
    else errors[field.key] = checked.message;
  }
  return { values, errors };
}

/** Normalised form values → the lead sent to CREDERE. */
export function leadInputFrom(cpf: string, values: FormValues): LeadInput {
  const input: LeadInput = { cpfCnpj: cpf };
  if (values.name) input.name = values.name;
  if (values.birthdate) input.birthdate = values.birthdate;
  if (values.email) input.email = values.email;
  if (values.phone) input.phoneNumber = formatPhone(values.phone);
  if (values.monthlyIncome) input.monthlyIncomeCents = Number(values.monthlyIncome);
  if (values.hasCnh) input.hasCnh = values.hasCnh === 'sim';
  if (values.gender) input.genderIdentifier = values.gender;
  if (values.occupation) input.occupationIdentifier = values.occupation;
  if (values.profession) input.professionIdentifier = values.profession;
  if (values.zipCode || values.city || values.state || values.street || values.number) {
    input.address = {
      ...(values.zipCode ? { zipCode: formatCep(values.zipCode) } : {}),
      ...(values.city ? { city: values.city } : {}),
      ...(values.state ? { state: values.state } : {}),
      ...(values.street ? { street: values.street } : {}),
      ...(values.number ? { number: values.number } : {}),
    };
  }
  return input;
}
