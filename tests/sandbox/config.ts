/**
 * Sandbox behaviour switches. Everything a test may want to vary lives here so that
 * `PATCH /__control/config` and `startSandbox({ config })` share one vocabulary.
 */

export type ForcedOutcome = 'refuse_all' | 'error_all' | 'approve_all' | 'zero_conditions';

export interface SandboxConfig {
  /** Access-token lifetime returned as `expires_in` and enforced by the Bearer check. */
  tokenTtlSeconds: number;
  /** Each refresh returns a new refresh token and invalidates the old one. */
  rotateRefreshTokens: boolean;
  /** Reusing a rotated-out refresh token revokes the whole token family (OAuth 2.1 advice). */
  refreshReuseDetection: boolean;
  /** Fields left out of the token response, to test lenient clients (e.g. ['refresh_token']). */
  omitTokenFields: Array<'refresh_token' | 'expires_in' | 'created_at' | 'scope' | 'user'>;
  /** `token_type` as served; Doorkeeper says "Bearer", one fixture says "bearer". */
  tokenType: string;
  /** When false, a public client may omit client_secret if it proved PKCE. */
  requireClientSecret: boolean;
  /** Authorization codes live this long (Doorkeeper default: 600 s). */
  codeTtlSeconds: number;
  /** Skip the login/consent page: GET /authorize redirects at once with a code for the admin user. */
  autoApprove: boolean;
  /** When set, the authorize redirect carries this `state` instead of the original one. */
  authorizeStateOverride: string | null;
  /** Accept `proposal_attemps` (sic) as well as `proposal_attempts` on POST /proposals. */
  acceptProposalAttempsTypo: boolean;
  /** Default per-bank processing delay for a simulation (ms). */
  processingDelayMs: number;
  /** Per-bank override of the processing delay (ms), keyed by bank code. */
  bankDelaysMs: Record<string, number>;
  /** Delay of the slow bank (Safra 422) for the world's `slow_bank` customer (ms). */
  slowBankDelayMs: number;
  /** Banks whose conditions never leave the pending state ('all' for every bank). */
  pendingForeverBanks: string[] | 'all';
  /** Overrides the world's per-CPF outcomes for every simulation. */
  forcedOutcome: ForcedOutcome | null;
  /** Shape of GET /stores/{id}/integrated_banks (the two shapes seen in third-party code). */
  integratedBanksShape: 'banks' | 'integrated_banks';
  /** Origins that receive CORS headers ('*' for any). Empty: no CORS headers at all. */
  corsOrigins: string[];
  /**
   * Webhook delivery: 'normal', 'never' (drop silently), 'twice' (duplicate each delivery),
   * 'out_of_order' (hold a resource's deliveries for `webhookReorderWindowMs`, then send them
   * newest-first) or 'before_response' (POST /simulations and POST /proposals answer only after
   * the resource's first webhook attempt, so the receiver hears of it before the caller does).
   */
  webhookMode: 'normal' | 'never' | 'twice' | 'out_of_order' | 'before_response';
  /** out_of_order mode: how long a resource's deliveries are held, from the first one (ms). */
  webhookReorderWindowMs: number;
  /** Delay before a webhook is sent (ms). */
  webhookDelayMs: number;
  /** Extra attempts after a failed delivery (non-2xx or network error). */
  webhookRetries: number;
  webhookRetryDelayMs: number;
  webhookTimeoutMs: number;
  /**
   * Automatic proposal progression after creation: each step fires `afterMs` after the
   * previous one. null keeps proposals in "checagem" until the control API moves them.
   */
  proposalSchedule: Array<{ state: string; afterMs: number }> | null;
  /** Upper bound of a "hang" fault without its own duration (ms); answers 504 afterwards. */
  hangMaxMs: number;
  /** Seed of the deterministic generator behind ids, uuids and rate jitter. */
  seed: number;
}

export const DEFAULT_CONFIG: SandboxConfig = {
  tokenTtlSeconds: 7200,
  rotateRefreshTokens: true,
  refreshReuseDetection: false,
  omitTokenFields: [],
  tokenType: 'Bearer',
  requireClientSecret: true,
  codeTtlSeconds: 600,
  autoApprove: false,
  authorizeStateOverride: null,
  acceptProposalAttempsTypo: false,
  processingDelayMs: 400,
  bankDelaysMs: {},
  slowBankDelayMs: 90_000,
  pendingForeverBanks: [],
  forcedOutcome: null,
  integratedBanksShape: 'banks',
  corsOrigins: [],
  webhookMode: 'normal',
  webhookReorderWindowMs: 1000,
  webhookDelayMs: 0,
  webhookRetries: 0,
  webhookRetryDelayMs: 100,
  webhookTimeoutMs: 5000,
  proposalSchedule: null,
  hangMaxMs: 300_000,
  seed: 20240601,
};

export function mergeConfig(base: SandboxConfig, patch: Partial<SandboxConfig> | undefined): SandboxConfig {
  if (!patch) return { ...base };
  const next: SandboxConfig = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in DEFAULT_CONFIG)) throw new Error(`Chave de configuração desconhecida: ${key}`);
    if (value === undefined) continue;
    (next as unknown as Record<string, unknown>)[key] = value;
  }
  return next;
}
