/** Bearer enforcement, scope rules and Store-Id scoping for /api/v1 resources. */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './context';
import { ApiError, unauthorized } from './errors';
import type { SandboxState } from './state';

const OAUTH_PATHS = new Set(['/api/v1/authorize', '/api/v1/token', '/api/v1/revoke']);

export function bearerMiddleware(state: SandboxState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (OAUTH_PATHS.has(c.req.path) || c.req.method === 'OPTIONS') return next();
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const token = match ? state.accessTokens.get(match[1] ?? '') : undefined;
    if (!token || token.revoked || Date.now() >= token.expiresAt) throw unauthorized();
    const scopes = token.scope.split(' ');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      if (scopes.includes('embedded') && !scopes.includes('simulator') && !scopes.includes('proposals'))
        throw insufficientScope('o escopo "embedded" não permite operações de escrita');
      const path = c.req.path;
      if (
        (path.startsWith('/api/v1/proposals') || path.startsWith('/api/v1/customers')) &&
        !scopes.includes('proposals')
      )
        throw insufficientScope('é necessário o escopo "proposals"');
    }
    c.set('token', token);
    await next();
  };
}

function insufficientScope(reason: string) {
  return new ApiError(
    403,
    `Forbidden: ${reason}.`,
    {},
    { 'WWW-Authenticate': 'Bearer realm="Doorkeeper", error="insufficient_scope"' },
  );
}

/** Stores the token's user may act in (the admin's account; the foreign store is not one of them). */
export function userStoreIds(state: SandboxState, userId: number): number[] {
  const user = state.users.find((u) => u.id === userId);
  return user ? user.storeIds.filter((id) => state.storeById(id)?.ownedByAdmin) : [];
}

/** Resolve and check a store id (from the Store-Id header or elsewhere) for the current token. */
export function resolveStore(
  state: SandboxState,
  c: Context<AppEnv>,
  raw: string | undefined | null,
  source = 'Store-Id',
): number {
  if (raw === undefined || raw === null || raw.trim() === '')
    throw new ApiError(400, `Cabeçalho ${source} ausente: informe o id da loja CREDERE.`);
  const id = Number(raw.trim());
  if (!Number.isInteger(id) || id <= 0)
    throw new ApiError(400, `${source} inválido: "${raw}" não é um id de loja.`);
  const store = state.storeById(id);
  if (!store)
    throw new ApiError(404, `Couldn't find Store with 'id'=${id}`, { class: 'ActiveRecord::RecordNotFound' });
  const token = c.get('token');
  if (!userStoreIds(state, token.userId).includes(id))
    throw new ApiError(403, `Forbidden: o usuário não tem acesso à loja ${id}.`);
  if (!store.active) throw new ApiError(403, `Forbidden: a loja ${id} está inativa.`);
  return id;
}

export function storeScoped(state: SandboxState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('storeId', resolveStore(state, c, c.req.header('store-id')));
    await next();
  };
}
