/**
 * The background's token manager. Tokens and the client secret live in IndexedDB
 * (lib/db/secrets.ts), which content scripts cannot reach; nothing here touches
 * storage.local/session/sync. The service worker may be stopped at any time, so all state
 * is in IDB; only the in-flight refresh promise is kept in memory, which is what makes
 * refreshes single-flight: parallel callers share one request, so a rotating refresh
 * token is spent exactly once.
 */

import type { TokenResponse } from '../api/schemas';
import { deleteSecret, readSecret, writeSecret } from '../db/secrets';
import { AppError } from '../errors';
import { apiRootOf, type CredereSettings } from '../settings/schema';
import { loadLocalSettings } from '../settings/store';
import { scheduleRefreshAlarm, setReauthorizationBadge } from './badge';
import { readClientSecret } from './client-secret';
import type { AuthStatus } from './status';
import {
  callTokenEndpoint,
  REAUTHORIZE_MESSAGE,
  TokenEndpointError,
  type TokenGrant,
} from './token-endpoint';

export const SECRET_KEYS = {
  tokens: 'credere.tokens',
  clientSecret: 'credere.clientSecret',
  reauth: 'credere.reauth',
  profile: 'credere.profile',
} as const;

/** Refresh when less than this is left (ms). */
export const REFRESH_AHEAD_MS = 60_000;

/**
 * How long before expiry a token is renewed: a minute, or half its lifetime when it lives
 * less than two minutes (otherwise every call would refresh a very short-lived token).
 */
export function refreshAheadMs(tokens: Pick<StoredTokens, 'expiresAt' | 'obtainedAt'>): number {
  if (tokens.expiresAt === null) return 0;
  return Math.min(REFRESH_AHEAD_MS, (tokens.expiresAt - tokens.obtainedAt) / 2);
}

export interface StoredTokens {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch ms; null when the server sent no expires_in. */
  expiresAt: number | null;
  obtainedAt: number;
  scope: string | null;
  /** The API root and client the tokens belong to: a settings change disconnects. */
  apiRoot: string;
  clientId: string;
  userId: string | null;
}

export interface StoredProfile {
  userId: string | null;
  userName: string | null;
  storeCount: number | null;
  fetchedAt: number;
}

export interface ReauthState {
  needed: boolean;
  at: number;
}

export interface TokenManagerDeps {
  loadSettings(): Promise<CredereSettings>;
  readSecret<T>(key: string): Promise<T | undefined>;
  writeSecret(key: string, value: unknown): Promise<void>;
  deleteSecret(key: string): Promise<void>;
  requestToken(
    settings: CredereSettings,
    clientSecret: string | undefined,
    grant: TokenGrant,
  ): Promise<TokenResponse>;
  now(): number;
  /** Toolbar badge on/off. */
  signalReauthorization(needed: boolean): Promise<void>;
  /** Schedules (or clears, with null) the background refresh alarm. */
  scheduleRefresh(at: number | null): Promise<void>;
}

export function isConfigured(settings: CredereSettings, hasSecret: boolean): boolean {
  if (!settings.clientId) return false;
  if (settings.environment === 'custom' && !settings.customApiRoot) return false;
  return settings.authMode === 'exchange' ? Boolean(settings.tokenExchangeUrl) : hasSecret;
}

export function maskToken(token: string): string {
  if (token.length <= 12) return '•'.repeat(token.length);
  return `${token.slice(0, 4)}${'•'.repeat(8)}${token.slice(-4)}`;
}

