/** Assembles the Hono app: request ids and recording, CORS, faults, Bearer, routes, errors. */
import { Hono } from 'hono';
import { bearerMiddleware } from './auth';
import { registerCatalog } from './catalog';
import type { SandboxConfig } from './config';
import type { AppEnv } from './context';
import { registerControl } from './control';
import { registerCustomers } from './customers';
import { registerDomains } from './domains';
import { ApiError, apiErrorResponse, errorBody, OAuthError, oauthErrorResponse } from './errors';
import { faultMiddleware } from './faults';
import { registerLeads } from './leads';
import { registerOAuth } from './oauth';
import { registerProposals } from './proposals';
import { registerSimulations } from './simulations';
import type { SandboxState } from './state';
import { registerVehicles } from './vehicles';

export function createApp(state: SandboxState, baseConfig: () => SandboxConfig) {
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id') ?? crypto.randomUUID();
    c.set('requestId', requestId);
    c.set('faultId', null);
    const isApi = c.req.path.startsWith('/api/');
    const started = Date.now();
    const url = new URL(c.req.url);
    const entry = isApi
      ? {
          seq: state.next('request'),
          at: new Date(started).toISOString(),
          method: c.req.method,
          path: c.req.path,
          query: url.search,
          status: null as number | null,
          storeId: c.req.header('store-id') ?? null,
          requestId,
          faultId: null as number | null,
          durationMs: null as number | null,
        }
      : null;
    if (entry) state.requests.push(entry);
    await next();
    c.header('X-Request-Id', requestId);
    if (entry) {
      entry.status = c.res.status;
      entry.faultId = c.get('faultId');
      entry.durationMs = Date.now() - started;
    }
  });

  app.use('/api/*', async (c, next) => {
    const origins = state.config.corsOrigins;
    const origin = c.req.header('origin');
    const allowed = origin && origins.length > 0 && (origins.includes('*') || origins.includes(origin));
    if (allowed) {
      c.header('Access-Control-Allow-Origin', origins.includes('*') ? '*' : origin);
      c.header('Vary', 'Origin');
      c.header('Access-Control-Expose-Headers', 'X-Request-Id, Retry-After, WWW-Authenticate');
    }
    if (c.req.method === 'OPTIONS' && allowed) {
      c.header('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
      c.header(
        'Access-Control-Allow-Headers',
        c.req.header('access-control-request-headers') ?? 'Authorization, Content-Type, Store-Id',
      );
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }
    await next();
  });

  app.use('/api/*', faultMiddleware(state));
  app.use('/api/v1/*', bearerMiddleware(state));

  for (const register of [
    registerOAuth,
    registerCatalog,
    registerDomains,
    registerVehicles,
    registerLeads,
    registerCustomers,
    registerSimulations,
    registerProposals,
    registerControl(baseConfig),
  ])
    register(app, state);

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return c.json(errorBody(404, 'Endpoint requested not found'), 404);
    return c.json({ error: 'Not found' }, 404);
  });

  app.onError((err, c) => {
    if (err instanceof ApiError) return apiErrorResponse(c, err);
    if (err instanceof OAuthError) return oauthErrorResponse(c, err);
    console.error('[sandbox] erro inesperado:', err);
    return c.json(errorBody(500, 'Internal Server Error'), 500);
  });

  return app;
}
