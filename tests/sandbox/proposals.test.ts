import { describe, expect, it } from 'vitest';
import { SELLERS } from '../seed/world';
import {
  control,
  customer,
  fullCustomer,
  leadBody,
  pollSimulation,
  sandboxPerFile,
  simulationBody,
  waitFor,
} from './test-helpers';

const env = sandboxPerFile({ processingDelayMs: 10 });

const ana = customer('approved_everywhere');

async function processedSimulation(overrides: Record<string, unknown> = {}) {
  await env.api('POST', '/banks_api/leads', leadBody(ana));
  const res = await env.api('POST', '/banks_api/simulations', simulationBody(ana.cpf, overrides));
  return pollSimulation(env.api, res.json.data.uuid);
}

async function createCustomer(extra: Record<string, unknown> = {}) {
  const res = await env.api('POST', '/customers', { customer: fullCustomer(ana, extra) });
  expect(res.status).toBe(200);
  return res.json.customer;
}

function proposalBody(
  customerId: number,
  sim: { uuid: string; conditions: Array<{ id: number }> },
  index = 0,
  key = 'proposal_attempts',
) {
  return {
    proposal: {
      customer_id: customerId,
      store_id: 3101,
      seller_id: SELLERS[0]!.credereUserId,
      [key]: [{ simulation_condition_id: sim.conditions[index]!.id, external_simulation_uuid: sim.uuid }],
      license_plate_code: 'ABC1D23',
      color: 'Prata',
    },
  };
}

