import { beforeEach, describe, expect, it } from 'vitest';
import { BANKS, FOREIGN_STORE, INTEGRATED_BANKS, PROFESSIONS, VEHICLES } from '../seed/world';
import { type Api, control, customer, leadBody, quickApi, sandboxPerFile } from './test-helpers';

const env = sandboxPerFile({ processingDelayMs: 15 });
let noStore: Api;
beforeEach(async () => {
  noStore = await quickApi(env.sb, null);
});

describe('envelope and headers', () => {
  it('every response carries X-Request-Id (API, errors, control, HTML)', async () => {
    expect((await env.api('GET', '/stores')).headers.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
    expect((await env.api('GET', '/nope')).headers.get('x-request-id')).toBeTruthy();
    expect((await fetch(`${env.sb.apiRoot}/stores`)).headers.get('x-request-id')).toBeTruthy();
    expect((await fetch(`${env.sb.origin}/__control/config`)).headers.get('x-request-id')).toBeTruthy();
  });

  it('unknown route → 404 "Endpoint requested not found"', async () => {
    const res = await env.api('GET', '/does/not/exist');
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ error: { message: 'Endpoint requested not found', status: 404 } });
  });
});

describe('stores and Store-Id scoping', () => {
  it('lists the admin stores only (the foreign store exists but is not listed)', async () => {
    const res = await noStore('GET', '/stores');
    const ids = res.json.stores.map((s: { id: number }) => s.id);
    expect(ids).toEqual([3101, 3102, 3103]);
    expect(ids).not.toContain(FOREIGN_STORE.credereId);
    expect(res.json.stores[0]).toMatchObject({
      cnpj: '11222333000181',
      display_name: 'AUTOSUL MATRIZ',
      active: true,
    });
  });

  it('missing Store-Id → 400, foreign → 403, unknown → 404 RecordNotFound', async () => {
    const missing = await noStore('GET', '/banks_api/leads/52998224725');
    expect(missing.status).toBe(400);
    expect(missing.json.error.message).toContain('Store-Id');
    const foreign = await env.api('GET', '/banks_api/leads/52998224725', undefined, {
      'store-id': String(FOREIGN_STORE.credereId),
    });
    expect(foreign.status).toBe(403);
    const unknown = await env.api('GET', '/banks_api/leads/52998224725', undefined, { 'store-id': '777' });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.class).toBe('ActiveRecord::RecordNotFound');
    for (const path of ['/customers', '/proposals', '/proposal_simulations', '/banks_api/domains'])
      expect((await noStore('GET', path)).status).toBe(400);
  });

  it('a store deactivated or deleted after setup is refused', async () => {
    await control(env.sb, 'POST', '/stores/3102', { active: false });
    expect((await env.api('GET', '/customers', undefined, { 'store-id': '3102' })).status).toBe(403);
    await control(env.sb, 'DELETE', '/stores/3103');
    expect((await env.api('GET', '/customers', undefined, { 'store-id': '3103' })).status).toBe(404);
  });

  it('sellers of a store with CPF; foreign store refused', async () => {
    const res = await noStore('GET', '/users/proposals_filter_list?store_id=3103');
    expect(res.json.users).toEqual([expect.objectContaining({ id: 42102, cpf: '36925814755' })]);
    expect(
      (await noStore('GET', `/users/proposals_filter_list?store_id=${FOREIGN_STORE.credereId}`)).status,
    ).toBe(403);
    const me = await noStore('GET', '/users/current');
    expect(me.json.user).toMatchObject({ id: 42100, email: 'gerente@autosul.test' });
  });
});

