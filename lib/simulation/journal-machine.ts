import type { JournalEntry, JournalStatus } from './types';

/**
 * The journal's state machine. Every change of status goes through `transition`, so an
 * entry can only move along the paths below and each move lands in its history.
 *
 * draft → creating → polling → simulated → proposing → applying → applied
 *                  ↘ indeterminate → (reconciled) polling | (not found) creating
 * applying → pending_apply → applying (re-apply) …; any non-final → failed | cancelled;
 * failed → draft (try again with other values).
 */
const ALLOWED: Record<JournalStatus, readonly JournalStatus[]> = {
  draft: ['creating', 'cancelled', 'failed'],
  creating: ['polling', 'indeterminate', 'failed', 'draft'],
  indeterminate: ['polling', 'creating', 'failed', 'draft'],
  polling: ['polling', 'simulated', 'failed', 'draft'],
  simulated: ['proposing', 'draft', 'cancelled'],
  proposing: ['applying', 'simulated', 'failed'],
  applying: ['applied', 'pending_apply'],
  pending_apply: ['applying', 'applied'],
  applied: ['applying'],
  failed: ['draft', 'cancelled'],
  cancelled: [],
};

/** Statuses where a proposal exists in CREDERE. */
export const PROPOSAL_STATUSES: readonly JournalStatus[] = ['applying', 'applied', 'pending_apply'];
/** Statuses that no longer need the window. */
export const FINAL_STATUSES: readonly JournalStatus[] = ['applied', 'cancelled'];

export function canTransition(from: JournalStatus, to: JournalStatus): boolean {
  return ALLOWED[from].includes(to);
}

export class JournalTransitionError extends Error {
  constructor(from: JournalStatus, to: JournalStatus) {
    super(`journal: ${from} → ${to} não permitido`);
  }
}

export function transition(
  entry: JournalEntry,
  to: JournalStatus,
  now: number,
  patch: Partial<Omit<JournalEntry, 'id' | 'status' | 'history' | 'createdAt'>> = {},
  note?: string,
): JournalEntry {
  if (!canTransition(entry.status, to)) throw new JournalTransitionError(entry.status, to);
  const history =
    entry.status === to && to === 'polling'
      ? entry.history
      : [...entry.history, { at: now, status: to, ...(note ? { note } : {}) }];
  return { ...entry, ...patch, status: to, updatedAt: now, history: history.slice(-50) };
}

export function newEntry(init: {
  id: string;
  atendimentoKey: string;
  tabId: number;
  frameId: number;
  fingerprint: string | null;
  storeCode: string | null;
  storeId: string | null;
  sellerCode: string | null;
  userId: string | null;
  now: number;
}): JournalEntry {
  const { now, ...rest } = init;
  return {
    ...rest,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    request: null,
    createSentAt: null,
    simulationUuid: null,
    pollCount: 0,
    pollStartedAt: null,
    timedOutBanks: [],
    offers: [],
    chosenConditionId: null,
    customerId: null,
    proposal: null,
    writeBack: null,
    error: null,
    history: [{ at: now, status: 'draft' }],
  };
}

/** Which entry a reopened window resumes: the newest one of that atendimento not finished. */
export function resumable(entries: JournalEntry[]): JournalEntry | null {
  const open = entries.filter((e) => !FINAL_STATUSES.includes(e.status));
  open.sort((a, b) => b.updatedAt - a.updatedAt);
  return open[0] ?? null;
}
