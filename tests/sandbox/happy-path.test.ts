import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_LOGIN, SELLERS, STORES } from '../seed/world';
import { CLIENT_ID, CLIENT_SECRET } from './seed';
import type { RunningSandbox } from './server';
import {
  apiClient,
  authorizeUrl,
  control,
  customer,
  fullCustomer,
  leadBody,
  pollSimulation,
  REDIRECT_URI,
  simulationBody,
  start,
  submitLogin,
  tokenRequest,
  waitFor,
} from './test-helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start();
});
afterAll(() => sb.close());

describe('happy path, HTTP only', () => {
  it('authorize → token → stores → lead → simulation → customer → proposal → state change → webhook', async () => {
    // 1. The login page is real HTML with stable ids.
    const page = await fetch(authorizeUrl(sb, {}));
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const id of ['username', 'password', 'approve', 'deny']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<label for="username"');
    expect(html).toContain('Autorizar');
    expect(html).toContain('Negar');
    expect(html).toContain('name="scope" value="simulator proposals"');

    // 2. Form post → redirect with code and the original state.
    const login = await submitLogin(sb, {});
    expect(login.status).toBe(302);
    const location = new URL(login.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get('state')).toBe('st-123');
    const code = location.searchParams.get('code')!;

    // 3. Token exchange.
    const tok = await tokenRequest(sb, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
    expect(tok.status).toBe(200);
    expect(tok.json).toMatchObject({
      token_type: 'Bearer',
      expires_in: 7200,
      scope: 'simulator proposals',
      user: { id: ADMIN_LOGIN.credereUserId },
    });
    expect(typeof tok.json.created_at).toBe('number');
    expect(Math.abs(tok.json.created_at - Date.now() / 1000)).toBeLessThan(5);

    const noStore = apiClient(sb, tok.json.access_token, null);
    const api = apiClient(sb, tok.json.access_token, 3101);

    // 4. Stores, sellers, integrated banks.
    const stores = await noStore('GET', '/stores');
    expect(stores.json.stores.map((s: { id: number }) => s.id)).toEqual(STORES.map((s) => s.credereId));
    const sellers = await noStore('GET', '/users/proposals_filter_list?store_id=3101');
    expect(sellers.json.users.map((u: { cpf: string }) => u.cpf).sort()).toEqual(
      SELLERS.map((s) => s.cpf).sort(),
    );
    const integrated = await noStore('GET', '/stores/3101/integrated_banks');
    expect(integrated.json.banks.map((b: { code: string }) => b.code)).toContain('033');

    // 5. Lead: absent, required fields, create.
    const ana = customer('approved_everywhere');
    expect((await api('GET', `/banks_api/leads/${ana.cpf}`)).status).toBe(404);
    const required = await api('GET', `/banks_api/leads/${ana.cpf}/required_fields`);
    expect(required.json.data.lead).toBeNull();
    expect(required.json.data.requirements.cpf_cnpj).toContain('033');
    const lead = await api('POST', '/banks_api/leads', leadBody(ana));
    expect(lead.status).toBe(200);
    expect(lead.json.data.profession.credere_identifier).toBe('administrador');

    // 6. Simulation: pending at once, then processed.
    const webhook = `${sb.origin}/__sink/happy`;
    const sim = await api(
      'POST',
      '/banks_api/simulations',
      simulationBody(ana.cpf, { webhook_url: webhook }),
    );
    expect(sim.status).toBe(200);
    expect(sim.json.data.conditions.every((c: { process_task: unknown }) => c.process_task === null)).toBe(
      true,
    );
    const done = await pollSimulation(api, sim.json.data.uuid);
    const best = done.conditions.find((c: { available: boolean }) => c.available);
    expect(best.pre_approval_status).toBe(3);
    expect(Number.isInteger(best.first_installment_value)).toBe(true);

    // 7. Customer with bank validations for the chosen bank.
    const created = await api('POST', '/customers', {
      bank_validations: { bank_codes: [best.bank.febraban_code], store_id: 3101 },
      customer: fullCustomer(ana),
    });
    expect(created.status).toBe(200);
    const found = await api('GET', `/customers/find?cpf=${ana.cpf}`);
    expect(found.json.customer.id).toBe(created.json.customer.id);

    // 8. Proposal.
    const proposal = await api('POST', '/proposals', {
      proposal: {
        customer_id: created.json.customer.id,
        store_id: 3101,
        seller_id: SELLERS[0]!.credereUserId,
        proposal_attempts: [{ simulation_condition_id: best.id, external_simulation_uuid: done.uuid }],
        webhook_url: webhook,
      },
    });
    expect(proposal.status).toBe(200);
    const cp = proposal.json.complete_proposal;
    expect(cp).toMatchObject({ object_type: 'CdcProposal', state: 'checagem' });
    expect(cp.proposal_attempt).toMatchObject({
      quota_in_cents: best.first_installment_value,
      term_financing: best.installments,
      input_financing_in_cents: best.down_payment,
      financed_amount_in_cents: best.financed_amount,
      cet_monthly: best.cet_monthly,
      integration_error: null,
    });
    expect(cp.proposal_attempt.bank.febraban_code).toBe(best.bank.febraban_code);

    // 9. State change through the control API, visible through GET /proposals/{id}.
    expect((await control(sb, 'POST', `/proposals/${cp.id}/state`, { state: 'em_analise' })).status).toBe(
      200,
    );
    const read = await api('GET', `/proposals/${cp.id}`);
    expect(read.json.proposal.state).toBe('em_analise');
    expect(read.json.proposal.proposal_attempt.bank_proposal_identifier).toBeTruthy();

    // 10. Webhooks: simulation finished, proposal created, proposal changed — recorded and received.
    const deliveries = await waitFor(async () => {
      const d = (await control(sb, 'GET', '/webhooks')).json.deliveries as Array<{
        event: string;
        ok: boolean;
      }>;
      return d.length >= 3 ? d : null;
    });
    expect(deliveries.map((d) => d.event)).toEqual([
      'simulation_processed',
      'proposal_created',
      'proposal_state_changed',
    ]);
    expect(deliveries.every((d) => d.ok)).toBe(true);
    const sink = (await control(sb, 'GET', '/sink?name=happy')).json.hits;
    expect(
      sink.find((h: { body: { event: string } }) => h.body.event === 'proposal_state_changed').body.proposal
        .state,
    ).toBe('em_analise');

    // 11. Every call was recorded with its store id.
    const reqs = (await control(sb, 'GET', '/requests?path=/proposals')).json.requests;
    expect(
      reqs.some((r: { method: string; storeId: string }) => r.method === 'POST' && r.storeId === '3101'),
    ).toBe(true);
  });
});
