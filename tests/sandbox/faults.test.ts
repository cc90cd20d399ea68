import { beforeEach, describe, expect, it } from 'vitest';
import { control, customer, leadBody, pollSimulation, sandboxPerFile, simulationBody } from './test-helpers';

const env = sandboxPerFile({ processingDelayMs: 10 });
/** A second token, for the raw fetches that bypass the client. */
let token: string;
beforeEach(async () => {
  const issued = await control(env.sb, 'POST', '/tokens/issue', {});
  token = issued.json.access_token;
});

const fault = async (f: Record<string, unknown>) => {
  const res = await control(env.sb, 'POST', '/faults', f);
  expect(res.status).toBe(200);
  return res.json.faults[0];
};

const ana = customer('approved_everywhere');

async function withLead() {
  await env.api('POST', '/banks_api/leads', leadBody(ana));
}

describe('fault injection', () => {
  it('status code with JSON body, used `times` times, then normal again; recorded with its fault id', async () => {
    const f = await fault({
      method: 'GET',
      path: '/stores',
      times: 2,
      action: { type: 'status', status: 503 },
    });
    const first = await env.api('GET', '/stores');
    expect(first.status).toBe(503);
    expect(first.json).toEqual({ error: { message: 'Service Unavailable', status: 503 } });
    expect((await env.api('GET', '/stores')).status).toBe(503);
    expect((await env.api('GET', '/stores')).status).toBe(200);
    const reqs = (await control(env.sb, 'GET', '/requests?path=/stores')).json.requests;
    expect(reqs.map((r: { status: number; faultId: number | null }) => [r.status, r.faultId])).toEqual([
      [503, f.id],
      [503, f.id],
      [200, null],
    ]);
    expect((await control(env.sb, 'GET', '/faults')).json.faults[0]).toMatchObject({ hits: 2, remaining: 0 });
  });

  it('a custom JSON body and headers can be injected (e.g. a 403 from a gateway)', async () => {
    await fault({
      path: '/banks_api/leads/*',
      action: { type: 'status', status: 403, body: { error: 'forbidden' }, headers: { 'x-test': '1' } },
    });
    const res = await env.api('GET', `/banks_api/leads/${ana.cpf}`);
    expect(res.status).toBe(403);
    expect(res.json).toEqual({ error: 'forbidden' });
    expect(res.headers.get('x-test')).toBe('1');
  });

  it('HTML body from a proxy', async () => {
    await fault({ path: '/stores', action: { type: 'status', status: 502, html: true } });
    const res = await env.api('GET', '/stores');
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).toContain('<html>');
    expect(res.json).toBeNull();
  });

  it('5xx AFTER the simulation was created: the client sees 500, the simulation exists (indeterminate)', async () => {
    await withLead();
    await fault({
      method: 'POST',
      path: '/banks_api/simulations',
      phase: 'after',
      action: { type: 'status', status: 500 },
    });
    const res = await env.api('POST', '/banks_api/simulations', simulationBody(ana.cpf));
    expect(res.status).toBe(500);
    expect(res.json.data).toBeUndefined();
    const list = await env.api('GET', '/proposal_simulations?sort=created_at_desc&per_page=100');
    expect(list.json.data).toHaveLength(1);
    expect(list.json.data[0].lead.cpf_cnpj).toBe('529.982.247-25');
    await pollSimulation(env.api, list.json.data[0].uuid);
  });

  it('hang AFTER create: the client times out, the simulation exists', async () => {
    await withLead();
    await fault({ method: 'POST', path: '/banks_api/simulations', phase: 'after', action: { type: 'hang' } });
    const call = fetch(`${env.sb.apiRoot}/banks_api/simulations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'store-id': '3101' },
      body: JSON.stringify(simulationBody(ana.cpf)),
      signal: AbortSignal.timeout(200),
    });
    await expect(call).rejects.toThrow();
    expect((await env.api('GET', '/proposal_simulations')).json.data).toHaveLength(1);
  });

  it('hang with a duration answers 504 afterwards', async () => {
    await fault({ path: '/banks', action: { type: 'hang', ms: 120 } });
    const t0 = Date.now();
    const res = await env.api('GET', '/banks');
    expect(res.status).toBe(504);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(110);
  });

  it('429 with Retry-After', async () => {
    await fault({ path: '/banks_api/simulations/*', action: { type: 'rate_limit', retryAfter: 3 } });
    const res = await env.api('GET', '/banks_api/simulations/whatever');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(res.json.error.status).toBe(429);
  });

  it('truncated JSON keeps a JSON content type but does not parse', async () => {
    await fault({ path: '/banks', action: { type: 'truncate' } });
    const res = await env.api('GET', '/banks');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(() => JSON.parse(res.text)).toThrow();
  });

  it('drifted types: error as string/null, pre_approval_status as string, numbers as strings, optional objects missing', async () => {
    await withLead();
    const uuid = (await env.api('POST', '/banks_api/simulations', simulationBody(ana.cpf))).json.data.uuid;
    await pollSimulation(env.api, uuid);
    await fault({
      method: 'GET',
      path: '/banks_api/simulations/*',
      action: {
        type: 'drift',
        modes: [
          'error_as_string',
          'pre_approval_status_as_string',
          'numbers_as_strings',
          'drop_optional_objects',
        ],
      },
    });
    const drifted = (await env.api('GET', `/banks_api/simulations/${uuid}`)).json.data;
    const c = drifted.conditions[0];
    expect(c.error).toBeNull();
    expect(c.pre_approval_status).toBe('3');
    expect(typeof c.first_installment_value).toBe('string');
    expect(typeof c.interest_monthly).toBe('string');
    expect(typeof c.id).toBe('number');
    expect(c.payment_flow).toBeUndefined();
    expect(c.expenses).toBeUndefined();
    // One use only: the next read is clean.
    const clean = (await env.api('GET', `/banks_api/simulations/${uuid}`)).json.data.conditions[0];
    expect(clean.pre_approval_status).toBe(3);
    expect(clean.error).toBe(false);
  });

  it('per-endpoint latency, unlimited until removed', async () => {
    const f = await fault({ path: '/banks', times: null, action: { type: 'latency', ms: 150 } });
    for (let i = 0; i < 2; i++) {
      const t0 = Date.now();
      expect((await env.api('GET', '/banks')).status).toBe(200);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    }
    const t0 = Date.now();
    await env.api('GET', '/stores');
    expect(Date.now() - t0).toBeLessThan(140);
    await control(env.sb, 'DELETE', `/faults/${f.id}`);
    const t1 = Date.now();
    await env.api('GET', '/banks');
    expect(Date.now() - t1).toBeLessThan(140);
  });

  it('disconnect drops the connection (network error for the client)', async () => {
    await fault({ path: '/stores', action: { type: 'disconnect' } });
    await expect(env.api('GET', '/stores')).rejects.toThrow();
    expect((await env.api('GET', '/stores')).status).toBe(200);
  });

  it('method and glob matching: a GET-only fault leaves POST alone; transient 502 then success on GETs', async () => {
    await withLead();
    await fault({
      method: 'GET',
      path: '/banks_api/simulations/*',
      times: 1,
      action: { type: 'status', status: 502 },
    });
    const created = await env.api('POST', '/banks_api/simulations', simulationBody(ana.cpf));
    expect(created.status).toBe(200);
    expect((await env.api('GET', `/banks_api/simulations/${created.json.data.uuid}`)).status).toBe(502);
    expect((await env.api('GET', `/banks_api/simulations/${created.json.data.uuid}`)).status).toBe(200);
  });

  it('faults can hit the token endpoint too (OAuth outage)', async () => {
    await fault({ method: 'POST', path: '/token', action: { type: 'status', status: 503 } });
    const res = await fetch(`${env.sb.apiRoot}/token`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(503);
  });

  it('an invalid fault definition is refused', async () => {
    const res = await control(env.sb, 'POST', '/faults', { action: { type: 'status', status: 500 } });
    expect(res.status).toBe(400);
  });
});

describe('CORS', () => {
  const origin = 'chrome-extension://lnnkbpfghhmdmheogongdnblomoaeecl';
  it('no CORS headers by default', async () => {
    const res = await fetch(`${env.sb.apiRoot}/stores`, {
      headers: { origin, authorization: `Bearer ${token}` },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('configured origins get preflight and response headers', async () => {
    await control(env.sb, 'PATCH', '/config', { corsOrigins: [origin] });
    const pre = await fetch(`${env.sb.apiRoot}/stores`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization,store-id',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
    expect(pre.headers.get('access-control-allow-headers')).toContain('store-id');
    const res = await fetch(`${env.sb.apiRoot}/stores`, {
      headers: { origin, authorization: `Bearer ${token}` },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    const other = await fetch(`${env.sb.apiRoot}/stores`, {
      headers: { origin: 'https://evil.example', authorization: `Bearer ${token}` },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
