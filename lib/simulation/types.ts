/**
 * Shapes shared by the simulation window, the background orchestration and the journal.
 * No CPF or customer name appears in a journal entry: the background keeps the deal
 * (with the customer's documents) in storage.session and the journal only what is needed to
 * resume, audit and re-apply (ids, amounts, the values written back, the write result).
 */

/** One result of the simulation: a bank × term condition as CREDERE returned it. */
export interface Offer {
  conditionId: string;
  bankCode: string;
  bankName: string;
  status: 'pending' | 'available' | 'rejected' | 'failed';
  installments: number | null;
  downPaymentCents: number | null;
  financedAmountCents: number | null;
  installmentCents: number | null;
  interestMonthly: number | null;
  cetMonthly: number | null;
  cetAnnually: number | null;
  totalPaidCents: number | null;
  coefficient: number | null;
  /** CREDERE credit_condition_return ("0".."6"): the dealer's return level. */
  retorno: string | null;
  preApprovalStatus: number | null;
  /** The bank suggested this down payment (it differs from what was asked). */
  bankSuggested: boolean;
  /** Why the bank refused or failed, as CREDERE said it. */
  reason: string | null;
  reasonIdentifier: string | null;
}

export const JOURNAL_STATUSES = [
  'draft',
  'creating',
  'indeterminate',
  'polling',
  'simulated',
  'proposing',
  'applying',
  'applied',
  'pending_apply',
  'failed',
  'cancelled',
] as const;
export type JournalStatus = (typeof JOURNAL_STATUSES)[number];

export interface SimulationRequestRecord {
  bankCodes: string[];
  terms: number[];
  downPaymentCents: number;
  assetsValueCents: number;
  manufactureYear: number;
  modelYear: number;
  molicarCode: string | null;
  vehicleModelId: string | null;
  zeroKm: boolean;
}

export interface WriteBackRecord {
  /** Normalised values for the DMS fields (cents, numbers, DMS codes). */
  values: Record<string, string | number>;
  /** Where it was written (or is to be). */
  tabId: number | null;
  frameId: number | null;
  fingerprint: string | null;
  attempts: number;
  appliedAt: number | null;
  /** Per-field outcome of the last attempt. */
  fields: { field: string; status: string; message?: string }[];
  error: { code: string; message: string } | null;
}

export interface JournalEntry {
  id: string;
  status: JournalStatus;
  /** The LinxDMS atendimento (not personal data). */
  atendimentoKey: string;
  createdAt: number;
  updatedAt: number;
  tabId: number;
  frameId: number;
  fingerprint: string | null;
  storeCode: string | null;
  storeId: string | null;
  sellerCode: string | null;
  /** CREDERE user id of the authorised account, when known: who ran it. */
  userId: string | null;
  request: SimulationRequestRecord | null;
  /** When the create call was sent: reconciliation looks for simulations after it. */
  createSentAt: number | null;
  simulationUuid: string | null;
  pollCount: number;
  pollStartedAt: number | null;
  /** Banks given up on ("sem resposta") when the wait ran out. */
  timedOutBanks: string[];
  offers: Offer[];
  chosenConditionId: string | null;
  customerId: string | null;
  proposal: {
    id: string;
    state: string | null;
    bankCode: string | null;
    bankProposalId: string | null;
  } | null;
  writeBack: WriteBackRecord | null;
  error: { code: string; message: string; field?: string } | null;
  /** Audit trail: status changes with time. */
  history: { at: number; status: JournalStatus; note?: string }[];
}
