import { readRaw } from '../dom/read';
import { type Located, locate } from './locate';
import { comparableUrl, fieldScope, screenMarker } from './match';
import type {
  DealSnapshot,
  DiagnosticField,
  FieldKey,
  FieldProblem,
  FieldSpec,
  ScreenProfile,
  ScreenSnapshot,
} from './types';
import { type FieldValue, parseFieldValue } from './values';

export interface FieldReading {
  located: Located;
  raw?: string;
  value: FieldValue;
  problem?: FieldProblem;
}

export function rawOf(el: Element, spec: FieldSpec): string {
  return readRaw(el, spec.kind === 'selectByText' ? 'text' : 'code');
}

export function readField(scope: ParentNode, key: FieldKey, spec: FieldSpec): FieldReading {
  const located = locate(scope, spec.locators);
  if (!located.ok) {
    const problem: FieldProblem | undefined = spec.optional
      ? undefined
      : located.reason === 'ambiguous'
        ? {
            field: key,
            code: 'AMBIGUOUS',
            message: `${key}: ${located.count} elementos visíveis correspondem.`,
          }
        : { field: key, code: 'FIELD_NOT_FOUND', message: `${key}: campo não encontrado na tela.` };
    return { located, value: null, problem };
  }
  const raw = rawOf(located.el, spec);
  const parsed = parseFieldValue(raw, spec);
  if (!parsed.ok) {
    return {
      located,
      raw,
      value: null,
      problem: { field: key, code: 'UNPARSABLE', message: `${key}: ${parsed.message}` },
    };
  }
  return { located, raw, value: parsed.value };
}

const str = (v: FieldValue | undefined): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: FieldValue | undefined): number | null => (typeof v === 'number' ? v : null);
const bool = (v: FieldValue | undefined): boolean | null => (typeof v === 'boolean' ? v : null);

/** FNV-1a, 32 bits: a cheap, stable digest of the identifying fields (not a security hash). */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const DEFAULT_IDENTITY: FieldKey[] = ['atendimentoId', 'customerCpf', 'vehicleChassi'];

export function fingerprintOf(
  profile: ScreenProfile,
  href: string,
  values: Partial<Record<FieldKey, FieldValue>>,
): string {
  const identity = profile.identity ?? DEFAULT_IDENTITY;
  const parts = [
    profile.id,
    comparableUrl(href),
    ...identity.map((key) => JSON.stringify(values[key] ?? null)),
  ];
  return `${profile.id}:${str(values.atendimentoId) ?? '?'}:${fnv1a(parts.join('|'))}`;
}

export interface ScreenReading {
  values: Partial<Record<FieldKey, FieldValue>>;
  readings: Partial<Record<FieldKey, FieldReading>>;
  problems: FieldProblem[];
}

export function readAllFields(profile: ScreenProfile, scope: ParentNode): ScreenReading {
  const values: Partial<Record<FieldKey, FieldValue>> = {};
  const readings: Partial<Record<FieldKey, FieldReading>> = {};
  const problems: FieldProblem[] = [];
  for (const [key, spec] of Object.entries(profile.fields) as [FieldKey, FieldSpec][]) {
    const reading = readField(scope, key, spec);
    readings[key] = reading;
    values[key] = reading.value;
    if (reading.problem) problems.push(reading.problem);
  }
  return { values, readings, problems };
}

/** Just the identifying fields, for the "did the screen change?" check before writing. */
export function currentFingerprint(profile: ScreenProfile, doc: Document, href: string): string | null {
  const marker = screenMarker(profile, doc);
  if (!marker) return null;
  const scope = fieldScope(profile, doc, marker);
  const identity = profile.identity ?? DEFAULT_IDENTITY;
  const values: Partial<Record<FieldKey, FieldValue>> = {};
  for (const key of new Set<FieldKey>(['atendimentoId', ...identity])) {
    const spec = profile.fields[key];
    if (spec) values[key] = readField(scope, key, spec).value;
  }
  return fingerprintOf(profile, href, values);
}

export function dealFromValues(values: Partial<Record<FieldKey, FieldValue>>): DealSnapshot {
  const years = Array.isArray(values.vehicleYears) ? values.vehicleYears : null;
  return {
    atendimento: str(values.atendimentoId) ?? '',
    storeCode: str(values.lojaCode),
    seller: { code: str(values.sellerCode), cpf: str(values.sellerCpf) },
    customer: {
      code: str(values.customerCode),
      cpf: str(values.customerCpf),
      name: str(values.customerName),
      birthdate: str(values.customerBirthdate),
      email: str(values.customerEmail),
      phone: str(values.customerPhone),
      monthlyIncomeCents: num(values.customerMonthlyIncome),
      professionCode: str(values.customerProfessionCode),
    },
    vehicle: {
      description: str(values.vehicleDescription),
      fipeCode: str(values.vehicleFipeCode),
      manufactureYear: num(values.vehicleManufactureYear) ?? years?.[0] ?? null,
      modelYear: num(values.vehicleModelYear) ?? years?.[1] ?? null,
      zeroKm: bool(values.vehicleZeroKm),
      chassi: str(values.vehicleChassi),
      plate: str(values.vehiclePlate),
      valueCents: num(values.vehicleValue),
    },
    negotiation: {
      downPaymentCents: num(values.entrada),
      financedAmountCents: num(values.valorFinanciado),
      termMonths: num(values.prazo),
      financeiraCode: str(values.financeira),
      planCode: str(values.plano),
      retorno: str(values.retorno),
    },
  };
}

/** Reads the screen into a snapshot, or null when the profile's screen is not showing. */
export function readSnapshot(profile: ScreenProfile, doc: Document, href: string): ScreenSnapshot | null {
  const marker = screenMarker(profile, doc);
  if (!marker) return null;
  const { values, problems } = readAllFields(profile, fieldScope(profile, doc, marker));
  return {
    profileId: profile.id,
    url: comparableUrl(href),
    fingerprint: fingerprintOf(profile, href, values),
    readAt: Date.now(),
    deal: dealFromValues(values),
    problems,
  };
}

export function diagnoseFields(profile: ScreenProfile, scope: ParentNode): DiagnosticField[] {
  const { readings } = readAllFields(profile, scope);
  return (Object.entries(readings) as [FieldKey, FieldReading][]).map(([field, reading]) => ({
    field,
    found: reading.located.ok,
    locator: reading.located.locator,
    count: reading.located.count,
    raw: reading.raw,
    value: reading.value,
    problem: reading.problem?.message,
  }));
}
