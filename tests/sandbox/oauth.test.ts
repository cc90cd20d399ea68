import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_ID, CLIENT_SECRET, SEED_REDIRECT_URIS } from './seed';
import type { RunningSandbox } from './server';
import {
  apiClient,
  authorizeCode,
  authorizeUrl,
  control,
  login,
  pkcePair,
  REDIRECT_URI,
  start,
  submitLogin,
  tokenRequest,
} from './test-helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start();
});
afterAll(() => sb.close());
beforeEach(async () => {
  await control(sb, 'POST', '/reset', { config: { processingDelayMs: 15 } });
});

const exchange = (code: string, extra: Record<string, string> = {}) =>
  tokenRequest(sb, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
    ...extra,
  });

const refresh = (refreshToken: string) =>
  tokenRequest(sb, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
  });

describe('authorize', () => {
  it('shows an HTML error page (no redirect) for an unregistered redirect_uri', async () => {
    const res = await fetch(authorizeUrl(sb, { redirect_uri: 'https://evil.example/cb' }), {
      redirect: 'manual',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('redirect_uri');
  });

  it('requires an exact redirect_uri match (no trailing-slash or prefix leniency)', async () => {
    const almost = SEED_REDIRECT_URIS[1]!.concat('/');
    const res = await fetch(authorizeUrl(sb, { redirect_uri: almost }), { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });

  it('shows an error page for an unknown client', async () => {
    const res = await fetch(authorizeUrl(sb, { client_id: 'someone-else' }), { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('client_id');
  });

  it('accepts a redirect URI registered through the control API', async () => {
    await control(sb, 'POST', '/redirect-uris', { uri: 'http://127.0.0.1:9999/cb' });
    const res = await fetch(authorizeUrl(sb, { redirect_uri: 'http://127.0.0.1:9999/cb' }), {
      redirect: 'manual',
    });
    expect(res.status).toBe(200);
  });

  it('decodes scope by form rules and also accepts a literal %2B', async () => {
    for (const scope of ['simulator+proposals', 'simulator%2Bproposals', 'simulator%20proposals']) {
      const html = await (await fetch(authorizeUrl(sb, { scope }))).text();
      expect(html).toContain('name="scope" value="simulator proposals"');
    }
  });

  it('redirects with error=invalid_scope for an unknown scope and unsupported_response_type for a non-code flow', async () => {
    let res = await fetch(authorizeUrl(sb, { scope: 'admin' }), { redirect: 'manual' });
    expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe('invalid_scope');
    res = await fetch(authorizeUrl(sb, { response_type: 'token' }), { redirect: 'manual' });
    const loc = new URL(res.headers.get('location')!);
    expect(loc.searchParams.get('error')).toBe('unsupported_response_type');
    expect(loc.searchParams.get('state')).toBe('st-123');
  });

  it('denial redirects with error=access_denied and the state', async () => {
    const res = await submitLogin(sb, { state: 'abc' }, 'deny');
    expect(res.status).toBe(302);
    const loc = new URL(res.headers.get('location')!);
    expect(loc.searchParams.get('error')).toBe('access_denied');
    expect(loc.searchParams.get('state')).toBe('abc');
    expect(loc.searchParams.get('code')).toBeNull();
  });

  it('wrong password re-renders the page with an error and no redirect', async () => {
    const res = await submitLogin(sb, { password: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('E-mail ou senha inválidos');
  });

  it('autoApprove redirects at once; authorizeStateOverride tampers the state', async () => {
    await control(sb, 'PATCH', '/config', { autoApprove: true, authorizeStateOverride: 'tampered' });
    const res = await fetch(authorizeUrl(sb, {}), { redirect: 'manual' });
    const loc = new URL(res.headers.get('location')!);
    expect(loc.searchParams.get('code')).toBeTruthy();
    expect(loc.searchParams.get('state')).toBe('tampered');
  });
});

describe('token', () => {
  it('accepts form-encoded bodies', async () => {
    const code = await authorizeCode(sb);
    const res = await tokenRequest(
      sb,
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT_URI,
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
      },
      true,
    );
    expect(res.status).toBe(200);
    expect(res.json.refresh_token).toBeTruthy();
  });

  it('codes are single-use', async () => {
    const code = await authorizeCode(sb);
    expect((await exchange(code)).status).toBe(200);
    const again = await exchange(code);
    expect(again.status).toBe(400);
    expect(again.json.error).toBe('invalid_grant');
  });

  it('redirect_uri at /token must match the one used at /authorize', async () => {
    const code = await authorizeCode(sb);
    const res = await exchange(code, { redirect_uri: SEED_REDIRECT_URIS[1]! });
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('invalid_grant');
  });

  it('wrong or missing client_secret → 401 invalid_client', async () => {
    const code = await authorizeCode(sb);
    const res = await exchange(code, { client_secret: 'nope' });
    expect(res.status).toBe(401);
    expect(res.json.error).toBe('invalid_client');
    const res2 = await tokenRequest(sb, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
    });
    expect(res2.status).toBe(401);
  });

  it('unsupported grant type and missing parameters', async () => {
    const res = await tokenRequest(sb, {
      grant_type: 'password',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('unsupported_grant_type');
    const res2 = await tokenRequest(sb, {
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
    expect(res2.json.error).toBe('invalid_request');
  });

  it('PKCE S256: the right verifier passes, a wrong one fails, a missing one fails', async () => {
    const { verifier, challenge } = pkcePair();
    const params = { code_challenge: challenge, code_challenge_method: 'S256' };
    const ok = await exchange(await authorizeCode(sb, params), { code_verifier: verifier });
    expect(ok.status).toBe(200);
    const bad = await exchange(await authorizeCode(sb, params), { code_verifier: pkcePair().verifier });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toBe('invalid_grant');
    const missing = await exchange(await authorizeCode(sb, params));
    expect(missing.status).toBe(400);
    expect(missing.json.error).toBe('invalid_request');
  });

  it('public client with PKCE may skip the secret only when requireClientSecret is false', async () => {
    await control(sb, 'PATCH', '/config', { requireClientSecret: false });
    const { verifier, challenge } = pkcePair();
    const code = await authorizeCode(sb, { code_challenge: challenge, code_challenge_method: 'S256' });
    const res = await tokenRequest(sb, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
      code_verifier: verifier,
    });
    expect(res.status).toBe(200);
  });

  it('refresh rotates: new refresh token each time, the old one → invalid_grant', async () => {
    const first = await login(sb);
    const r1 = await refresh(first.refresh_token);
    expect(r1.status).toBe(200);
    expect(r1.json.refresh_token).not.toBe(first.refresh_token);
    expect(r1.json.access_token).not.toBe(first.access_token);
    const reuse = await refresh(first.refresh_token);
    expect(reuse.status).toBe(400);
    expect(reuse.json.error).toBe('invalid_grant');
    expect((await refresh(r1.json.refresh_token)).status).toBe(200);
  });

  it('reuse detection revokes the whole family when enabled', async () => {
    await control(sb, 'PATCH', '/config', { refreshReuseDetection: true });
    const first = await login(sb);
    const r1 = await refresh(first.refresh_token);
    expect((await refresh(first.refresh_token)).status).toBe(400);
    expect((await refresh(r1.json.refresh_token)).json.error).toBe('invalid_grant');
    expect((await apiClient(sb, r1.json.access_token, null)('GET', '/stores')).status).toBe(401);
  });

  it('without rotation the same refresh token keeps working', async () => {
    await control(sb, 'PATCH', '/config', { rotateRefreshTokens: false });
    const first = await login(sb);
    const r1 = await refresh(first.refresh_token);
    expect(r1.json.refresh_token).toBe(first.refresh_token);
    expect((await refresh(first.refresh_token)).status).toBe(200);
  });

  it('omitTokenFields leaves refresh_token / expires_in out of the response', async () => {
    await control(sb, 'PATCH', '/config', { omitTokenFields: ['refresh_token', 'expires_in'] });
    const code = await authorizeCode(sb);
    const res = await exchange(code);
    expect(res.json.access_token).toBeTruthy();
    expect('refresh_token' in res.json).toBe(false);
    expect('expires_in' in res.json).toBe(false);
  });
});

describe('bearer enforcement, expiry, revoke, scope', () => {
  const expect401 = (res: { status: number; json: unknown; headers: Headers }) => {
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ error: { message: 'Unauthorized', status: 401 } });
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
  };

  it('missing and unknown tokens get 401 with WWW-Authenticate', async () => {
    const res = await fetch(`${sb.apiRoot}/stores`);
    expect401({ status: res.status, json: await res.json(), headers: res.headers });
    expect401(await apiClient(sb, 'not-a-token', null)('GET', '/stores'));
  });

  it('tokens expire after expires_in (short TTL)', async () => {
    await control(sb, 'PATCH', '/config', { tokenTtlSeconds: 1 });
    const tok = await login(sb);
    const api = apiClient(sb, tok.access_token, null);
    expect((await api('GET', '/stores')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    expect401(await api('GET', '/stores'));
    // The refresh token still works after the access token expired.
    expect((await refresh(tok.refresh_token)).status).toBe(200);
  });

  it('control API can expire a token now, mid-flow', async () => {
    const tok = await login(sb);
    const api = apiClient(sb, tok.access_token, null);
    expect((await api('GET', '/stores')).status).toBe(200);
    await control(sb, 'POST', '/tokens/expire', { access_token: tok.access_token });
    expect401(await api('GET', '/stores'));
  });

  it('control API can revoke refresh tokens, forcing a new login', async () => {
    const tok = await login(sb);
    await control(sb, 'POST', '/tokens/revoke-refresh', {});
    const res = await refresh(tok.refresh_token);
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('invalid_grant');
  });

  it('/revoke kills the access token and its refresh token', async () => {
    const tok = await login(sb);
    const res = await fetch(`${sb.apiRoot}/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: tok.access_token, client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
    });
    expect(res.status).toBe(200);
    expect401(await apiClient(sb, tok.access_token, null)('GET', '/stores'));
    expect((await refresh(tok.refresh_token)).json.error).toBe('invalid_grant');
  });

  it('an embedded-scope token can read but gets 403 on writes', async () => {
    await control(sb, 'PATCH', '/config', { autoApprove: true });
    const res = await fetch(authorizeUrl(sb, { scope: 'embedded' }), { redirect: 'manual' });
    const code = new URL(res.headers.get('location')!).searchParams.get('code')!;
    const tok = await exchange(code);
    expect(tok.json.scope).toBe('embedded');
    const api = apiClient(sb, tok.json.access_token, 3101);
    expect((await api('GET', '/stores')).status).toBe(200);
    const write = await api('POST', '/banks_api/leads', { lead: { cpf_cnpj: '52998224725', name: 'X' } });
    expect(write.status).toBe(403);
    expect(write.json.error.status).toBe(403);
  });
});
