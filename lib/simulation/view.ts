import type { ReadinessFailure } from '../mappings/readiness';
import type { FormFieldKey, FormValues, SelectOption } from './fields';
import type { Progress } from './offers';
import type { JournalStatus, Offer } from './types';

/** What the window shows; built by the background from the journal and the session deal. */
export interface SessionView {
  entryId: string;
  status: JournalStatus;
  atendimento: string;
  tabId: number;
  frameId: number;
  summary: {
    customerName: string | null;
    customerCpf: string | null;
    vehicle: string | null;
    vehicleYears: string | null;
    vehicleValueCents: number | null;
    fipeCode: string | null;
    zeroKm: boolean | null;
    storeName: string | null;
    storeCode: string | null;
    sellerCode: string | null;
  };
  banks: { code: string; name: string }[];
  /** Lead requirements as CREDERE sent them (field → bank codes, nested for address). */
  requirements: Record<string, unknown>;
  /** What is already known (DMS, lead, earlier answers), normalised. */
  known: FormValues;
  options: Partial<Record<FormFieldKey, SelectOption[]>>;
  request: { bankCodes: string[]; terms: number[]; downPaymentCents: number };
  offers: Offer[];
  progress: Progress;
  timedOutBanks: string[];
  chosenConditionId: string | null;
  proposal: {
    id: string;
    state: string | null;
    bankCode: string | null;
    bankProposalId: string | null;
  } | null;
  writeBack: {
    status: 'applied' | 'pending' | 'none';
    fields: { field: string; status: string; message?: string }[];
    error: { code: string; message: string } | null;
  };
  error: { code: string; message: string; field?: string } | null;
  /** Poll again after this delay; null when nothing is pending. */
  nextPollInMs: number | null;
}

export interface CustomerFormView {
  entryId: string;
  conditionId: string;
  bankCode: string;
  /** Field → banks needing it. */
  required: [FormFieldKey, string[]][];
  known: FormValues;
  options: Partial<Record<FormFieldKey, SelectOption[]>>;
  /** CREDERE already has a customer with this CPF (it will be updated, not duplicated). */
  existingCustomer: boolean;
}

export interface PendingItem {
  entryId: string;
  atendimento: string;
  proposalId: string;
  bankCode: string | null;
  updatedAt: number;
  error: string | null;
}

/** `simulation.load`: the session, or what must be mapped or authorised first (with the options link). */
export type LoadResult = { ready: true; view: SessionView } | { ready: false; failures: ReadinessFailure[] };

export type Readiness =
  | { ready: true; storeId: string; userId: string | null }
  | { ready: false; failures: ReadinessFailure[] };

/** Performance mark the simulation window sets on the frame that first paints it interactive. */
export const WINDOW_INTERACTIVE_MARK = 'ponte:simulation-interactive';
