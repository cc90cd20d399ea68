import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCredereClient } from '../../../lib/api/client';
import type { CredereApi } from '../../../lib/api/credere-api';
import type { TokenSource } from '../../../lib/api/http';
import { AppError } from '../../../lib/errors';
import { type RunningSandbox, startSandbox } from '../../sandbox/server';

let sandbox: RunningSandbox;
let token: string;

async function control(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') {
  const response = await fetch(`${sandbox.origin}/__control${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${path}: ${response.status}`);
  return response.json();
}

async function issueToken(): Promise<string> {
  return ((await control('/tokens/issue', {})) as { access_token: string }).access_token;
}

function client(
  extra: Partial<Parameters<typeof createCredereClient>[0]> = {},
  tokens?: TokenSource,
): CredereApi {
  return createCredereClient({
    apiRoot: sandbox.apiRoot,
    tokens: tokens ?? { getAccessToken: async () => token, refreshAfterUnauthorized: async () => token },
    backoffBaseMs: 10,
    ...extra,
  });
}

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

async function requests(path: string, method = 'GET') {
  return (
    (await control(`/requests?method=${method}&path=${encodeURIComponent(path)}`)) as { requests: unknown[] }
  ).requests;
}

beforeAll(async () => {
  sandbox = await startSandbox({ config: { processingDelayMs: 10, hangMaxMs: 5_000 } });
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await control('/reset', {});
  token = await issueToken();
});

