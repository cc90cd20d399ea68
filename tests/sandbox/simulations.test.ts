import { beforeEach, describe, expect, it } from 'vitest';
import { INTEGRATED_BANKS, SELLERS } from '../seed/world';
import {
  control,
  customer,
  leadBody,
  pollSimulation,
  quickApi,
  sandboxPerFile,
  simulationBody,
  start,
} from './test-helpers';

const env = sandboxPerFile({ processingDelayMs: 15, slowBankDelayMs: 60_000 });

// biome-ignore lint/suspicious/noExplicitAny: JSON from the wire, checked by the assertions
type Cond = Record<string, any>;

async function simulateFor(outcome: Parameters<typeof customer>[0], overrides: Record<string, unknown> = {}) {
  const c = customer(outcome);
  expect((await env.api('POST', '/banks_api/leads', leadBody(c))).status).toBe(200);
  const res = await env.api('POST', '/banks_api/simulations', simulationBody(c.cpf, overrides));
  expect(res.status).toBe(200);
  return res.json.data;
}

describe('simulation create validation (422 naming the field)', () => {
  beforeEach(async () => {
    await env.api('POST', '/banks_api/leads', leadBody(customer('approved_everywhere')));
  });
  const cpf = customer('approved_everywhere').cpf;
  const expect422 = async (body: unknown, field: string) => {
    const res = await env.api('POST', '/banks_api/simulations', body);
    expect(res.status).toBe(422);
    expect(res.json.error.status).toBe(422);
    expect(res.json.error.message).toContain(field);
  };

  it('rejects decimals instead of integer cents', async () => {
    await expect422(simulationBody(cpf, { assets_value: 120000.5 }), 'simulation.assets_value');
    const body = simulationBody(cpf);
    body.simulation.conditions[0] = { installments: 36, down_payment: 30000.25 };
    await expect422(body, 'simulation.conditions[0].down_payment');
    await expect422(simulationBody(cpf, { documentation_value: '1500' }), 'simulation.documentation_value');
  });

  it('rejects an unknown vehicle and a model year out of range', async () => {
    const body = simulationBody(cpf);
    body.simulation.vehicle.vehicle_molicar_code = '99999999-9';
    await expect422(body, 'vehicle_molicar_code');
    const byId = simulationBody(cpf);
    const { vehicle_molicar_code: _m, ...rest } = byId.simulation.vehicle;
    await expect422(
      { simulation: { ...byId.simulation, vehicle: { ...rest, credere_vehicle_model_id: 123 } } },
      'credere_vehicle_model_id',
    );
    const old = simulationBody(cpf);
    old.simulation.vehicle.model_year = 2015;
    old.simulation.vehicle.manufacture_year = 2015;
    await expect422(old, 'model_year');
  });

  it('accepts credere_vehicle_model_id instead of the molicar code', async () => {
    const body = simulationBody(cpf);
    const { vehicle_molicar_code: _m, ...rest } = body.simulation.vehicle;
    const res = await env.api('POST', '/banks_api/simulations', {
      simulation: { ...body.simulation, vehicle: { ...rest, credere_vehicle_model_id: '70101' } },
    });
    expect(res.status).toBe(200);
    expect(res.json.data.vehicle.vehicle_model.molicar_code).toBe('01906112-2');
  });

  it('rejects a bank not integrated in the store and an unknown bank', async () => {
    await expect422(simulationBody(cpf, { bank_febraban_codes: ['033', 'fontecred'] }), 'fontecred');
    await expect422(simulationBody(cpf, { bank_febraban_codes: ['999'] }), '999');
  });

  it('rejects a seller who is not a user of the store', async () => {
    // Rafael works in 3101 and 3103, not in 3102.
    const res = await env.api(
      'POST',
      '/banks_api/simulations',
      simulationBody(cpf, { seller_cpf: SELLERS[1]!.cpf }),
      { 'store-id': '3102' },
    );
    expect(res.status).toBe(422);
    expect(res.json.error.message).toContain('seller_cpf');
    await expect422(simulationBody(cpf, { seller_cpf: '11144477735' }), 'seller_cpf');
  });

  it('rejects a lead that does not exist in the store and installments ≤ 0', async () => {
    await expect422(simulationBody('39053344705'), 'retrieve_lead');
    const body = simulationBody(cpf);
    body.simulation.conditions[0] = { installments: 0, down_payment: 3_000_000 };
    await expect422(body, 'simulation.conditions[0].installments');
    await expect422(simulationBody(cpf, { conditions: [] }), 'simulation.conditions');
  });
});

