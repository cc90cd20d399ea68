/**
 * Connection status for the options page and the readiness check. Contains no secret:
 * safe to send to any extension page (never includes the token itself).
 */
export interface AuthStatus {
  /** A token is stored (it may be expired but refreshable). */
  connected: boolean;
  /** The last refresh failed with invalid_grant (or the token was revoked): "Autorizar" again. */
  needsReauthorization: boolean;
  /** Settings are complete enough to authorise (client id + secret or exchange URL). */
  configured: boolean;
  environment: 'production' | 'staging' | 'custom';
  apiRoot: string;
  /** Access-token expiry, epoch ms; null when unknown or not connected. */
  expiresAt: number | null;
  /** Epoch ms of the authorisation / last refresh. */
  obtainedAt: number | null;
  hasRefreshToken: boolean;
  scope: string | null;
  userName: string | null;
  userId: string | null;
  storeCount: number | null;
  /** Masked token for display: first 4 characters, bullets, last 4 (never the whole token). */
  maskedToken: string | null;
}

export { getAuthStatus } from './token-manager';
