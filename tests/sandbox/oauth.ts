/**
 * Doorkeeper-like OAuth 2.0 authorization-code flow: /authorize (HTML login + consent),
 * /token (authorization_code and refresh_token grants, JSON or form bodies), /revoke.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { ADMIN_LOGIN } from '../seed/world';
import type { AppEnv, RouteModule } from './context';
import { OAuthError, oauthErrorResponse } from './errors';
import { loginPage, oauthErrorPage } from './oauth-pages';
import type { AccessToken, OAuthClient, SandboxState } from './state';

const KNOWN_SCOPES = new Set(['simulator', 'proposals', 'embedded']);

/** Form rules turn `+` into a space; a literal `%2B` arrives as `+` and means the same thing. */
export function normalizeScope(raw: string | null): string {
  return (raw ?? '').split(/[ +]+/).filter(Boolean).join(' ');
}

interface AuthorizeParams {
  response_type: string;
  client_id: string;
  redirect_uri: string;
  scope: string;
  state: string | null;
  code_challenge: string | null;
  code_challenge_method: string | null;
}

function readParams(source: URLSearchParams | Record<string, unknown>): AuthorizeParams {
  const get = (k: string): string | null => {
    const v = source instanceof URLSearchParams ? source.get(k) : source[k];
    return typeof v === 'string' ? v : null;
  };
  return {
    response_type: get('response_type') ?? '',
    client_id: get('client_id') ?? '',
    redirect_uri: get('redirect_uri') ?? '',
    scope: normalizeScope(get('scope')),
    state: get('state'),
    code_challenge: get('code_challenge'),
    code_challenge_method: get('code_challenge_method'),
  };
}

type Checked =
  | { kind: 'page'; status: 400; title: string; detail: string }
  | { kind: 'redirect'; url: string }
  | { kind: 'ok'; client: OAuthClient };

function redirectWith(redirectUri: string, params: Record<string, string | null>): string {
  const url = new URL(redirectUri);
  for (const [k, v] of Object.entries(params)) if (v !== null) url.searchParams.set(k, v);
  return url.toString();
}

function check(state: SandboxState, p: AuthorizeParams): Checked {
  const client = state.clients.get(p.client_id);
  if (!client)
    return {
      kind: 'page',
      status: 400,
      title: 'Cliente desconhecido (invalid_client)',
      detail: 'O parâmetro client_id não corresponde a nenhum aplicativo cadastrado no CREDERE.',
    };
  if (!p.redirect_uri || !client.redirectUris.has(p.redirect_uri))
    return {
      kind: 'page',
      status: 400,
      title: 'URI de redirecionamento inválida (invalid_redirect_uri)',
      detail: `O redirect_uri "${p.redirect_uri}" não está cadastrado para este aplicativo; ele precisa ser idêntico a um URI registrado.`,
    };
  const stateParam = state.config.authorizeStateOverride ?? p.state;
  const fail = (error: string, description: string) => ({
    kind: 'redirect' as const,
    url: redirectWith(p.redirect_uri, { error, error_description: description, state: stateParam }),
  });
  if (p.response_type !== 'code')
    return fail('unsupported_response_type', 'O servidor só aceita response_type=code.');
  const scopes = p.scope.split(' ').filter(Boolean);
  if (scopes.length === 0 || scopes.some((s) => !KNOWN_SCOPES.has(s)))
    return fail('invalid_scope', `Escopo inválido: "${p.scope}". Use "simulator proposals" ou "embedded".`);
  if (p.code_challenge && p.code_challenge_method && !['S256', 'plain'].includes(p.code_challenge_method))
    return fail('invalid_request', 'code_challenge_method deve ser S256 ou plain.');
  return { kind: 'ok', client };
}

function issueCode(state: SandboxState, p: AuthorizeParams, userId: number): string {
  const code = state.ids.token(20);
  state.codes.set(code, {
    code,
    clientId: p.client_id,
    redirectUri: p.redirect_uri,
    scope: p.scope,
    userId,
    codeChallenge: p.code_challenge,
    codeChallengeMethod: p.code_challenge
      ? ((p.code_challenge_method as 'S256' | 'plain' | null) ?? 'plain')
      : null,
    expiresAt: Date.now() + state.config.codeTtlSeconds * 1000,
    used: false,
  });
  return code;
}

