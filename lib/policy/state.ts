import { browser } from 'wxt/browser';
import type { SettingKey } from './keys';
import type { ParsedPolicy, PolicyProblem, PolicyValues } from './parse';

/**
 * The last policy the background read, kept in storage.local so every context (options,
 * popup, background after a restart) sees the locks at once instead of waiting the 3–5 s
 * Chromium takes for the first storage.managed read. The client secret is never in it:
 * storage.local is readable by content scripts, so the secret goes to IndexedDB.
 */
export const POLICY_STORAGE_KEY = 'policy';

export interface PolicyState {
  /** 'pending': never read yet; 'read': storage.managed answered; 'unavailable': it threw. */
  status: 'pending' | 'read' | 'unavailable';
  readAt: number | null;
  values: Omit<PolicyValues, 'credere.clientSecret'>;
  hasClientSecret: boolean;
  locked: SettingKey[];
  lockMode: ParsedPolicy['lockMode'];
  problems: PolicyProblem[];
}

export const EMPTY_POLICY_STATE: PolicyState = {
  status: 'pending',
  readAt: null,
  values: {},
  hasClientSecret: false,
  locked: [],
  lockMode: 'present',
  problems: [],
};

export function stateFromParsed(
  parsed: ParsedPolicy,
  status: PolicyState['status'],
  readAt: number,
): PolicyState {
  const { 'credere.clientSecret': secret, ...values } = parsed.values;
  return {
    status,
    readAt,
    values,
    hasClientSecret: secret !== undefined,
    locked: parsed.locked,
    lockMode: parsed.lockMode,
    problems: parsed.problems,
  };
}

/** Reads the cached state; anything unexpected there counts as "not read yet". */
export function policyStateFrom(stored: unknown): PolicyState {
  if (!stored || typeof stored !== 'object') return EMPTY_POLICY_STATE;
  const state = stored as Partial<PolicyState>;
  if (state.status !== 'read' && state.status !== 'unavailable') return EMPTY_POLICY_STATE;
  return {
    ...EMPTY_POLICY_STATE,
    ...state,
    values: state.values && typeof state.values === 'object' ? state.values : {},
    locked: Array.isArray(state.locked) ? state.locked : [],
    problems: Array.isArray(state.problems) ? state.problems : [],
  };
}

export async function readPolicyState(): Promise<PolicyState> {
  const stored = (await browser.storage.local.get(POLICY_STORAGE_KEY))[POLICY_STORAGE_KEY];
  return policyStateFrom(stored);
}

export async function writePolicyState(state: PolicyState): Promise<void> {
  await browser.storage.local.set({ [POLICY_STORAGE_KEY]: state });
}

export function isLocked(state: PolicyState, key: SettingKey): boolean {
  return state.locked.includes(key);
}