describe('banks', () => {
  it('lists all 11 banks with string codes', async () => {
    const res = await noStore('GET', '/banks?per_page=100');
    expect(res.json.banks).toHaveLength(11);
    expect(res.json.banks.map((b: { febraban_code: string }) => b.febraban_code).sort()).toEqual(
      BANKS.map((b) => b.code).sort(),
    );
    expect(res.json.banks.find((b: { febraban_code: string }) => b.febraban_code === '655')).toMatchObject({
      id: 90,
      tradename: 'Banco Votorantim',
    });
  });

  it('paginates with page/per_page and no metadata', async () => {
    const pages = [];
    for (let page = 1; page <= 3; page++)
      pages.push((await noStore('GET', `/banks?page=${page}&per_page=5`)).json);
    expect(pages.map((p) => p.banks.length)).toEqual([5, 5, 1]);
    expect(Object.keys(pages[0])).toEqual(['banks']);
    const ids = pages.flatMap((p) => p.banks.map((b: { id: number }) => b.id));
    expect(new Set(ids).size).toBe(11);
  });

  it('integrated banks per store in the default shape, and the alternative shape by config', async () => {
    const res = await noStore('GET', '/stores/3103/integrated_banks');
    expect(res.json.banks.map((b: { code: string }) => b.code)).toEqual(INTEGRATED_BANKS[3103]);
    expect(res.json.banks[0].bank_credential).toEqual({ active: true, status: 'okay' });
    await control(env.sb, 'PATCH', '/config', { integratedBanksShape: 'integrated_banks' });
    const alt = await noStore('GET', '/stores/3102/integrated_banks');
    expect(
      alt.json.integrated_banks.map((b: { bank: { febraban_code: string } }) => b.bank.febraban_code),
    ).toEqual(INTEGRATED_BANKS[3102]);
    expect(alt.json.integrated_banks[0]).toMatchObject({ store_id: 3102, credentials_status: 'okay' });
  });
});

describe('domains', () => {
  it('lead domains with credere_identifier, filterable by types', async () => {
    const all = await env.api('GET', '/banks_api/domains');
    expect(Object.keys(all.json.data).sort()).toEqual(['genders', 'occupations', 'professions']);
    expect(all.json.data.genders[0]).toMatchObject({ type: 'gender', credere_identifier: 'M' });
    const only = await env.api('GET', '/banks_api/domains?types=genders');
    expect(Object.keys(only.json.data)).toEqual(['genders']);
  });

  it('customer domains: several hundred professions whose identifiers equal the lead credere_identifiers', async () => {
    const res = await noStore('GET', '/domains');
    for (const key of [
      'profession',
      'marital_status',
      'genre',
      'states',
      'education',
      'professional_ocupation',
      'phone_type',
      'address_type',
    ])
      expect(res.json[key].length).toBeGreaterThan(0);
    const professions = res.json.profession as Array<{ id: number; name: string; identifier: string }>;
    expect(professions.length).toBeGreaterThanOrEqual(300);
    for (const p of PROFESSIONS) expect(professions.some((x) => x.name === p.credereName)).toBe(true);
    expect(professions.find((p) => p.identifier === 'administrador')?.id).toBe(2);
    const lead = (await env.api('GET', '/banks_api/domains?types=professions')).json.data
      .professions as Array<{
      credere_identifier: string;
    }>;
    expect(lead.map((p) => p.credere_identifier).sort()).toEqual(professions.map((p) => p.identifier).sort());
    expect(res.json.states.find((s: { abbreviation: string }) => s.abbreviation === 'SP')).toBeTruthy();
  });
});

describe('vehicle catalogue', () => {
  it('filters by fipe_code and year range, keeping fipe ↔ molicar ↔ id consistent', async () => {
    const v = VEHICLES[0]!;
    const res = await noStore(
      'GET',
      `/vehicle_models?fipe_code=${v.fipeCode}&year_start_less_than_or_equal_to=2024&year_end_greater_than_or_equal_to=2024&per_page=100`,
    );
    expect(res.json.vehicle_models).toEqual([
      expect.objectContaining({ id: v.credereModelId, molicar_code: v.molicarCode, fipe_code: v.fipeCode }),
    ]);
    const outOfRange = await noStore(
      'GET',
      `/vehicle_models?fipe_code=${VEHICLES[2]!.fipeCode}&year_end_greater_than_or_equal_to=2024`,
    );
    expect(outOfRange.json.vehicle_models).toEqual([]);
    const byMolicar = await noStore('GET', `/vehicle_models?molicar_code=${v.molicarCode}`);
    expect(byMolicar.json.vehicle_models[0].fipe_code).toBe(v.fipeCode);
  });

  it('search by text returns the best model; no match → 404', async () => {
    const res = await noStore('GET', '/vehicle_models/search?q=corolla%20xei&model_year=2022');
    expect(res.json.vehicle_model.id).toBe(70104);
    expect((await noStore('GET', '/vehicle_models/search?q=zzzz')).status).toBe(404);
  });
});

