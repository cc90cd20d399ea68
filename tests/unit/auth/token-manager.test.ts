import { describe, expect, it } from 'vitest';
import type { TokenResponse } from '../../../lib/api/schemas';
import { TokenEndpointError, type TokenGrant } from '../../../lib/auth/token-endpoint';
import { createTokenManager, SECRET_KEYS, type StoredTokens } from '../../../lib/auth/token-manager';
import { AppError } from '../../../lib/errors';
import { type CredereSettings, credereSettingsSchema } from '../../../lib/settings/schema';

const SETTINGS: CredereSettings = credereSettingsSchema.parse({
  environment: 'custom',
  customApiRoot: 'http://127.0.0.1:9/api/v1',
  clientId: 'client-1',
});

/** A fake token server: rotating refresh tokens, one use each, like the sandbox. */
function harness(options: { ttl?: number; rotate?: boolean } = {}) {
  let clock = 1_000_000;
  const secrets = new Map<string, unknown>([[SECRET_KEYS.clientSecret, 's3cret']]);
  const valid = new Set<string>();
  let counter = 0;
  const calls: TokenGrant[] = [];
  const badge: boolean[] = [];
  const alarms: (number | null)[] = [];
  let failNext: Error | null = null;
  const issue = (): TokenResponse => {
    counter++;
    const refresh = `rt-${counter}`;
    valid.add(refresh);
    return {
      access_token: `at-${counter}-abcdefghijkl`,
      refresh_token: refresh,
      expires_in: options.ttl ?? 3600,
      token_type: 'Bearer',
      scope: 'simulator proposals',
      created_at: null,
      user: { id: '42100' },
    };
  };
  const manager = createTokenManager({
    loadSettings: async () => SETTINGS,
    readSecret: async <T>(key: string) => secrets.get(key) as T | undefined,
    writeSecret: async (key, value) => void secrets.set(key, structuredClone(value)),
    deleteSecret: async (key) => void secrets.delete(key),
    now: () => clock,
    signalReauthorization: async (needed) => void badge.push(needed),
    scheduleRefresh: async (at) => void alarms.push(at),
    requestToken: async (_settings, secret, grant) => {
      calls.push(grant);
      expect(secret).toBe('s3cret');
      // Let parallel callers pile up before the answer.
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (failNext) {
        const error = failNext;
        failNext = null;
        throw error;
      }
      if (grant.grant_type === 'refresh_token') {
        if (!valid.has(grant.refresh_token))
          throw new TokenEndpointError('AUTH_REQUIRED', 'reauthorize', 'invalid_grant', 400);
        if (options.rotate !== false) valid.delete(grant.refresh_token);
      }
      return issue();
    },
  });
  return {
    manager,
    secrets,
    calls,
    badge,
    alarms,
    valid,
    tokens: () => secrets.get(SECRET_KEYS.tokens) as StoredTokens | undefined,
    advance: (ms: number) => {
      clock += ms;
    },
    failNext: (error: Error) => {
      failNext = error;
    },
  };
}

async function authorized(options?: Parameters<typeof harness>[0]) {
  const h = harness(options);
  await h.manager.exchangeCode({
    grant_type: 'authorization_code',
    code: 'c',
    redirect_uri: 'https://x/credere',
  });
  return h;
}