function hiddenFields(p: AuthorizeParams): Record<string, string> {
  const out: Record<string, string> = {
    response_type: p.response_type,
    client_id: p.client_id,
    redirect_uri: p.redirect_uri,
    scope: p.scope,
  };
  if (p.state !== null) out.state = p.state;
  if (p.code_challenge) out.code_challenge = p.code_challenge;
  if (p.code_challenge_method) out.code_challenge_method = p.code_challenge_method;
  return out;
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export function pkceS256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

async function readBody(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (type.includes('application/json')) {
    try {
      const json = (await c.req.json()) as unknown;
      return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
    } catch {
      throw new OAuthError(400, 'invalid_request', 'Corpo JSON inválido.');
    }
  }
  const text = await c.req.text();
  return Object.fromEntries(new URLSearchParams(text));
}

function clientFromRequest(c: Context<AppEnv>, body: Record<string, unknown>) {
  const basic = c.req.header('authorization');
  if (basic?.toLowerCase().startsWith('basic ')) {
    const decoded = Buffer.from(basic.slice(6), 'base64').toString();
    const [id, secret] = decoded.split(':');
    return { id: decodeURIComponent(id ?? ''), secret: decodeURIComponent(secret ?? '') };
  }
  return {
    id: typeof body.client_id === 'string' ? body.client_id : '',
    secret: typeof body.client_secret === 'string' ? body.client_secret : null,
  };
}

function authenticateClient(
  state: SandboxState,
  c: Context<AppEnv>,
  body: Record<string, unknown>,
  pkceProven: boolean,
) {
  const creds = clientFromRequest(c, body);
  const client = state.clients.get(creds.id);
  if (!client)
    throw new OAuthError(401, 'invalid_client', 'Cliente desconhecido ou autenticação do cliente falhou.');
  if (creds.secret === null || creds.secret === '') {
    if (state.config.requireClientSecret || !pkceProven)
      throw new OAuthError(401, 'invalid_client', 'client_secret ausente: a autenticação do cliente falhou.');
    return client;
  }
  if (!safeEqual(creds.secret, client.secret))
    throw new OAuthError(401, 'invalid_client', 'client_secret incorreto: a autenticação do cliente falhou.');
  return client;
}

export function issueToken(
  state: SandboxState,
  clientId: string,
  userId: number,
  scope: string,
  family?: string,
) {
  const now = Date.now();
  const access: AccessToken = {
    token: state.ids.token(32),
    refreshToken: state.ids.token(32),
    clientId,
    userId,
    scope,
    createdAt: now,
    expiresAt: now + state.config.tokenTtlSeconds * 1000,
    revoked: false,
  };
  state.accessTokens.set(access.token, access);
  const refresh = access.refreshToken!;
  state.refreshTokens.set(refresh, {
    token: refresh,
    accessToken: access.token,
    clientId,
    userId,
    scope,
    family: family ?? refresh,
    revoked: false,
    rotatedOut: false,
  });
  return access;
}

function tokenResponse(state: SandboxState, access: AccessToken) {
  const omit = new Set(state.config.omitTokenFields);
  const body: Record<string, unknown> = {
    access_token: access.token,
    token_type: state.config.tokenType,
    expires_in: state.config.tokenTtlSeconds,
    refresh_token: access.refreshToken,
    scope: access.scope,
    created_at: Math.floor(access.createdAt / 1000),
    user: { id: access.userId },
  };
  for (const key of omit) delete body[key];
  return body;
}

function revokeFamily(state: SandboxState, family: string) {
  for (const rt of state.refreshTokens.values()) {
    if (rt.family !== family) continue;
    rt.revoked = true;
    const at = state.accessTokens.get(rt.accessToken);
    if (at) at.revoked = true;
  }
}

export const registerOAuth: RouteModule = (app, state) => {
  app.get('/api/v1/authorize', (c) => {
    const p = readParams(new URL(c.req.url).searchParams);
    const checked = check(state, p);
    if (checked.kind === 'page') return c.html(oauthErrorPage(checked.title, checked.detail), checked.status);
    if (checked.kind === 'redirect') return c.redirect(checked.url, 302);
    if (state.config.autoApprove) {
      const code = issueCode(state, p, ADMIN_LOGIN.credereUserId);
      return c.redirect(
        redirectWith(p.redirect_uri, { code, state: state.config.authorizeStateOverride ?? p.state }),
        302,
      );
    }
    return c.html(loginPage({ clientName: 'Ponte CREDERE', scope: p.scope, hidden: hiddenFields(p) }));
  });

  app.post('/api/v1/authorize', async (c) => {
    const form = Object.fromEntries(new URLSearchParams(await c.req.text()));
    const p = readParams(form);
    const checked = check(state, p);
    if (checked.kind === 'page') return c.html(oauthErrorPage(checked.title, checked.detail), checked.status);
    if (checked.kind === 'redirect') return c.redirect(checked.url, 302);
    const stateParam = state.config.authorizeStateOverride ?? p.state;
    if (form.decision === 'deny')
      return c.redirect(
        redirectWith(p.redirect_uri, {
          error: 'access_denied',
          error_description: 'O usuário negou o acesso.',
          state: stateParam,
        }),
        302,
      );
    if (form.username !== ADMIN_LOGIN.username || form.password !== ADMIN_LOGIN.password)
      return c.html(
        loginPage({
          clientName: 'Ponte CREDERE',
          scope: p.scope,
          hidden: hiddenFields(p),
          username: form.username,
          error: 'E-mail ou senha inválidos. Confira os dados e tente novamente.',
        }),
        401,
      );
    const code = issueCode(state, p, ADMIN_LOGIN.credereUserId);
    return c.redirect(redirectWith(p.redirect_uri, { code, state: stateParam }), 302);
  });

  app.post('/api/v1/token', async (c) => {
    try {
      const body = await readBody(c);
      const grant = typeof body.grant_type === 'string' ? body.grant_type : '';
      if (!grant) throw new OAuthError(400, 'invalid_request', 'grant_type ausente.');
      if (grant === 'authorization_code') return c.json(tokenResponse(state, exchangeCode(state, c, body)));
      if (grant === 'refresh_token') return c.json(tokenResponse(state, refresh(state, c, body)));
      throw new OAuthError(400, 'unsupported_grant_type', `grant_type "${grant}" não é suportado.`);
    } catch (err) {
      if (err instanceof OAuthError) return oauthErrorResponse(c, err);
      throw err;
    }
  });

  app.post('/api/v1/revoke', async (c) => {
    try {
      const body = await readBody(c);
      let token = typeof body.token === 'string' ? body.token : '';
      const bearer = c.req.header('authorization');
      if (!token && bearer?.toLowerCase().startsWith('bearer ')) token = bearer.slice(7).trim();
      if (!token) throw new OAuthError(400, 'invalid_request', 'Informe o token a revogar.');
      if (body.client_id || c.req.header('authorization')?.toLowerCase().startsWith('basic '))
        authenticateClient(state, c, body, false);
      const access = state.accessTokens.get(token);
      const rt =
        state.refreshTokens.get(token) ??
        (access?.refreshToken ? state.refreshTokens.get(access.refreshToken) : undefined);
      if (access) access.revoked = true;
      if (rt) {
        rt.revoked = true;
        const linked = state.accessTokens.get(rt.accessToken);
        if (linked) linked.revoked = true;
      }
      // RFC 7009: unknown tokens also get 200.
      return c.json({});
    } catch (err) {
      if (err instanceof OAuthError) return oauthErrorResponse(c, err);
      throw err;
    }
  });
};

function exchangeCode(state: SandboxState, c: Context<AppEnv>, body: Record<string, unknown>): AccessToken {
  const codeValue = typeof body.code === 'string' ? body.code : '';
  if (!codeValue) throw new OAuthError(400, 'invalid_request', 'Parâmetro code ausente.');
  const code = state.codes.get(codeValue);
  const verifier = typeof body.code_verifier === 'string' ? body.code_verifier : null;
  const client = authenticateClient(state, c, body, Boolean(code?.codeChallenge && verifier));
  if (!code || code.clientId !== client.id)
    throw new OAuthError(
      400,
      'invalid_grant',
      'O código de autorização é inválido ou foi emitido para outro cliente.',
    );
  if (code.used) throw new OAuthError(400, 'invalid_grant', 'O código de autorização já foi usado.');
  if (Date.now() > code.expiresAt)
    throw new OAuthError(400, 'invalid_grant', 'O código de autorização expirou.');
  const redirectUri = typeof body.redirect_uri === 'string' ? body.redirect_uri : '';
  if (redirectUri !== code.redirectUri)
    throw new OAuthError(400, 'invalid_grant', 'redirect_uri diferente do usado na autorização.');
  if (code.codeChallenge) {
    if (!verifier) throw new OAuthError(400, 'invalid_request', 'code_verifier ausente (PKCE).');
    const computed = code.codeChallengeMethod === 'S256' ? pkceS256(verifier) : verifier;
    if (!safeEqual(computed, code.codeChallenge))
      throw new OAuthError(400, 'invalid_grant', 'code_verifier não confere com o code_challenge (PKCE).');
  }
  code.used = true;
  return issueToken(state, client.id, code.userId, code.scope);
}

function refresh(state: SandboxState, c: Context<AppEnv>, body: Record<string, unknown>): AccessToken {
  const value = typeof body.refresh_token === 'string' ? body.refresh_token : '';
  if (!value) throw new OAuthError(400, 'invalid_request', 'Parâmetro refresh_token ausente.');
  const client = authenticateClient(state, c, body, true);
  const rt = state.refreshTokens.get(value);
  if (!rt || rt.clientId !== client.id)
    throw new OAuthError(400, 'invalid_grant', 'O refresh token é inválido.');
  if (rt.rotatedOut) {
    if (state.config.refreshReuseDetection) revokeFamily(state, rt.family);
    throw new OAuthError(400, 'invalid_grant', 'O refresh token já foi usado (rotação).');
  }
  if (rt.revoked) throw new OAuthError(400, 'invalid_grant', 'O refresh token foi revogado.');
  if (!state.config.rotateRefreshTokens) {
    const now = Date.now();
    const access: AccessToken = {
      token: state.ids.token(32),
      refreshToken: rt.token,
      clientId: rt.clientId,
      userId: rt.userId,
      scope: rt.scope,
      createdAt: now,
      expiresAt: now + state.config.tokenTtlSeconds * 1000,
      revoked: false,
    };
    state.accessTokens.set(access.token, access);
    rt.accessToken = access.token;
    return access;
  }
  rt.rotatedOut = true;
  return issueToken(state, rt.clientId, rt.userId, rt.scope, rt.family);
}