describe('CREDERE client against the sandbox', () => {
  it('lists stores, banks, integrated banks (both shapes), users and domains as domain types', async () => {
    const api = client();
    const stores = await api.listStores();
    expect(stores.map((s) => s.id)).toEqual(['3101', '3102', '3103']);
    expect(stores[0]).toMatchObject({ cnpj: '11222333000181', active: true, displayName: 'AUTOSUL MATRIZ' });
    const banks = await api.listBanks();
    expect(banks.find((b) => b.code === '655')).toEqual({
      id: '90',
      code: '655',
      name: expect.any(String),
      tradename: 'Banco Votorantim',
    });
    const integrated = await api.listIntegratedBanks('3102');
    expect(integrated.map((b) => b.code)).toEqual(['033', '341', '623', '655', '336']);
    expect(integrated.every((b) => b.enabled)).toBe(true);
    await control('/config', { integratedBanksShape: 'integrated_banks' }, 'PATCH');
    expect((await api.listIntegratedBanks('3102')).map((b) => b.code)).toEqual([
      '033',
      '341',
      '623',
      '655',
      '336',
    ]);
    expect((await api.getCurrentUser()).name).toBe('Gerente Autosul');
    expect((await api.listSellers('3101')).map((u) => u.id).sort()).toEqual(['42101', '42102']);
    const lead = await api.listLeadDomains();
    expect(lead.professions.find((p) => p.identifier === 'administrador')).toBeTruthy();
    const customer = await api.listCustomerDomains(['profession', 'states']);
    expect(customer.profession).toHaveLength(336);
    expect(customer.profession!.find((p) => p.identifier === 'administrador')?.id).toBe('2');
    expect(customer.states!.find((s) => s.abbreviation === 'SP')?.id).toBe('25');
  });

  it('follows pagination until a short page (sandbox default page size 25)', async () => {
    const api = client();
    const models = await api.findVehicleModels({ fipeCode: '005520-4', year: 2024 });
    expect(models.map((m) => m.id)).toEqual(['70101']);
    expect(models[0]).toMatchObject({ molicarCode: '01906112-2', yearStart: 2020 });
  });

  it('getLead returns null on 404 and upsertLead creates then updates', async () => {
    const api = client();
    expect(await api.getLead('3101', '529.982.247-25')).toBeNull();
    const created = await api.upsertLead('3101', {
      cpfCnpj: '529.982.247-25',
      name: 'Ana Paula Ribeiro',
      phoneNumber: '(11) 98765-4321',
      hasCnh: true,
      monthlyIncomeCents: 850000,
      professionIdentifier: 'administrador',
    });
    expect(created).toMatchObject({ cpfCnpj: '52998224725', professionIdentifier: 'administrador' });
    const updated = await api.upsertLead('3101', { cpfCnpj: '52998224725', email: 'ana@example.test' });
    expect(updated.email).toBe('ana@example.test');
    const required = await api.getLeadRequiredFields('3101', '71460238001');
    expect(required.requirements['address.zip_code']).toContain('623');
  });

  it('upsertLead of a lead known to exist is one PUT; if CREDERE no longer has it, a create', async () => {
    const api = client();
    await api.upsertLead('3101', { cpfCnpj: '529.982.247-25', name: 'Ana Paula Ribeiro', hasCnh: true });
    await control('/requests', undefined, 'DELETE');
    const updated = await api.upsertLead(
      '3101',
      { cpfCnpj: '529.982.247-25', email: 'ana@example.test' },
      { knownToExist: true },
    );
    expect(updated.email).toBe('ana@example.test');
    expect(await requests('/banks_api/leads/52998224725', 'GET')).toHaveLength(0);
    expect(await requests('/banks_api/leads/52998224725', 'PUT')).toHaveLength(1);

    // Believed to exist, but absent: the 404 on the PUT turns into a create.
    const created = await api.upsertLead(
      '3101',
      { cpfCnpj: '390.533.447-05', name: 'Carla Souza Mendes', hasCnh: true },
      { knownToExist: true },
    );
    expect(created.cpfCnpj).toBe('39053344705');
    expect(await requests('/banks_api/leads/39053344705', 'PUT')).toHaveLength(1);
    expect(await requests('/banks_api/leads', 'POST')).toHaveLength(1);
  });

  it('upsertLead from two windows at once: the one whose create is refused updates instead', async () => {
    const api = client();
    const input = { cpfCnpj: '390.533.447-05', name: 'Carla Souza Mendes', hasCnh: true };
    // Both look-ups answer "no lead" before either create lands: the race two windows can hit.
    await control('/faults', {
      method: 'GET',
      path: '/api/v1/banks_api/leads/39053344705',
      times: 2,
      action: { type: 'latency', ms: 150 },
    });

    const [first, second] = await Promise.all([api.upsertLead('3101', input), api.upsertLead('3101', input)]);

    expect(first.cpfCnpj).toBe('39053344705');
    expect(second.cpfCnpj).toBe('39053344705');
    expect(await requests('/banks_api/leads', 'POST')).toHaveLength(2);
    expect(await requests('/banks_api/leads/39053344705', 'PUT')).toHaveLength(1);
  });

  it('retries a GET after a transient 502 and keeps the X-Request-Id on final errors', async () => {
    await control('/faults', {
      method: 'GET',
      path: '/stores',
      times: 1,
      action: { type: 'status', status: 502 },
    });
    expect(await client().listStores()).toHaveLength(3);
    expect(await requests('/stores')).toHaveLength(2);

    await control('/faults', {
      method: 'GET',
      path: '/banks',
      times: null,
      action: { type: 'status', status: 503 },
    });
    const error = await caught(client({ retryLimit: 1 }).listBanks());
    expect(error.code).toBe('API_UNAVAILABLE');
    expect(error.data.status).toBe(503);
    expect(error.data.requestId).toMatch(/.+/);
  });

  it('never retries a POST create: a 500 after the record was made is INDETERMINATE', async () => {
    await control('/faults', {
      method: 'POST',
      path: '/banks_api/leads',
      phase: 'after',
      action: { type: 'status', status: 500 },
    });
    const error = await caught(client().upsertLead('3101', { cpfCnpj: '52998224725', name: 'Ana' }));
    expect(error.code).toBe('INDETERMINATE');
    expect(await requests('/banks_api/leads', 'POST')).toHaveLength(1);
  });

  it('honours a short Retry-After on 429 for reads and surfaces a long one as RATE_LIMITED', async () => {
    await control('/faults', {
      method: 'GET',
      path: '/banks',
      action: { type: 'rate_limit', retryAfter: 1 },
    });
    expect((await client().listBanks()).length).toBe(11);
    expect(await requests('/banks')).toHaveLength(2);

    const later = new Date(Date.now() + 120_000).toUTCString();
    await control('/faults', {
      method: 'GET',
      path: '/banks',
      action: { type: 'rate_limit', retryAfter: later },
    });
    const error = await caught(client().listBanks());
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.data.retryAfterSeconds).toBeGreaterThan(100);
    expect(error.data.retryAfterSeconds).toBeLessThanOrEqual(120);
  });

  it('turns an HTML proxy page and truncated JSON into API_BAD_RESPONSE', async () => {
    await control('/faults', {
      method: 'GET',
      path: '/users/current',
      action: { type: 'status', status: 200, html: true },
    });
    expect((await caught(client({ retryLimit: 0 }).getCurrentUser())).code).toBe('API_BAD_RESPONSE');
    await control('/faults', { method: 'GET', path: '/users/current', action: { type: 'truncate' } });
    const error = await caught(client().getCurrentUser());
    expect(error.code).toBe('API_BAD_RESPONSE');
    expect(error.data.requestId).toMatch(/.+/);
  });

  it('times out reads (TIMEOUT) and creates (INDETERMINATE)', async () => {
    await control('/faults', { method: 'GET', path: '/users/current', action: { type: 'hang', ms: 3_000 } });
    expect((await caught(client({ timeoutMs: 300, retryLimit: 0 }).getCurrentUser())).code).toBe('TIMEOUT');
    await control('/faults', {
      method: 'POST',
      path: '/banks_api/leads',
      phase: 'after',
      action: { type: 'hang', ms: 3_000 },
    });
    const error = await caught(
      client({ timeoutMs: 300 }).upsertLead('3101', { cpfCnpj: '52998224725', name: 'Ana' }),
    );
    expect(error.code).toBe('INDETERMINATE');
  });

  it('maps a dropped connection on a read to NETWORK after the retries', async () => {
    await control('/faults', { method: 'GET', path: '/banks', times: null, action: { type: 'disconnect' } });
    expect((await caught(client({ retryLimit: 1 }).listBanks())).code).toBe('NETWORK');
    expect(await requests('/banks')).toHaveLength(2);
  });

  it('sends Store-Id and maps a foreign store (403) and validation (422) to API_REJECTED with the message', async () => {
    const forbidden = await caught(client().getLead('9901', '52998224725'));
    expect(forbidden.code).toBe('API_REJECTED');
    expect(forbidden.data.status).toBe(403);
    const invalid = await caught(
      client().upsertLead('3101', { cpfCnpj: '52998224725', birthdate: '01/02/1990' }),
    );
    expect(invalid.code).toBe('API_REJECTED');
    expect(invalid.message).toContain('lead.birthdate');
  });

  it('refreshes once on a 401 and retries the call with the new token', async () => {
    const stale = token;
    const fresh = await issueToken();
    await control('/tokens/revoke', { access_token: stale });
    let refreshes = 0;
    const api = client(
      {},
      {
        getAccessToken: async () => stale,
        refreshAfterUnauthorized: async (refused) => {
          expect(refused).toBe(stale);
          refreshes++;
          return fresh;
        },
      },
    );
    expect(await api.listStores()).toHaveLength(3);
    expect(refreshes).toBe(1);
  });

  it('a second 401 after the refresh is AUTH_REQUIRED', async () => {
    await control('/tokens/revoke', {});
    const error = await caught(client().listStores());
    expect(error.code).toBe('AUTH_REQUIRED');
    expect(error.data.status).toBe(401);
  });

  it('parses drifted simulation types through the whole stack', async () => {
    const api = client();
    await api.upsertLead('3101', {
      cpfCnpj: '52998224725',
      name: 'Ana Paula Ribeiro',
      phoneNumber: '11987654321',
      hasCnh: true,
      birthdate: '1990-04-12',
      email: 'ana@example.test',
      genderIdentifier: 'F',
      monthlyIncomeCents: 850000,
      occupationIdentifier: '11',
      address: { zipCode: '01310-100' },
    });
    const sim = await api.createSimulation('3101', {
      sellerCpf: '246.813.579-28',
      leadCpfCnpj: '529.982.247-25',
      bankCodes: ['033', '341'],
      assetsValueCents: 12_000_000,
      vehicle: {
        molicarCode: '01906112-2',
        manufactureYear: 2023,
        modelYear: 2024,
        assetValueCents: 12_000_000,
        zeroKm: false,
        licensingUf: 'SP',
      },
      conditions: [{ installments: 48, downPaymentCents: 3_000_000 }],
    });
    expect(sim.status).toBe('pending');
    await control(`/simulations/${sim.uuid}/flush`, {});
    await control('/faults', {
      method: 'GET',
      path: '/banks_api/simulations/*',
      action: {
        type: 'drift',
        modes: [
          'pre_approval_status_as_string',
          'error_as_string',
          'numbers_as_strings',
          'drop_optional_objects',
        ],
      },
    });
    const read = await api.getSimulation('3101', sim.uuid);
    expect(read.status).toBe('completed');
    expect(read.conditions).toHaveLength(2);
    for (const c of read.conditions) {
      expect(c.status).toBe('available');
      expect(c.preApprovalStatus).toBe(3);
      expect(c.error).toBe(false);
      expect(Number.isInteger(c.firstInstallmentCents)).toBe(true);
      expect(typeof c.cetMonthly).toBe('number');
      expect(c.paymentFlow).toEqual([]);
    }
    const listed = await api.listProposalSimulations('3101');
    expect(listed.map((s) => s.uuid)).toContain(sim.uuid);
  });
});