describe('token manager', () => {
  it('stores the tokens of an authorization in the secrets store and schedules the refresh alarm', async () => {
    const h = await authorized();
    expect(h.tokens()).toMatchObject({
      accessToken: 'at-1-abcdefghijkl',
      refreshToken: 'rt-1',
      expiresAt: 1_000_000 + 3_600_000,
    });
    expect(h.alarms.at(-1)).toBe(1_000_000 + 3_600_000 - 120_000);
    expect(h.badge).toEqual([false]);
    const status = await h.manager.status();
    expect(status).toMatchObject({ connected: true, maskedToken: 'at-1••••••••ijkl', hasRefreshToken: true });
    expect(JSON.stringify(status)).not.toContain('at-1-abcdefghijkl');
  });

  it('uses the stored token while it is fresh and refreshes ahead of expiry', async () => {
    const h = await authorized();
    expect(await h.manager.getAccessToken()).toBe('at-1-abcdefghijkl');
    h.advance(3_600_000 - 59_000);
    expect(await h.manager.getAccessToken()).toBe('at-2-abcdefghijkl');
    expect(h.calls.map((c) => c.grant_type)).toEqual(['authorization_code', 'refresh_token']);
    expect(h.tokens()?.refreshToken).toBe('rt-2');
  });

  it('refreshes short-lived tokens at half their life, not on every call', async () => {
    const h = await authorized({ ttl: 4 });
    expect(await h.manager.getAccessToken()).toBe('at-1-abcdefghijkl');
    h.advance(2_100);
    expect(await h.manager.getAccessToken()).toBe('at-2-abcdefghijkl');
    expect(await h.manager.getAccessToken()).toBe('at-2-abcdefghijkl');
  });

  it('is single-flight: parallel callers share one refresh of a rotating refresh token', async () => {
    const h = await authorized();
    h.advance(3_600_000);
    const tokens = await Promise.all(Array.from({ length: 8 }, () => h.manager.getAccessToken()));
    expect(new Set(tokens)).toEqual(new Set(['at-2-abcdefghijkl']));
    expect(h.calls.filter((c) => c.grant_type === 'refresh_token')).toHaveLength(1);
  });

  it('after a 401 refreshes once; a caller holding an already replaced token just gets the new one', async () => {
    const h = await authorized();
    const refused = await h.manager.getAccessToken();
    const [a, b] = await Promise.all([
      h.manager.refreshAfterUnauthorized(refused),
      h.manager.refreshAfterUnauthorized(refused),
    ]);
    expect(a).toBe('at-2-abcdefghijkl');
    expect(b).toBe('at-2-abcdefghijkl');
    expect(await h.manager.refreshAfterUnauthorized(refused)).toBe('at-2-abcdefghijkl');
    expect(h.calls.filter((c) => c.grant_type === 'refresh_token')).toHaveLength(1);
  });

  it('on invalid_grant clears the tokens, sets the badge and asks to authorize again in pt-BR', async () => {
    const h = await authorized();
    h.valid.clear();
    h.advance(3_600_000);
    const error = await h.manager.getAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('AUTH_REQUIRED');
    expect((error as AppError).message).toContain('clicar em "Autorizar" de novo');
    expect(h.tokens()).toBeUndefined();
    expect(h.badge.at(-1)).toBe(true);
    expect(h.alarms.at(-1)).toBeNull();
    expect(await h.manager.status()).toMatchObject({ connected: false, needsReauthorization: true });
    // Nothing retried blindly: one refresh attempt only.
    expect(h.calls.filter((c) => c.grant_type === 'refresh_token')).toHaveLength(1);
    await expect(h.manager.getAccessToken()).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    expect(h.calls.filter((c) => c.grant_type === 'refresh_token')).toHaveLength(1);
  });

  it('keeps the tokens on a transient refresh failure and uses the still-valid token', async () => {
    const h = await authorized();
    h.advance(3_600_000 - 30_000);
    h.failNext(new TokenEndpointError('NETWORK', undefined, null));
    expect(await h.manager.getAccessToken()).toBe('at-1-abcdefghijkl');
    expect(h.tokens()?.refreshToken).toBe('rt-1');
    h.advance(40_000);
    h.failNext(new TokenEndpointError('API_UNAVAILABLE', undefined, null, 503));
    await expect(h.manager.getAccessToken()).rejects.toMatchObject({ code: 'API_UNAVAILABLE' });
    expect(h.tokens()?.refreshToken).toBe('rt-1');
    expect(await h.manager.getAccessToken()).toBe('at-2-abcdefghijkl');
  });

  it('keeps the old refresh token when the server does not rotate or omits it', async () => {
    const h = await authorized({ rotate: false });
    h.advance(3_600_000);
    await h.manager.getAccessToken();
    expect(h.tokens()?.refreshToken).toBe('rt-2');
  });

  it('tokens of another API root or client do not count (settings changed)', async () => {
    const h = await authorized();
    h.secrets.set(SECRET_KEYS.tokens, { ...h.tokens()!, apiRoot: 'https://app.meucredere.com.br/api/v1' });
    await expect(h.manager.getAccessToken()).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
  });

  it('clear() forgets everything and removes the badge', async () => {
    const h = await authorized();
    await h.manager.clear();
    expect(h.tokens()).toBeUndefined();
    expect(h.badge.at(-1)).toBe(false);
    expect(h.secrets.get(SECRET_KEYS.clientSecret)).toBe('s3cret');
  });
});