describe('leads', () => {
  it('CRUD with 404 when absent', async () => {
    const ana = customer('approved_everywhere');
    expect((await env.api('GET', `/banks_api/leads/${ana.cpf}`)).status).toBe(404);
    const created = await env.api('POST', '/banks_api/leads', leadBody(ana));
    expect(created.json.data).toMatchObject({
      cpf_cnpj: '529.982.247-25',
      phone_number: '+5511987654321',
      monthly_income: 1250000,
    });
    const upd = await env.api('PUT', `/banks_api/leads/${ana.cpf}`, { lead: { name: 'Ana P. Ribeiro' } });
    expect(upd.json.data.name).toBe('Ana P. Ribeiro');
    expect((await env.api('GET', '/banks_api/leads')).json.data).toHaveLength(1);
    // Leads are per store.
    expect(
      (await env.api('GET', `/banks_api/leads/${ana.cpf}`, undefined, { 'store-id': '3102' })).status,
    ).toBe(404);
    expect((await env.api('DELETE', `/banks_api/leads/${ana.cpf}`)).status).toBe(204);
    expect((await env.api('GET', `/banks_api/leads/${ana.cpf}`)).status).toBe(404);
  });

  it('rejects an unknown retrieve_profession, an invalid CPF and decimal income, naming the field', async () => {
    const ana = customer('approved_everywhere');
    const body = leadBody(ana);
    const unknown = await env.api('POST', '/banks_api/leads', {
      lead: { ...body.lead, retrieve_profession: 'astronauta_lunar' },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.message).toContain('retrieve_profession');
    const cpf = await env.api('POST', '/banks_api/leads', {
      lead: { ...body.lead, cpf_cnpj: '123.456.789-00' },
    });
    expect(cpf.status).toBe(422);
    expect(cpf.json.error.message).toContain('cpf_cnpj');
    const dec = await env.api('POST', '/banks_api/leads', {
      lead: { ...body.lead, monthly_income: 12500.5 },
    });
    expect(dec.status).toBe(422);
    expect(dec.json.error.message).toContain('monthly_income');
  });

  it('required_fields works before the lead exists, per bank of the store; needs_more_fields asks for more', async () => {
    const ana = customer('approved_everywhere');
    const base = await env.api('GET', `/banks_api/leads/${ana.cpf}/required_fields`, undefined, {
      'store-id': '3103',
    });
    expect(base.json.data.lead).toBeNull();
    expect(base.json.data.requirements.cpf_cnpj.sort()).toEqual([...INTEGRATED_BANKS[3103]!].sort());
    expect(base.json.data.requirements.address.zip_code).toEqual(['623']);
    expect(base.json.data.requirements.profession).toBeUndefined();
    const elisa = customer('needs_more_fields');
    const more = await env.api('GET', `/banks_api/leads/${elisa.cpf}/required_fields`, undefined, {
      'store-id': '3103',
    });
    expect(more.json.data.requirements.profession.sort()).toEqual([...INTEGRATED_BANKS[3103]!].sort());
    expect(more.json.data.requirements.email.length).toBeGreaterThan(
      base.json.data.requirements.email.length,
    );
  });
});

describe('control API basics', () => {
  it('reset re-seeds data and restores the start config; unknown config keys are refused', async () => {
    await env.api('POST', '/banks_api/leads', leadBody(customer('approved_everywhere')));
    await control(env.sb, 'PATCH', '/config', { tokenTtlSeconds: 5 });
    expect((await control(env.sb, 'PATCH', '/config', { noSuchKey: 1 })).status).toBe(400);
    expect((await control(env.sb, 'POST', '/reset', { config: { noSuchKey: 1 } })).status).toBe(400);
    const reset = await control(env.sb, 'POST', '/reset');
    expect(reset.json.config.tokenTtlSeconds).toBe(7200);
    // Tokens are gone too: the old client is now unauthorized.
    expect((await env.api('GET', '/banks_api/leads')).status).toBe(401);
    const fresh = await quickApi(env.sb, 3101);
    expect((await fresh('GET', '/banks_api/leads')).json.data).toEqual([]);
  });
});