describe('customers', () => {
  it('bank_validations → 422 listing the missing fields per bank', async () => {
    const res = await env.api('POST', '/customers', {
      bank_validations: { bank_codes: ['033', '341'], store_id: 3101 },
      customer: { cpf: ana.cpf, name: ana.name, born_at: '12/04/1986' },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.message).toContain('mother');
    expect(res.json.error.message).toContain('job_reference.profession_id');
    expect(res.json.error.missing_fields_by_bank['033']).toEqual(
      expect.arrayContaining(['rg', 'phones', 'address.zip_code']),
    );
    expect(res.json.error.missing_fields_by_bank['341']).toContain('marital_status_id');
    expect(res.json.error.missing_fields_by_bank['033']).not.toContain('marital_status_id');
    expect(res.json.errors.rg_issuing[0]).toContain('033');
    // Nothing was created.
    expect((await env.api('GET', `/customers/find?cpf=${ana.cpf}`)).status).toBe(404);
  });

  it('find by CPF: 404 in the RecordNotFound shape, then found by formatted CPF', async () => {
    const miss = await env.api('GET', '/customers/find?cpf=529.982.247-25');
    expect(miss.status).toBe(404);
    expect(miss.json).toEqual({
      error: { message: "Couldn't find Customer", class: 'ActiveRecord::RecordNotFound', status: 404 },
    });
    const created = await createCustomer();
    const hit = await env.api('GET', '/customers/find?cpf=529.982.247-25');
    expect(hit.json.customer.id).toBe(created.id);
    expect(hit.json.customer.job_reference.profession).toMatchObject({ id: 2, identifier: 'administrador' });
    expect(hit.json.customer.born_at).toBe('1986-04-12');
    expect((await env.api('GET', `/customers?cpf_cnpj=${ana.cpf}`)).json.customers).toHaveLength(1);
    expect((await env.api('GET', '/customers?cpf_cnpj=11144477735')).json.customers).toEqual([]);
  });

  it('rejects unknown domain ids and decimal money', async () => {
    const bad = await env.api('POST', '/customers', {
      customer: fullCustomer(ana, { marital_status_id: 99 }),
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error.message).toContain('marital_status_id');
    const job = fullCustomer(ana).job_reference;
    const dec = await env.api('POST', '/customers', {
      customer: fullCustomer(ana, { job_reference: { ...job, income_cents: 5000.5 } }),
    });
    expect(dec.status).toBe(422);
    expect(dec.json.error.message).toContain('customer.job_reference.income_cents');
  });

  it('PATCH duplicates nested objects sent without id and updates those with id', async () => {
    const created = await createCustomer();
    const phoneId = created.phones[0].id;
    const addressId = created.address.id;
    expect(typeof phoneId).toBe('number');
    const dup = await env.api('PATCH', `/customers/${created.id}`, {
      customer: {
        phones: [{ code: 11, number: 911112222, phone_type_id: 1 }],
        address: { ...fullCustomer(ana).address, number: '2000' },
      },
    });
    expect(dup.status).toBe(200);
    expect(dup.json.customer.phones).toHaveLength(2);
    expect(dup.json.customer.addresses).toHaveLength(2);
    const upd = await env.api('PATCH', `/customers/${created.id}`, {
      customer: { phones: [{ id: phoneId, number: 933334444 }], address: { id: addressId, number: '3000' } },
    });
    expect(upd.json.customer.phones).toHaveLength(2);
    expect(upd.json.customer.phones.find((p: { id: number }) => p.id === phoneId).number).toBe(933334444);
    expect(upd.json.customer.addresses.find((a: { id: number }) => a.id === addressId).number).toBe('3000');
  });
});

describe('proposals', () => {
  it('creates a proposal in checagem from a processed condition; GET /proposals/{id} and list', async () => {
    const sim = await processedSimulation();
    const cust = await createCustomer();
    const res = await env.api('POST', '/proposals', proposalBody(cust.id, sim, 1));
    expect(res.status).toBe(200);
    const p = res.json.complete_proposal;
    expect(p).toMatchObject({
      object_type: 'CdcProposal',
      state: 'checagem',
      sent_to_bank: false,
      license_plate_code: 'ABC1D23',
    });
    expect(p.customer).toMatchObject({ id: cust.id, cpf: '529.982.247-25' });
    const cond = sim.conditions[1];
    expect(p.proposal_attempt).toMatchObject({
      object_type: 'ProposalAttemp',
      state: 'checagem',
      simulation_condition_id: cond.id,
      external_simulation_uuid: sim.uuid,
      quota_in_cents: cond.first_installment_value,
      coefficient: cond.coefficient,
      cet_annually: cond.cet_annually,
      simulation_pre_approval_status: 3,
      bank_proposal_identifier: null,
      integration_error: null,
    });
    expect(p.proposal_attempt.plan).toHaveProperty('return');
    expect(p.proposal_attempt.payment_flow).toHaveLength(cond.installments);
    const read = await env.api('GET', `/proposals/${p.id}`);
    expect(Object.keys(read.json)).toEqual(['proposal']);
    expect(read.json.proposal.id).toBe(p.id);
    expect((await env.api('GET', '/proposals')).json.proposals).toHaveLength(1);
    expect((await env.api('GET', `/proposals/${p.id}`, undefined, { 'store-id': '3102' })).status).toBe(404);
    expect((await env.api('GET', '/proposals/1')).status).toBe(404);
  });

  it('the proposal_attemps typo is refused by default and accepted when switched on', async () => {
    const sim = await processedSimulation();
    const cust = await createCustomer();
    const typo = await env.api('POST', '/proposals', proposalBody(cust.id, sim, 0, 'proposal_attemps'));
    expect(typo.status).toBe(422);
    expect(typo.json.error.message).toContain('proposal_attempts');
    await control(env.sb, 'PATCH', '/config', { acceptProposalAttempsTypo: true });
    expect(
      (await env.api('POST', '/proposals', proposalBody(cust.id, sim, 0, 'proposal_attemps'))).status,
    ).toBe(200);
  });

  it('refuses a condition that is not available, unknown ids and a seller of another store', async () => {
    await control(env.sb, 'PATCH', '/config', { forcedOutcome: 'refuse_all' });
    const sim = await processedSimulation();
    const cust = await createCustomer();
    const refused = await env.api('POST', '/proposals', proposalBody(cust.id, sim));
    expect(refused.status).toBe(422);
    expect(refused.json.error.message).toContain('simulation_condition_id');
    const wrongUuid = proposalBody(cust.id, {
      uuid: '00000000-0000-4000-8000-000000000000',
      conditions: sim.conditions,
    });
    const wrong = await env.api('POST', '/proposals', wrongUuid);
    expect(wrong.status).toBe(422);
    expect(wrong.json.error.message).toContain('external_simulation_uuid');
    const seller = proposalBody(cust.id, sim);
    seller.proposal.seller_id = 42100; // the admin is not a seller
    expect((await env.api('POST', '/proposals', seller)).json.error.message).toContain('seller_id');
  });

  it('refuses a customer missing fields for the chosen bank (bank validation on proposal)', async () => {
    const sim = await processedSimulation({ bank_febraban_codes: ['623'] });
    const { emails: _e, ...noEmails } = fullCustomer(ana);
    const cust = (await env.api('POST', '/customers', { customer: noEmails })).json.customer;
    const res = await env.api('POST', '/proposals', proposalBody(cust.id, sim));
    expect(res.status).toBe(422);
    expect(res.json.error.missing_fields_by_bank['623']).toEqual(['emails']);
  });

  it('duplicate creation on retry makes a second proposal (no idempotency)', async () => {
    const sim = await processedSimulation();
    const cust = await createCustomer();
    const a = await env.api('POST', '/proposals', proposalBody(cust.id, sim));
    const b = await env.api('POST', '/proposals', proposalBody(cust.id, sim));
    expect(b.json.complete_proposal.id).not.toBe(a.json.complete_proposal.id);
  });

  it('state machine via control: em_analise → aprovada → formalizada; invalid transitions refused; integration_error', async () => {
    const sim = await processedSimulation();
    const cust = await createCustomer();
    const id = (await env.api('POST', '/proposals', proposalBody(cust.id, sim))).json.complete_proposal.id;
    expect((await control(env.sb, 'POST', `/proposals/${id}/state`, { state: 'formalizada' })).status).toBe(
      400,
    );
    await control(env.sb, 'POST', `/proposals/${id}/state`, { state: 'em_analise' });
    await control(env.sb, 'POST', `/proposals/${id}/state`, { state: 'aprovada' });
    await control(env.sb, 'POST', `/proposals/${id}/state`, { state: 'formalizada' });
    let p = (await env.api('GET', `/proposals/${id}`)).json.proposal;
    expect(p).toMatchObject({ state: 'formalizada', sent_to_bank: true });
    expect(p.proposal_attempt).toMatchObject({ state: 'formalizada', formalization_state: 'formalizado' });
    const err = {
      error: true,
      message: 'Banco recusou: divergência cadastral',
      error_details: { field: 'mother' },
    };
    await control(env.sb, 'POST', `/proposals/${id}/state`, {
      state: 'recusada',
      force: true,
      integration_error: err,
    });
    p = (await env.api('GET', `/proposals/${id}`)).json.proposal;
    expect(p.state).toBe('recusada');
    expect(p.proposal_attempt.integration_error).toEqual(err);
    expect(
      (await env.api('GET', `/proposals/${id}/activity_log`)).json.activity_log.map(
        (x: { state: string }) => x.state,
      ),
    ).toEqual(['checagem', 'em_analise', 'aprovada', 'formalizada', 'recusada']);
  });

  it('a configured schedule moves the proposal on its own (e.g. cancelled after creation)', async () => {
    await control(env.sb, 'PATCH', '/config', {
      proposalSchedule: [
        { state: 'em_analise', afterMs: 20 },
        { state: 'cancelada', afterMs: 20 },
      ],
    });
    const sim = await processedSimulation();
    const cust = await createCustomer();
    const id = (await env.api('POST', '/proposals', proposalBody(cust.id, sim))).json.complete_proposal.id;
    const p = await waitFor(async () => {
      const res = (await env.api('GET', `/proposals/${id}`)).json.proposal;
      return res.state === 'cancelada' ? res : null;
    });
    expect(p.proposal_attempt.state).toBe('cancelada');
  });

  it('proposal attempts: list, add (replacing the active one), read, action', async () => {
    const sim = await processedSimulation();
    const cust = await createCustomer();
    const id = (await env.api('POST', '/proposals', proposalBody(cust.id, sim))).json.complete_proposal.id;
    const added = await env.api('POST', `/proposals/${id}/proposal_attempts`, {
      proposal_id: id,
      proposal_attempt: {
        simulation_condition_id: sim.conditions[2]!.id,
        external_simulation_uuid: sim.uuid,
      },
    });
    expect(added.status).toBe(200);
    const list = (await env.api('GET', `/proposals/${id}/proposal_attempts`)).json.proposal_attempts;
    expect(list).toHaveLength(2);
    expect(list[0].active).toBe(false);
    expect(list[0].replaced_by_proposal_attempt_id).toBe(added.json.proposal_attempt.id);
    const one = await env.api('GET', `/proposals/${id}/proposal_attempts/${added.json.proposal_attempt.id}`);
    expect(one.json.proposal_attempt.simulation_condition_id).toBe(sim.conditions[2]!.id);
    const sent = await env.api(
      'GET',
      `/proposals/${id}/proposal_attempts/${added.json.proposal_attempt.id}/send_to_bank`,
    );
    expect(sent.json.proposal_attempt.state).toBe('em_analise');
    expect((await env.api('GET', `/proposals/${id}`)).json.proposal.proposal_attempt.id).toBe(
      added.json.proposal_attempt.id,
    );
  });
});

describe('webhooks', () => {
  it('records failed deliveries and retries them', async () => {
    await control(env.sb, 'PATCH', '/config', { webhookRetries: 2, webhookRetryDelayMs: 10 });
    await processedSimulation({ webhook_url: `${env.sb.origin}/__sink/fail?status=500` });
    const deliveries = await waitFor(async () => {
      const d = (await control(env.sb, 'GET', '/webhooks')).json.deliveries;
      return d.length >= 3 ? d : null;
    });
    expect(
      deliveries.map((d: { attempt: number; status: number; ok: boolean }) => [d.attempt, d.status, d.ok]),
    ).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 500, false],
    ]);
  });

  it('records a delivery to an unreachable receiver as a failure', async () => {
    await processedSimulation({ webhook_url: 'http://127.0.0.1:9/hook' });
    const d = await waitFor(async () => (await control(env.sb, 'GET', '/webhooks')).json.deliveries[0]);
    expect(d).toMatchObject({ ok: false, status: null, event: 'simulation_processed' });
    expect(d.error).toBeTruthy();
  });

  it('webhookMode twice delivers duplicates; never records a non-delivery', async () => {
    await control(env.sb, 'PATCH', '/config', { webhookMode: 'twice' });
    await processedSimulation({ webhook_url: `${env.sb.origin}/__sink/twice` });
    await waitFor(async () => (await control(env.sb, 'GET', '/sink?name=twice')).json.hits.length === 2);
    await control(env.sb, 'PATCH', '/config', { webhookMode: 'never' });
    await control(env.sb, 'DELETE', '/webhooks');
    await processedSimulation({ webhook_url: `${env.sb.origin}/__sink/never` });
    const d = await waitFor(async () => (await control(env.sb, 'GET', '/webhooks')).json.deliveries[0]);
    expect(d).toMatchObject({ ok: false, attempt: 0 });
    expect((await control(env.sb, 'GET', '/sink?name=never')).json.hits).toEqual([]);
  });
});
