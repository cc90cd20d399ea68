/**
 * Sandbox-only control API under /__control (JSON), never under /api/v1: reset, config,
 * fault injection, token tricks, proposal states, recorded requests and webhooks.
 * Plus a webhook receiver at /__sink/{name} for tests and the demo.
 */
import type { Context } from 'hono';
import { ADMIN_LOGIN } from '../seed/world';
import { mergeConfig, type SandboxConfig } from './config';
import type { AppEnv, RouteModule } from './context';
import { addFault, type FaultInput } from './faults';
import { issueToken } from './oauth';
import { changeState, proposalJson } from './proposals';
import { CLIENT_ID } from './seed';
import { flushSimulation } from './simulations';
import { isPlainObject } from './util';
import { releaseHeldWebhooks } from './webhooks';

async function body(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  const parsed = JSON.parse(text) as unknown;
  if (!isPlainObject(parsed)) throw new Error('O corpo deve ser um objeto JSON.');
  return parsed;
}

const bad = (c: Context<AppEnv>, message: string, status: 400 | 404 = 400) =>
  c.json({ error: message }, status);

export function registerControl(baseConfig: () => SandboxConfig): RouteModule {
  return (app, state) => {
    const ctl = '/__control';

    app.get(ctl, (c) =>
      c.json({
        endpoints: [
          'POST /__control/reset {config?}',
          'GET|PATCH /__control/config',
          'GET|POST|DELETE /__control/faults, DELETE /__control/faults/:id',
          'POST /__control/tokens/issue {scope?, ttl_seconds?}',
          'GET /__control/tokens',
          'POST /__control/tokens/expire {access_token?}',
          'POST /__control/tokens/revoke {access_token?}',
          'POST /__control/tokens/revoke-refresh {refresh_token?}',
          'GET|POST /__control/redirect-uris {uri}',
          'POST /__control/stores/:id {active?, integrated_banks?}, DELETE /__control/stores/:id',
          'GET /__control/simulations, POST /__control/simulations/:uuid/flush',
          'GET /__control/proposals, POST /__control/proposals/:id/state {state, force?, integration_error?}',
          'GET|DELETE /__control/requests',
          'GET|DELETE /__control/webhooks, POST /__control/webhooks/release',
          'GET|DELETE /__control/sink, POST /__sink/:name?status=',
        ],
      }),
    );

    app.post(`${ctl}/reset`, async (c) => {
      try {
        const b = await body(c);
        state.reset(mergeConfig(baseConfig(), (b.config as Partial<SandboxConfig>) ?? undefined));
        return c.json({ ok: true, config: state.config });
      } catch (err) {
        return bad(c, (err as Error).message);
      }
    });

    app.get(`${ctl}/config`, (c) => c.json({ config: state.config }));
    const setConfig = async (c: Context<AppEnv>) => {
      try {
        const b = await body(c);
        state.config = mergeConfig(
          state.config,
          (isPlainObject(b.config) ? b.config : b) as Partial<SandboxConfig>,
        );
        return c.json({ config: state.config });
      } catch (err) {
        return bad(c, (err as Error).message);
      }
    };
    app.patch(`${ctl}/config`, setConfig);
    app.post(`${ctl}/config`, setConfig);

    app.get(`${ctl}/faults`, (c) => c.json({ faults: state.faults }));
    app.post(`${ctl}/faults`, async (c) => {
      try {
        const b = await body(c);
        const inputs = (Array.isArray(b.faults) ? b.faults : [b]) as FaultInput[];
        return c.json({ faults: inputs.map((f) => addFault(state, f)) });
      } catch (err) {
        return bad(c, (err as Error).message);
      }
    });
    app.delete(`${ctl}/faults`, (c) => {
      state.faults = [];
      return c.json({ ok: true });
    });
    app.delete(`${ctl}/faults/:id`, (c) => {
      const before = state.faults.length;
      state.faults = state.faults.filter((f) => f.id !== Number(c.req.param('id')));
      return before === state.faults.length ? bad(c, 'Falha não encontrada.', 404) : c.json({ ok: true });
    });

    app.post(`${ctl}/tokens/issue`, async (c) => {
      const b = await body(c);
      const scope = typeof b.scope === 'string' ? b.scope : 'simulator proposals';
      const token = issueToken(state, CLIENT_ID, ADMIN_LOGIN.credereUserId, scope);
      if (typeof b.ttl_seconds === 'number') token.expiresAt = token.createdAt + b.ttl_seconds * 1000;
      return c.json({
        access_token: token.token,
        refresh_token: token.refreshToken,
        token_type: 'Bearer',
        expires_in: Math.round((token.expiresAt - token.createdAt) / 1000),
        scope,
        created_at: Math.floor(token.createdAt / 1000),
      });
    });

    app.get(`${ctl}/tokens`, (c) =>
      c.json({
        access_tokens: [...state.accessTokens.values()].map((t) => ({
          token_prefix: t.token.slice(0, 8),
          scope: t.scope,
          expires_at: new Date(t.expiresAt).toISOString(),
          expired: Date.now() >= t.expiresAt,
          revoked: t.revoked,
        })),
        refresh_tokens: [...state.refreshTokens.values()].map((t) => ({
          token_prefix: t.token.slice(0, 8),
          revoked: t.revoked,
          rotated_out: t.rotatedOut,
        })),
      }),
    );

    app.post(`${ctl}/tokens/expire`, async (c) => {
      const b = await body(c);
      let count = 0;
      for (const t of state.accessTokens.values())
        if (!b.access_token || t.token === b.access_token) {
          t.expiresAt = Math.min(t.expiresAt, Date.now() - 1);
          count++;
        }
      return c.json({ expired: count });
    });

    app.post(`${ctl}/tokens/revoke`, async (c) => {
      const b = await body(c);
      let count = 0;
      for (const t of state.accessTokens.values())
        if (!b.access_token || t.token === b.access_token) {
          t.revoked = true;
          count++;
        }
      return c.json({ revoked: count });
    });

    app.post(`${ctl}/tokens/revoke-refresh`, async (c) => {
      const b = await body(c);
      let count = 0;
      for (const t of state.refreshTokens.values())
        if (!b.refresh_token || t.token === b.refresh_token) {
          t.revoked = true;
          count++;
        }
      return c.json({ revoked: count });
    });

    app.get(`${ctl}/redirect-uris`, (c) =>
      c.json({ redirect_uris: [...(state.clients.get(CLIENT_ID)?.redirectUris ?? [])] }),
    );
    app.post(`${ctl}/redirect-uris`, async (c) => {
      const b = await body(c);
      const uris = (Array.isArray(b.uris) ? b.uris : [b.uri]).filter(
        (u): u is string => typeof u === 'string',
      );
      if (uris.length === 0) return bad(c, 'Informe "uri" (ou "uris").');
      for (const uri of uris) {
        try {
          new URL(uri);
        } catch {
          return bad(c, `URI inválida: ${uri}`);
        }
        state.clients.get(CLIENT_ID)?.redirectUris.add(uri);
      }
      return c.json({ redirect_uris: [...(state.clients.get(CLIENT_ID)?.redirectUris ?? [])] });
    });

    app.post(`${ctl}/stores/:id`, async (c) => {
      const store = state.storeById(Number(c.req.param('id')));
      if (!store) return bad(c, 'Loja não encontrada.', 404);
      const b = await body(c);
      if (typeof b.active === 'boolean') store.active = b.active;
      if (Array.isArray(b.integrated_banks)) state.integrated[store.id] = b.integrated_banks.map(String);
      return c.json({ store, integrated_banks: state.integrated[store.id] ?? [] });
    });
    app.delete(`${ctl}/stores/:id`, (c) => {
      const id = Number(c.req.param('id'));
      if (!state.storeById(id)) return bad(c, 'Loja não encontrada.', 404);
      state.stores = state.stores.filter((s) => s.id !== id);
      return c.json({ ok: true });
    });

    app.get(`${ctl}/simulations`, (c) =>
      c.json({
        simulations: state.simulations.map((s) => ({
          uuid: s.uuid,
          store_id: s.storeId,
          finished: s.finished,
          pending: s.conditions.filter((x) => !x.processed).length,
          conditions: s.conditions.length,
        })),
      }),
    );
    app.post(`${ctl}/simulations/:uuid/flush`, (c) => {
      const sim = state.simulations.find((s) => s.uuid === c.req.param('uuid'));
      if (!sim) return bad(c, 'Simulação não encontrada.', 404);
      flushSimulation(state, sim);
      return c.json({ data: sim.data });
    });

    app.get(`${ctl}/proposals`, (c) =>
      c.json({
        proposals: state.proposals.map((p) => ({ id: p.id, store_id: p.storeId, state: p.body.state })),
      }),
    );
    app.post(`${ctl}/proposals/:id/state`, async (c) => {
      const p = state.proposals.find((x) => x.id === Number(c.req.param('id')));
      if (!p) return bad(c, 'Proposta não encontrada.', 404);
      const b = await body(c);
      if (typeof b.state !== 'string') return bad(c, 'Informe "state".');
      try {
        changeState(state, p, b.state, {
          force: b.force === true,
          integrationError: b.integration_error,
          bankProposalIdentifier:
            typeof b.bank_proposal_identifier === 'string' ? b.bank_proposal_identifier : undefined,
        });
      } catch (err) {
        return bad(c, (err as Error).message);
      }
      return c.json({ proposal: proposalJson(state, p) });
    });

    app.get(`${ctl}/requests`, (c) => {
      const q = c.req.query();
      const list = state.requests.filter(
        (r) =>
          (!q.method || r.method === q.method.toUpperCase()) &&
          (!q.path || r.path.includes(q.path)) &&
          (!q.status || String(r.status) === q.status),
      );
      return c.json({ requests: list });
    });
    app.delete(`${ctl}/requests`, (c) => {
      state.requests = [];
      return c.json({ ok: true });
    });

    app.get(`${ctl}/webhooks`, (c) =>
      c.json({ deliveries: state.webhooks, held: [...state.heldWebhooks.values()].flat() }),
    );
    app.delete(`${ctl}/webhooks`, (c) => {
      state.webhooks = [];
      return c.json({ ok: true });
    });
    app.post(`${ctl}/webhooks/release`, (c) => c.json({ released: releaseHeldWebhooks(state) }));

    app.get(`${ctl}/sink`, (c) => {
      const name = c.req.query('name');
      return c.json({ hits: state.sink.filter((h) => !name || h.name === name) });
    });
    app.delete(`${ctl}/sink`, (c) => {
      state.sink = [];
      return c.json({ ok: true });
    });

    app.post('/__sink/:name', async (c) => {
      const text = await c.req.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Non-JSON bodies are kept as text.
      }
      state.sink.push({
        seq: state.next('sink'),
        at: new Date().toISOString(),
        name: c.req.param('name'),
        headers: Object.fromEntries(c.req.raw.headers),
        body: parsed,
      });
      const status = Number(c.req.query('status') ?? 200);
      return c.json({ received: true }, (status >= 200 && status <= 599 ? status : 200) as 200);
    });
  };
}
