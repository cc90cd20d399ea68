/**
 * Plain types of screen profiles, snapshots and fill reports. No zod here: the content
 * script imports this module and must stay small. The zod schemas that validate the same
 * shapes live in profile-schema.ts and snapshot-schema.ts (background and options only).
 */

/** Fixed vocabulary of the fields a profile can locate. */
export const FIELD_KEYS = [
  'atendimentoId',
  'lojaCode',
  'sellerCode',
  'sellerCpf',
  'customerCode',
  'customerCpf',
  'customerName',
  'customerBirthdate',
  'customerEmail',
  'customerPhone',
  'customerMonthlyIncome',
  'customerProfessionCode',
  'vehicleDescription',
  'vehicleFipeCode',
  'vehicleManufactureYear',
  'vehicleModelYear',
  'vehicleYears',
  'vehicleZeroKm',
  'vehicleChassi',
  'vehiclePlate',
  'vehicleValue',
  // Negotiation: read into the snapshot and also write-back targets.
  'financeira',
  'plano',
  'entrada',
  'percEntrada',
  'valorFinanciado',
  'prazo',
  'coeficiente',
  'taxa',
  'cetMes',
  'cetAno',
  'parcela',
  'retorno',
  'retornoValor',
  'numeroProposta',
  'situacao',
  'observacao',
  'propostaCredere',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** Fields a proposal may write back (the order is the default write order). */
export const WRITE_KEYS = [
  'financeira',
  'plano',
  'entrada',
  'valorFinanciado',
  'prazo',
  'coeficiente',
  'retorno',
  'taxa',
  'cetMes',
  'cetAno',
  'parcela',
  'numeroProposta',
  'situacao',
  'observacao',
  'propostaCredere',
] as const satisfies readonly FieldKey[];
export type WriteKey = (typeof WRITE_KEYS)[number];

export const FIELD_KINDS = [
  'text',
  'money',
  'percent',
  'decimal',
  'date',
  'cpfCnpj',
  'phone',
  'integer',
  'selectByCode',
  'selectByText',
  'checkbox',
  'radio',
  'yearPair',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const FILL_EVENTS = ['focus', 'keydown', 'keypress', 'input', 'keyup', 'change', 'blur'] as const;
export type FillEvent = (typeof FILL_EVENTS)[number];

/** A CSS selector, or the visible caption text next to the control. */
export type Locator = { css: string } | { label: string };

export interface FieldSpec {
  /** Tried in order (newest screen version first); the first giving exactly one visible element wins. */
  locators: Locator[];
  kind: FieldKind;
  /** May a proposal write it? Readonly/disabled controls are skipped anyway. */
  writable?: boolean;
  /** Events fired around the value change, in this order (default: focus, keydown, input, keyup, change, blur). */
  events?: FillEvent[];
  /** Changing it posts the form back (AutoPostBack): written alone, then the panel must settle. */
  postback?: boolean;
  /** Regex applied to the raw text before parsing; its first group is kept ("^(\\S+)" for "V017 - NOME"). */
  extract?: string;
  /** For booleans read from text/select/radio: raw values meaning true (case-insensitive). */
  truthy?: string[];
  /** Money written with the "R$ " prefix (masks that carry it). */
  currencyPrefix?: boolean;
  /** Decimal places when writing percent/decimal values. */
  decimals?: number;
  /** Not every deal has it; absence is not reported as a problem. */
  optional?: boolean;
}

export interface ScreenProfile {
  id: string;
  label: string;
  description?: string;
  match: {
    /** URL globs (`*` = anything), compared case-insensitively with the frame URL without its hash. */
    urls: string[];
    /** CSS of the element proving the screen (e.g. the Calcular fator panel); it must be visible. */
    marker: string[];
    /** CSS of the active tab header, when the screen has tabs; must exist. */
    activeTab?: string[];
    /** CSS of the container holding the fields (default: the marker element). */
    scope?: string[];
  };
  anchor: {
    /** CSS of the element the button goes next to / into. */
    locators: string[];
    position: 'append' | 'prepend' | 'before' | 'after';
  };
  fields: Partial<Record<FieldKey, FieldSpec>>;
  /** Order in which proposal values are written (default: WRITE_KEYS order). */
  writeOrder?: WriteKey[];
  /** Fields that identify the deal in the fingerprint (default: atendimentoId, customerCpf, vehicleChassi). */
  identity?: FieldKey[];
}

export interface EffectiveProfile extends ScreenProfile {
  source: 'shipped' | 'custom' | 'policy';
}

/** The deal as read from the screen, in normalised units. Same shape as tests/dms/golden-deals.ts. */
export interface DealSnapshot {
  atendimento: string;
  storeCode: string | null;
  seller: { code: string | null; cpf: string | null };
  customer: {
    code: string | null;
    cpf: string | null;
    name: string | null;
    birthdate: string | null;
    email: string | null;
    phone: string | null;
    monthlyIncomeCents: number | null;
    professionCode: string | null;
  };
  vehicle: {
    description: string | null;
    fipeCode: string | null;
    manufactureYear: number | null;
    modelYear: number | null;
    zeroKm: boolean | null;
    chassi: string | null;
    plate: string | null;
    valueCents: number | null;
  };
  negotiation: {
    downPaymentCents: number | null;
    financedAmountCents: number | null;
    termMonths: number | null;
    financeiraCode: string | null;
    planCode: string | null;
    retorno: string | null;
  };
}

export interface FieldProblem {
  field: FieldKey;
  code: 'FIELD_NOT_FOUND' | 'AMBIGUOUS' | 'UNPARSABLE';
  message: string;
}

export interface ScreenSnapshot {
  profileId: string;
  url: string;
  fingerprint: string;
  readAt: number;
  deal: DealSnapshot;
  problems: FieldProblem[];
}

/** Proposal values in normalised units: centavos, plain numbers, DMS codes. */
export type ProposalValues = Partial<Record<WriteKey, string | number>>;

export type FillStatus = 'filled' | 'unchanged' | 'skipped' | 'failed';

export interface FieldFillReport {
  field: FieldKey;
  status: FillStatus;
  /** Why it was skipped or failed: readonly, disabled, not-writable, not-found, no-option, mismatch, timeout. */
  reason?: string;
  /** pt-BR text for the salesperson. */
  message?: string;
  /** What the screen shows after the write (display text). */
  actual?: string;
}

export interface FillReport {
  ok: boolean;
  fingerprint: string;
  fields: FieldFillReport[];
  canUndo: boolean;
}

export interface DiagnosticField {
  field: FieldKey;
  found: boolean;
  /** Which locator matched (index), how many visible elements the winning locator had. */
  locator?: number;
  count: number;
  raw?: string;
  value?: unknown;
  problem?: string;
}

export interface DiagnosticReport {
  url: string;
  isTopFrame: boolean;
  profileId: string | null;
  urlMatches: boolean;
  markerVisible: boolean;
  anchorFound: boolean;
  fields: DiagnosticField[];
}

export interface HarvestedOption {
  code: string;
  name: string;
}

export interface HarvestResult {
  url: string;
  profileId: string;
  lojas: HarvestedOption[];
  financeiras: HarvestedOption[];
  profissoes: HarvestedOption[];
}