describe('simulation processing', () => {
  it('answers at once with every bank × term pending, then processes asynchronously', async () => {
    const data = await simulateFor('approved_everywhere');
    expect(data.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(data.conditions).toHaveLength(6); // 2 terms × 3 banks
    expect(
      data.conditions.every((c: Cond) => c.process_task === null && c.first_installment_value === null),
    ).toBe(true);
    expect(data.process_task).toBeNull();
    const done = await pollSimulation(env.api, data.uuid);
    expect(done.process_task.ended_at).toBeTruthy();
    for (const c of done.conditions as Cond[]) {
      expect(c).toMatchObject({ available: true, success: true, error: false, pre_approval_status: 3 });
      expect(typeof c.id).toBe('number');
    }
  });

  it('computes a consistent Price table: payment_flow, totals, rates, CET above the interest rate', async () => {
    const done = await pollSimulation(env.api, (await simulateFor('approved_everywhere')).uuid);
    for (const c of done.conditions as Cond[]) {
      const flow = Object.values(c.payment_flow as Record<string, number>);
      expect(flow).toHaveLength(c.installments);
      expect(flow.every((v) => Number.isInteger(v))).toBe(true);
      expect(flow.reduce((a, b) => a + b, 0)).toBe(c.amount_paid_in_financing);
      expect(c.payment_flow['1']).toBe(c.first_installment_value);
      expect(c.payment_flow[String(c.installments)]).toBe(c.last_installment_value);
      expect(Math.abs(c.last_installment_value - c.first_installment_value)).toBeLessThan(100);
      // Recompute the installment from the published rate and the financed total.
      const i = c.interest_monthly / 100;
      const expected = (c.total_financed_amount * i) / (1 - (1 + i) ** -c.installments);
      expect(Math.abs(expected - c.first_installment_value)).toBeLessThanOrEqual(1);
      expect(c.interest_annually).toBeCloseTo(((1 + i) ** 12 - 1) * 100, 1);
      expect(c.cet_monthly).toBeGreaterThan(c.interest_monthly);
      expect(c.cet_annually).toBeGreaterThan(c.interest_annually);
      const types = (c.expenses as Cond[]).map((e) => e.credere_type);
      expect(types).toEqual(expect.arrayContaining(['iof_value', 'register_rate', 'contract_record_rate']));
      const expenses = (c.expenses as Cond[]).reduce((s, e) => s + e.value, 0);
      expect(c.total_financed_amount).toBe(c.financed_amount + expenses);
      expect(c.financed_amount).toBe(12_000_000 + 150_000 - 3_000_000);
      expect(c.coefficient).toBeCloseTo(c.first_installment_value / c.financed_amount, 5);
    }
  });

  it('is deterministic: the same seed gives the same numbers in another sandbox', async () => {
    const other = await start();
    try {
      const otherApi = await quickApi(other, 3101);
      const c = customer('approved_everywhere');
      await otherApi('POST', '/banks_api/leads', leadBody(c));
      const a = await pollSimulation(env.api, (await simulateFor('approved_everywhere')).uuid);
      const b = await pollSimulation(
        otherApi,
        (await otherApi('POST', '/banks_api/simulations', simulationBody(c.cpf))).json.data.uuid,
      );
      const pick = (d: Cond) =>
        d.conditions.map((x: Cond) => [x.first_installment_value, x.cet_monthly, x.interest_monthly]);
      expect(pick(b)).toEqual(pick(a));
      expect(b.uuid).toBe(a.uuid);
    } finally {
      await other.close();
    }
  });

  it('refused_everywhere: every bank refuses in pre-analysis, no suggestion', async () => {
    const done = await pollSimulation(
      env.api,
      (await simulateFor('refused_everywhere', { process_bank_suggested_conditions: true })).uuid,
    );
    expect(done.conditions).toHaveLength(6);
    for (const c of done.conditions as Cond[]) {
      expect(c).toMatchObject({
        available: false,
        pre_approval_status: 1,
        reason_identifier: 'pre_analysis_refused',
      });
      expect(c.reason).toBeTruthy();
      expect(c.suggestion_reason).toBeNull();
    }
  });

  it('mixed: approvals (3 and 2), refusals and one bank integration error', async () => {
    const data = await simulateFor('mixed', { bank_febraban_codes: INTEGRATED_BANKS[3101] });
    const done = await pollSimulation(env.api, data.uuid);
    const byBank = (code: string) => (done.conditions as Cond[]).filter((c) => c.bank.febraban_code === code);
    expect(byBank('033')[0]).toMatchObject({ available: true, pre_approval_status: 3 });
    expect(byBank('394')[0]).toMatchObject({ available: true, pre_approval_status: 2 });
    expect(byBank('623')[0]).toMatchObject({ available: false, pre_approval_status: 1 });
    expect(byBank('655')[0]).toMatchObject({
      available: false,
      success: false,
      error: true,
      reason_identifier: 'bank_integration_error',
    });
    // Status 2 costs more than status 3 at the same bank tier.
    expect(byBank('394')[0]!.interest_monthly).toBeGreaterThan(1.95);
  });

  it('slow bank: Safra (422) stays pending while the others finish', async () => {
    const c = customer('slow_bank');
    await env.api('POST', '/banks_api/leads', leadBody(c));
    const res = await env.api(
      'POST',
      '/banks_api/simulations',
      simulationBody(c.cpf, { bank_febraban_codes: ['033', '422'] }),
    );
    const uuid = res.json.data.uuid;
    await new Promise((r) => setTimeout(r, 150));
    const mid = (await env.api('GET', `/banks_api/simulations/${uuid}`)).json.data;
    expect(
      mid.conditions
        .filter((x: Cond) => x.bank.febraban_code === '033')
        .every((x: Cond) => x.process_task?.ended_at),
    ).toBe(true);
    expect(
      mid.conditions
        .filter((x: Cond) => x.bank.febraban_code === '422')
        .every((x: Cond) => x.process_task === null),
    ).toBe(true);
    expect(mid.process_task).toBeNull();
    // The control API can finish it at once.
    const flushed = await control(env.sb, 'POST', `/simulations/${uuid}/flush`);
    expect(flushed.json.data.process_task.ended_at).toBeTruthy();
  });

  it('needs_more_fields: banks report the missing lead fields until the lead is completed', async () => {
    const c = customer('needs_more_fields');
    const done = await pollSimulation(env.api, (await simulateFor('needs_more_fields')).uuid);
    for (const x of done.conditions as Cond[]) {
      expect(x).toMatchObject({
        available: false,
        error: true,
        reason_identifier: 'lead_missing_required_fields',
      });
      expect(x.missing_fields).toEqual(expect.arrayContaining(['email', 'monthly_income', 'profession']));
    }
    await env.api('PATCH', `/banks_api/leads/${c.cpf}`, {
      lead: {
        email: 'elisa@example.com',
        phone_number: '11955554444',
        monthly_income: 600000,
        retrieve_profession: 'advogado',
        retrieve_occupation: '13',
      },
    });
    const again = await pollSimulation(
      env.api,
      (await env.api('POST', '/banks_api/simulations', simulationBody(c.cpf))).json.data.uuid,
    );
    expect(
      (again.conditions as Cond[]).every((x) => x.available === true && x.pre_approval_status === 2),
    ).toBe(true);
  });

  it('process_bank_suggested_conditions adds a condition with a different down payment', async () => {
    const done = await pollSimulation(
      env.api,
      (await simulateFor('approved_everywhere', { process_bank_suggested_conditions: true })).uuid,
    );
    const suggested = (done.conditions as Cond[]).filter(
      (c) => c.suggestion_reason === 'bank_suggested_down_payment',
    );
    expect(suggested).toHaveLength(6);
    for (const s of suggested) {
      expect(s.down_payment).toBeGreaterThan(3_000_000);
      expect(s.down_payment).toBe(s.bank_down_payment_suggestion);
      expect(s.financed_amount).toBe(12_150_000 - s.down_payment);
      expect(s.available).toBe(true);
    }
    expect(new Set((done.conditions as Cond[]).map((c) => c.id)).size).toBe(12);
  });

  it('a per-condition bank_febraban_code limits that term to one bank', async () => {
    const data = await simulateFor('approved_everywhere', {
      conditions: [{ installments: 24, down_payment: 3_000_000, bank_febraban_code: '341' }],
    });
    expect(data.conditions.map((c: Cond) => c.bank.febraban_code)).toEqual(['341']);
  });
});

describe('simulation reads', () => {
  it('GET by uuid: 404 for unknown and for another store', async () => {
    const data = await simulateFor('approved_everywhere');
    expect((await env.api('GET', '/banks_api/simulations/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
    const other = await env.api('GET', `/banks_api/simulations/${data.uuid}`, undefined, {
      'store-id': '3102',
    });
    expect(other.status).toBe(404);
    expect(other.json.error.class).toBe('ActiveRecord::RecordNotFound');
  });

  it('GET /proposal_simulations supports page, per_page, sort and after', async () => {
    const c = customer('approved_everywhere');
    await env.api('POST', '/banks_api/leads', leadBody(c));
    const uuids: string[] = [];
    for (let i = 0; i < 3; i++)
      uuids.push((await env.api('POST', '/banks_api/simulations', simulationBody(c.cpf))).json.data.uuid);
    const desc = await env.api('GET', '/proposal_simulations?page=1&per_page=2&sort=created_at_desc');
    expect(desc.json.data.map((d: Cond) => d.uuid)).toEqual([uuids[2], uuids[1]]);
    const page2 = await env.api('GET', '/proposal_simulations?page=2&per_page=2&sort=created_at_desc');
    expect(page2.json.data.map((d: Cond) => d.uuid)).toEqual([uuids[0]]);
    const asc = await env.api('GET', '/proposal_simulations?sort=created_at_asc');
    expect(asc.json.data.map((d: Cond) => d.uuid)).toEqual(uuids);
    expect((await env.api('GET', '/proposal_simulations?after=2999-01-01')).json.data).toEqual([]);
    expect((await env.api('GET', '/proposal_simulations?after=2000-01-01')).json.data).toHaveLength(3);
    expect(
      (await env.api('GET', '/proposal_simulations', undefined, { 'store-id': '3102' })).json.data,
    ).toEqual([]);
  });
});

describe('outcome switches', () => {
  it('forcedOutcome refuse_all makes every bank refuse', async () => {
    await control(env.sb, 'PATCH', '/config', { forcedOutcome: 'refuse_all' });
    const done = await pollSimulation(env.api, (await simulateFor('approved_everywhere')).uuid);
    expect(
      (done.conditions as Cond[]).every((c) => c.available === false && c.pre_approval_status === 1),
    ).toBe(true);
  });

  it('zero_conditions answers with no conditions and finishes', async () => {
    await control(env.sb, 'PATCH', '/config', { forcedOutcome: 'zero_conditions' });
    const data = await simulateFor('approved_everywhere');
    expect(data.conditions).toEqual([]);
  });

  it('pendingForeverBanks keeps one bank pending; per-bank delay is configurable', async () => {
    await control(env.sb, 'PATCH', '/config', { pendingForeverBanks: ['341'], bankDelaysMs: { '623': 300 } });
    const data = await simulateFor('approved_everywhere');
    await new Promise((r) => setTimeout(r, 120));
    const mid = (await env.api('GET', `/banks_api/simulations/${data.uuid}`)).json.data.conditions as Cond[];
    const state = (code: string) =>
      mid.filter((c) => c.bank.febraban_code === code).map((c) => Boolean(c.process_task));
    expect(state('033')).toEqual([true, true]);
    expect(state('623')).toEqual([false, false]);
    expect(state('341')).toEqual([false, false]);
    await new Promise((r) => setTimeout(r, 300));
    const later = (await env.api('GET', `/banks_api/simulations/${data.uuid}`)).json.data
      .conditions as Cond[];
    expect(later.filter((c) => c.bank.febraban_code === '623').every((c) => c.process_task)).toBe(true);
    expect(later.filter((c) => c.bank.febraban_code === '341').every((c) => c.process_task === null)).toBe(
      true,
    );
  });
});
