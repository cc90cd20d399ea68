/** Helpers for the sandbox contract tests: plain fetch against a running sandbox. */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { ADMIN_LOGIN, CUSTOMERS, SELLERS, type WorldCustomer } from '../seed/world';
import type { SandboxConfig } from './config';
import { CLIENT_ID, CLIENT_SECRET, SEED_REDIRECT_URIS } from './seed';
import { type RunningSandbox, startSandbox } from './server';

export const REDIRECT_URI = SEED_REDIRECT_URIS[0]!;

export const FAST: Partial<SandboxConfig> = { processingDelayMs: 15, slowBankDelayMs: 60_000 };

export function start(config: Partial<SandboxConfig> = {}): Promise<RunningSandbox> {
  return startSandbox({ config: { ...FAST, ...config } });
}

// biome-ignore lint/suspicious/noExplicitAny: JSON from the wire, checked by the assertions
export interface Res<T = any> {
  status: number;
  headers: Headers;
  json: T;
  text: string;
}

async function toRes(r: Response): Promise<Res> {
  const text = await r.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: r.status, headers: r.headers, json, text };
}

export async function control(
  sb: RunningSandbox,
  method: string,
  path: string,
  body?: unknown,
): Promise<Res> {
  return toRes(
    await fetch(`${sb.origin}/__control${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}

export function authorizeUrl(sb: RunningSandbox, params: Record<string, string>): string {
  const { scope = 'simulator+proposals', ...rest } = params;
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    state: 'st-123',
    ...rest,
  }).toString();
  // The docs write the scope as `simulator+proposals`: the raw (already encoded) form goes in as is.
  return `${sb.apiRoot}/authorize?${query}&scope=${scope}`;
}

/** Posts the login form like a browser would (hidden fields + credentials + button). */
export async function submitLogin(
  sb: RunningSandbox,
  fields: Record<string, string>,
  decision: 'approve' | 'deny' = 'approve',
): Promise<Response> {
  const form = new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    scope: 'simulator proposals',
    state: 'st-123',
    username: ADMIN_LOGIN.username,
    password: ADMIN_LOGIN.password,
    decision,
    ...fields,
  });
  return fetch(`${sb.apiRoot}/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
}

export async function authorizeCode(
  sb: RunningSandbox,
  fields: Record<string, string> = {},
): Promise<string> {
  const res = await submitLogin(sb, fields);
  const location = new URL(res.headers.get('location') ?? '');
  const code = location.searchParams.get('code');
  if (!code) throw new Error(`no code in ${location}`);
  return code;
}

export async function tokenRequest(
  sb: RunningSandbox,
  body: Record<string, string>,
  form = false,
): Promise<Res> {
  return toRes(
    await fetch(`${sb.apiRoot}/token`, {
      method: 'POST',
      headers: { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' },
      body: form ? new URLSearchParams(body).toString() : JSON.stringify(body),
    }),
  );
}

export async function login(sb: RunningSandbox): Promise<{ access_token: string; refresh_token: string }> {
  const code = await authorizeCode(sb);
  const res = await tokenRequest(sb, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
  });
  if (res.status !== 200) throw new Error(`token ${res.status} ${res.text}`);
  return res.json;
}

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export type Api = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Res>;

export function apiClient(sb: RunningSandbox, token: string, storeId: number | null = 3101): Api {
  return async (method, path, body, headers = {}) =>
    toRes(
      await fetch(`${sb.apiRoot}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...(storeId === null ? {} : { 'store-id': String(storeId) }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
}

/** A token without the OAuth dance (control API), for tests that are not about OAuth. */
export async function quickApi(
  sb: RunningSandbox,
  storeId: number | null = 3101,
  scope?: string,
): Promise<Api> {
  const issued = await control(sb, 'POST', '/tokens/issue', scope ? { scope } : {});
  return apiClient(sb, issued.json.access_token, storeId);
}

/**
 * One sandbox for the calling test file, reset to its seed with `config` before each test, and
 * a fresh client for store 3101. The fields are set by the hooks: read them inside tests/hooks.
 */
export function sandboxPerFile(config: Partial<SandboxConfig>): {
  readonly sb: RunningSandbox;
  readonly api: Api;
} {
  let sb: RunningSandbox | undefined;
  let api: Api | undefined;
  beforeAll(async () => {
    sb = await start();
  });
  afterAll(() => sb?.close());
  beforeEach(async () => {
    await control(sb!, 'POST', '/reset', { config });
    api = await quickApi(sb!, 3101);
  });
  return {
    get sb() {
      return sb!;
    },
    get api() {
      return api!;
    },
  };
}

export function customer(outcome: WorldCustomer['outcome']): WorldCustomer {
  return CUSTOMERS.find((c) => c.outcome === outcome)!;
}

export function leadBody(c: WorldCustomer) {
  return {
    lead: {
      cpf_cnpj: `${c.cpf.slice(0, 3)}.${c.cpf.slice(3, 6)}.${c.cpf.slice(6, 9)}-${c.cpf.slice(9)}`,
      name: c.name,
      birthdate: c.birthdate,
      email: c.email,
      phone_number: c.phone,
      has_cnh: true,
      monthly_income: c.monthlyIncomeCents,
      retrieve_gender: 'F',
      retrieve_occupation: '11',
      retrieve_profession: c.dmsProfessionCode ? 'administrador' : null,
      address: {
        zip_code: '01310-100',
        city: 'São Paulo',
        state: 'SP',
        street: 'Av. Paulista',
        number: '1000',
      },
    },
  };
}

export const SELLER = SELLERS[0]!; // Marina: stores 3101 and 3102

export function simulationBody(cpf: string, overrides: Record<string, unknown> = {}) {
  return {
    simulation: {
      seller_cpf: SELLER.cpf,
      retrieve_lead: { cpf_cnpj: cpf },
      assets_value: 12_000_000,
      documentation_value: 150_000,
      bank_febraban_codes: ['033', '341', '623'],
      vehicle: {
        vehicle_molicar_code: '01906112-2',
        licensing_uf: 'SP',
        licensing_city: 'São Paulo',
        manufacture_year: 2023,
        model_year: 2024,
        asset_value: 12_000_000,
        zero_km: false,
      },
      conditions: [
        { installments: 36, down_payment: 3_000_000 },
        { installments: 48, down_payment: 3_000_000 },
      ],
      ...overrides,
    },
  };
}

export async function waitFor<T>(
  fn: () => Promise<T | null | undefined | false>,
  timeoutMs = 5000,
  stepMs = 20,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > until) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

export async function pollSimulation(api: Api, uuid: string, timeoutMs = 5000) {
  return waitFor(async () => {
    const res = await api('GET', `/banks_api/simulations/${uuid}`);
    const conditions = res.json.data.conditions as Array<{ process_task: { ended_at: string } | null }>;
    return conditions.every((c) => c.process_task?.ended_at) ? res.json.data : null;
  }, timeoutMs);
}

/** A customer record complete enough for every bank's bank_validations. */
export function fullCustomer(c: WorldCustomer, extra: Record<string, unknown> = {}) {
  return {
    cpf: c.cpf,
    name: c.name,
    born_at: c.birthdate.split('-').reverse().join('/'),
    mother: 'Maria Ribeiro',
    document_type: 'RG',
    rg: '123456789',
    rg_issuing: 'SSP',
    rg_state_id: 25,
    marital_status_id: 2,
    genre_id: 2,
    education_id: 5,
    nationality: 'Brasileira',
    emails: [{ address: c.email ?? 'cliente@example.com' }],
    phones: [{ code: 11, number: 987654321, phone_type_id: 1 }],
    address: {
      address_type_id: 1,
      zip_code: '01310-100',
      state_id: 25,
      city: 'São Paulo',
      neighborhood: 'Bela Vista',
      street: 'Av. Paulista',
      number: '1000',
      build_type_id: 3,
      rent_value_cents: 250_000,
    },
    job_reference: {
      profession_id: 2,
      professional_ocupation_id: 1,
      company_activity_id: 2,
      name: 'Empresa Exemplo',
      income_cents: c.monthlyIncomeCents ?? 500_000,
      joined_at: '01/02/2015',
    },
    ...extra,
  };
}