export function createTokenManager(deps: TokenManagerDeps) {
  let inflight: Promise<StoredTokens> | null = null;

  async function currentTokens(settings?: CredereSettings): Promise<StoredTokens | null> {
    const tokens = await deps.readSecret<StoredTokens>(SECRET_KEYS.tokens);
    if (!tokens) return null;
    const s = settings ?? (await deps.loadSettings());
    if (tokens.apiRoot !== apiRootOf(s) || tokens.clientId !== s.clientId) return null;
    return tokens;
  }

  function fromResponse(
    response: TokenResponse,
    settings: CredereSettings,
    previous: StoredTokens | null,
  ): StoredTokens {
    const now = deps.now();
    return {
      accessToken: response.access_token,
      // Without rotation the server may omit it: keep the one we have.
      refreshToken: response.refresh_token ?? previous?.refreshToken ?? null,
      expiresAt:
        response.expires_in != null && response.expires_in > 0 ? now + response.expires_in * 1000 : null,
      obtainedAt: now,
      scope: response.scope ?? previous?.scope ?? settings.scope,
      apiRoot: apiRootOf(settings),
      clientId: settings.clientId,
      userId: response.user?.id ?? previous?.userId ?? null,
    };
  }

  async function save(tokens: StoredTokens): Promise<void> {
    await deps.writeSecret(SECRET_KEYS.tokens, tokens);
    await deps.scheduleRefresh(
      tokens.expiresAt && tokens.refreshToken ? tokens.expiresAt - 2 * REFRESH_AHEAD_MS : null,
    );
  }

  async function requireReauthorization(): Promise<AppError> {
    await deps.deleteSecret(SECRET_KEYS.tokens);
    await deps.writeSecret(SECRET_KEYS.reauth, { needed: true, at: deps.now() } satisfies ReauthState);
    await deps.scheduleRefresh(null);
    await deps.signalReauthorization(true);
    return new AppError('AUTH_REQUIRED', REAUTHORIZE_MESSAGE);
  }

  async function notConnected(): Promise<AppError> {
    const reauth = await deps.readSecret<ReauthState>(SECRET_KEYS.reauth);
    return new AppError('AUTH_REQUIRED', reauth?.needed ? REAUTHORIZE_MESSAGE : undefined);
  }

  /** Single-flight refresh. */
  function refresh(): Promise<StoredTokens> {
    inflight ??= (async () => {
      const settings = await deps.loadSettings();
      const current = await currentTokens(settings);
      if (!current) throw await notConnected();
      if (!current.refreshToken) throw await requireReauthorization();
      const secret = await deps.readSecret<string>(SECRET_KEYS.clientSecret);
      let response: TokenResponse;
      try {
        response = await deps.requestToken(settings, secret, {
          grant_type: 'refresh_token',
          refresh_token: current.refreshToken,
        });
      } catch (error) {
        if (error instanceof TokenEndpointError && error.oauthError === 'invalid_grant') {
          throw await requireReauthorization();
        }
        // Network, 5xx, config: the stored tokens stay; nothing is retried blindly.
        throw error;
      }
      const next = fromResponse(response, settings, current);
      await save(next);
      return next;
    })().finally(() => {
      inflight = null;
    });
    return inflight;
  }

  return {
    /** A usable access token, refreshed first when less than a minute is left. */
    async getAccessToken(): Promise<string> {
      if (inflight) return (await inflight).accessToken;
      const tokens = await currentTokens();
      if (!tokens) throw await notConnected();
      if (tokens.expiresAt !== null && tokens.expiresAt - deps.now() < refreshAheadMs(tokens)) {
        if (!tokens.refreshToken) {
          if (tokens.expiresAt > deps.now()) return tokens.accessToken;
          throw await requireReauthorization();
        }
        try {
          return (await refresh()).accessToken;
        } catch (error) {
          // A transient failure while the token is still valid should not block the call.
          const stillValid = tokens.expiresAt > deps.now();
          if (stillValid && error instanceof AppError && error.code !== 'AUTH_REQUIRED')
            return tokens.accessToken;
          throw error;
        }
      }
      return tokens.accessToken;
    },

    /** After a 401: refresh once unless another call already replaced the refused token. */
    async refreshAfterUnauthorized(refused: string): Promise<string> {
      if (inflight) return (await inflight).accessToken;
      const tokens = await currentTokens();
      if (!tokens) throw await notConnected();
      if (tokens.accessToken !== refused) return tokens.accessToken;
      return (await refresh()).accessToken;
    },

    refresh,

    /** Background alarm: refresh ahead of expiry; failures are already recorded. */
    async refreshFromAlarm(): Promise<void> {
      const tokens = await currentTokens();
      if (!tokens?.refreshToken) return;
      try {
        await refresh();
      } catch {
        // invalid_grant already set the badge; transient errors retry on the next call.
      }
    },

    /** Stores the tokens of a completed authorization. */
    async acceptAuthorization(response: TokenResponse): Promise<StoredTokens> {
      const settings = await deps.loadSettings();
      const tokens = fromResponse(response, settings, null);
      await save(tokens);
      await deps.deleteSecret(SECRET_KEYS.reauth);
      await deps.signalReauthorization(false);
      return tokens;
    },

    async exchangeCode(
      grant: Extract<TokenGrant, { grant_type: 'authorization_code' }>,
    ): Promise<StoredTokens> {
      const settings = await deps.loadSettings();
      const secret = await deps.readSecret<string>(SECRET_KEYS.clientSecret);
      const response = await deps.requestToken(settings, secret, grant);
      return this.acceptAuthorization(response);
    },

    currentTokens,

    /** Forgets tokens and profile (after revoke). */
    async clear(): Promise<void> {
      await deps.deleteSecret(SECRET_KEYS.tokens);
      await deps.deleteSecret(SECRET_KEYS.profile);
      await deps.deleteSecret(SECRET_KEYS.reauth);
      await deps.scheduleRefresh(null);
      await deps.signalReauthorization(false);
    },

    async status(): Promise<AuthStatus> {
      const settings = await deps.loadSettings();
      const [tokens, reauth, profile, secret] = await Promise.all([
        currentTokens(settings),
        deps.readSecret<ReauthState>(SECRET_KEYS.reauth),
        deps.readSecret<StoredProfile>(SECRET_KEYS.profile),
        deps.readSecret<string>(SECRET_KEYS.clientSecret),
      ]);
      return {
        connected: tokens !== null,
        needsReauthorization: !tokens && Boolean(reauth?.needed),
        configured: isConfigured(settings, Boolean(secret)),
        environment: settings.environment,
        apiRoot: apiRootOf(settings),
        expiresAt: tokens?.expiresAt ?? null,
        obtainedAt: tokens?.obtainedAt ?? null,
        hasRefreshToken: Boolean(tokens?.refreshToken),
        scope: tokens?.scope ?? null,
        userName: tokens ? (profile?.userName ?? null) : null,
        userId: tokens ? (profile?.userId ?? tokens.userId) : null,
        storeCount: tokens ? (profile?.storeCount ?? null) : null,
        maskedToken: tokens ? maskToken(tokens.accessToken) : null,
      };
    },
  };
}

export type TokenManager = ReturnType<typeof createTokenManager>;

let defaultManager: TokenManager | null = null;

/** The background's token manager (IndexedDB, badge, alarms). */
export function getTokenManager(): TokenManager {
  defaultManager ??= createTokenManager({
    loadSettings: async () => (await loadLocalSettings()).credere,
    // The client secret may come from policy; every other secret is read as stored.
    readSecret: <T>(key: string) =>
      key === SECRET_KEYS.clientSecret ? (readClientSecret() as Promise<T | undefined>) : readSecret<T>(key),
    writeSecret,
    deleteSecret,
    requestToken: (settings, secret, grant) => callTokenEndpoint(settings, secret, grant),
    now: () => Date.now(),
    signalReauthorization: setReauthorizationBadge,
    scheduleRefresh: scheduleRefreshAlarm,
  });
  return defaultManager;
}

export async function getAuthStatus(): Promise<AuthStatus> {
  return getTokenManager().status();
}
