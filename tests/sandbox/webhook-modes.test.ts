/**
 * Webhook failure modes of the reference (§13.1) that need ordering guarantees:
 * "delivered out of order" and "delivered before the create call returns".
 * The sandbox's own /__sink receiver records what arrives and in which order.
 */
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

async function processedSimulation() {
  await env.api('POST', '/banks_api/leads', leadBody(ana));
  const res = await env.api('POST', '/banks_api/simulations', simulationBody(ana.cpf));
  return pollSimulation(env.api, res.json.data.uuid);
}

async function createProposal(webhookUrl: string) {
  const sim = await processedSimulation();
  const cust = await env.api('POST', '/customers', { customer: fullCustomer(ana) });
  expect(cust.status).toBe(200);
  const res = await env.api('POST', '/proposals', {
    proposal: {
      customer_id: cust.json.customer.id,
      store_id: 3101,
      seller_id: SELLERS[0]!.credereUserId,
      proposal_attempts: [
        { simulation_condition_id: sim.conditions[0]!.id, external_simulation_uuid: sim.uuid },
      ],
      webhook_url: webhookUrl,
    },
  });
  expect(res.status).toBe(200);
  return res.json.complete_proposal as { id: number; state: string };
}

interface Hit {
  headers: Record<string, string>;
  body: { event: string; proposal?: { id: number; state: string }; data?: { uuid: string } };
}

async function sinkHits(name: string): Promise<Hit[]> {
  return (await control(env.sb, 'GET', `/sink?name=${name}`)).json.hits;
}

const eventAndState = (h: Hit) => [h.body.event, h.body.proposal?.state];

describe('webhookMode out_of_order', () => {
  it('holds a proposal’s deliveries and sends them newest-first on release', async () => {
    await control(env.sb, 'PATCH', '/config', {
      webhookMode: 'out_of_order',
      webhookReorderWindowMs: 60_000,
    });
    const proposal = await createProposal(`${env.sb.origin}/__sink/order`);
    for (const state of ['em_analise', 'aprovada'])
      expect((await control(env.sb, 'POST', `/proposals/${proposal.id}/state`, { state })).status).toBe(200);

    // Held, not sent: the receiver has nothing yet and the control API shows the queue.
    const before = await control(env.sb, 'GET', '/webhooks');
    expect(before.json.deliveries).toEqual([]);
    expect(before.json.held.map((d: { event: string }) => d.event)).toEqual([
      'proposal_created',
      'proposal_state_changed',
      'proposal_state_changed',
    ]);
    expect(await sinkHits('order')).toEqual([]);

    expect((await control(env.sb, 'POST', '/webhooks/release')).json).toEqual({ released: 3 });
    const hits = await waitFor(async () => {
      const h = await sinkHits('order');
      return h.length === 3 ? h : null;
    });
    expect(hits.map(eventAndState)).toEqual([
      ['proposal_state_changed', 'aprovada'],
      ['proposal_state_changed', 'em_analise'],
      ['proposal_created', 'checagem'],
    ]);
    expect((await control(env.sb, 'GET', '/webhooks')).json.held).toEqual([]);
    // The resource itself ended in the newest state: only the delivery order is wrong.
    expect((await env.api('GET', `/proposals/${proposal.id}`)).json.proposal.state).toBe('aprovada');
  });

  it('releases on its own when the window closes, still newest-first', async () => {
    await control(env.sb, 'PATCH', '/config', {
      webhookMode: 'out_of_order',
      // Both state changes fall inside the window, which opens with proposal_created.
      webhookReorderWindowMs: 400,
      proposalSchedule: [
        { state: 'em_analise', afterMs: 10 },
        { state: 'recusada', afterMs: 10 },
      ],
    });
    await createProposal(`${env.sb.origin}/__sink/window`);
    const hits = await waitFor(async () => {
      const h = await sinkHits('window');
      return h.length === 3 ? h : null;
    });
    expect(hits.map(eventAndState)).toEqual([
      ['proposal_state_changed', 'recusada'],
      ['proposal_state_changed', 'em_analise'],
      ['proposal_created', 'checagem'],
    ]);
  });
});

describe('webhookMode before_response', () => {
  it('the simulation webhook reaches the receiver before the create response is sent', async () => {
    await control(env.sb, 'PATCH', '/config', { webhookMode: 'before_response' });
    await env.api('POST', '/banks_api/leads', leadBody(ana));
    const res = await env.api(
      'POST',
      '/banks_api/simulations',
      simulationBody(ana.cpf, { webhook_url: `${env.sb.origin}/__sink/early` }),
    );
    expect(res.status).toBe(200);
    const uuid = res.json.data.uuid as string;
    // Read right after the response, without waiting: the hit must already be there.
    const hits = await sinkHits('early');
    expect(hits.map((h) => [h.body.event, h.body.data?.uuid])).toEqual([['simulation_processed', uuid]]);
    // The response is the creation snapshot (still pending) although the webhook said "processed".
    expect(res.json.data.process_task).toBeNull();
    expect(
      (res.json.data.conditions as Array<{ process_task: unknown }>).every((c) => c.process_task === null),
    ).toBe(true);
    const deliveries = (await control(env.sb, 'GET', '/webhooks')).json.deliveries;
    expect(deliveries).toMatchObject([
      { event: 'simulation_processed', resourceId: uuid, ok: true, status: 200 },
    ]);
  });

  it('proposal_created reaches the receiver before POST /proposals answers, even when sent late', async () => {
    // The delay makes the order observable: without the hold the response would win the race.
    await control(env.sb, 'PATCH', '/config', { webhookMode: 'before_response', webhookDelayMs: 150 });
    const proposal = await createProposal(`${env.sb.origin}/__sink/early-proposal`);
    const hits = await sinkHits('early-proposal');
    expect(hits.map((h) => [h.body.event, h.body.proposal?.id])).toEqual([['proposal_created', proposal.id]]);
    expect(proposal.state).toBe('checagem');
  });

  it('a failing receiver still releases the create response after the first attempt', async () => {
    await control(env.sb, 'PATCH', '/config', { webhookMode: 'before_response' });
    await env.api('POST', '/banks_api/leads', leadBody(ana));
    const res = await env.api(
      'POST',
      '/banks_api/simulations',
      simulationBody(ana.cpf, { webhook_url: `${env.sb.origin}/__sink/early-fail?status=503` }),
    );
    expect(res.status).toBe(200);
    const deliveries = (await control(env.sb, 'GET', '/webhooks')).json.deliveries;
    expect(deliveries).toMatchObject([{ event: 'simulation_processed', attempt: 1, ok: false, status: 503 }]);
  });
});
