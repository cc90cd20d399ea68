/**
 * Proposals: creation from chosen simulation conditions, reads, attempts, and a state
 * machine beyond "checagem" driven by the control API or a configured schedule.
 */
import type { Context } from 'hono';
import { storeScoped } from './auth';
import { bankJson, sellersOf } from './catalog';
import type { AppEnv, RouteModule } from './context';
import { customerJson, validateForBanks } from './customers';
import { ApiError, recordNotFound, unprocessable } from './errors';
import { findSimulation } from './simulations';
import type { Proposal, SandboxState } from './state';
import { digits, isPlainObject, paginate, railsTime } from './util';
import { integer, jsonBody, rootObject } from './validation';
import { holdForWebhook, sendWebhook } from './webhooks';

export const PROPOSAL_STATES: Record<string, { rank: number; next: string[] }> = {
  checagem: { rank: 1, next: ['em_analise', 'pendente', 'cancelada'] },
  pendente: { rank: 2, next: ['em_analise', 'cancelada'] },
  em_analise: { rank: 3, next: ['aprovada', 'recusada', 'pendente', 'cancelada'] },
  aprovada: { rank: 4, next: ['formalizada', 'cancelada'] },
  recusada: { rank: 4, next: [] },
  formalizada: { rank: 5, next: ['paga', 'cancelada'] },
  paga: { rank: 6, next: [] },
  cancelada: { rank: 0, next: [] },
};

interface ChosenCondition {
  uuid: string;
  conditionId: number;
  condition: Record<string, unknown>;
  bankCode: string;
}

function resolveAttempt(state: SandboxState, storeId: number, raw: unknown, path: string): ChosenCondition {
  if (!isPlainObject(raw)) throw unprocessable(`${path} deve ser um objeto.`, { field: path });
  const conditionId = integer(raw.simulation_condition_id, `${path}.simulation_condition_id`, { min: 1 })!;
  const uuid = typeof raw.external_simulation_uuid === 'string' ? raw.external_simulation_uuid : '';
  if (!uuid)
    throw unprocessable(`${path}.external_simulation_uuid é obrigatório.`, {
      field: `${path}.external_simulation_uuid`,
    });
  const sim = findSimulation(state, storeId, uuid);
  if (!sim)
    throw unprocessable(
      `${path}.external_simulation_uuid ${uuid} não corresponde a uma simulação desta loja.`,
      {
        field: `${path}.external_simulation_uuid`,
      },
    );
  const cond = sim.conditions.find((c) => c.body.id === conditionId);
  if (!cond)
    throw unprocessable(`${path}.simulation_condition_id ${conditionId} não pertence à simulação ${uuid}.`, {
      field: `${path}.simulation_condition_id`,
    });
  if (!cond.processed)
    throw unprocessable(
      `${path}.simulation_condition_id ${conditionId}: a condição ainda está em processamento.`,
      {
        field: `${path}.simulation_condition_id`,
      },
    );
  if (cond.body.available !== true)
    throw unprocessable(
      `${path}.simulation_condition_id ${conditionId}: a condição não está disponível (${String(cond.body.reason ?? 'recusada')}).`,
      {
        field: `${path}.simulation_condition_id`,
      },
    );
  return { uuid, conditionId, condition: cond.body, bankCode: cond.bankCode };
}

function attemptBody(
  state: SandboxState,
  proposalId: number,
  chosen: ChosenCondition,
  sim: Record<string, unknown>,
  now: number,
) {
  const c = chosen.condition;
  const bank = bankJson(chosen.bankCode)!;
  const level = Number(c.credit_condition_return ?? 0);
  const flow = (c.payment_flow as Record<string, number> | null) ?? {};
  return {
    object_type: 'ProposalAttemp',
    id: state.next('attempt'),
    proposal_id: proposalId,
    active: true,
    state: 'checagem',
    state_rank: PROPOSAL_STATES.checagem!.rank,
    bank: { id: bank.id, name: bank.name, tradename: bank.tradename, febraban_code: bank.febraban_code },
    quota_in_cents: c.first_installment_value,
    term_financing: c.installments,
    value_in_cents: sim.assets_value,
    input_financing_in_cents: c.down_payment,
    financed_amount_in_cents: c.financed_amount,
    cet_monthly: c.cet_monthly,
    cet_annually: c.cet_annually,
    interest_monthly: c.interest_monthly,
    coefficient: c.coefficient,
    first_payment_in_days: 30,
    plan: { return: `R${level}`, return_offset: level },
    return_value_cents: c.return_value_cents ?? 0,
    table: { description: c.credit_condition_description },
    funding_type: { id: 1, name: 'CDC' },
    payment_type: { id: 1, name: 'Carnê' },
    input_origin: 'api',
    application: { id: 77, name: 'Ponte CREDERE (sandbox)' },
    external_simulation_uuid: chosen.uuid,
    simulation_condition_id: chosen.conditionId,
    external_proposal_uuid: state.ids.uuid(),
    bank_proposal_identifier: null as string | null,
    honda_id: null,
    simulation_pre_approval_status: c.pre_approval_status,
    integration_error: null as unknown,
    formalization_state: null as string | null,
    formalization: null,
    replaced_by_proposal_attempt_id: null as number | null,
    replaces_proposal_attempt_id: null as number | null,
    has_license_plate: false,
    value_of_the_license_plate_in_cents: 0,
    has_accessory: Boolean(sim.accessory_value),
    value_of_the_accessory_in_cents: sim.accessory_value ?? 0,
    fixed_installments: true,
    expenses: ((c.expenses as Array<{ value: number; credere_type: string }>) ?? []).map((e) => ({
      object_type: 'ExpenseInfo',
      value_in_cents: e.value,
      credere_type: e.credere_type,
    })),
    payment_flow: Object.entries(flow).map(([n, v]) => ({ installment_number: Number(n), value_cents: v })),
    created_at: railsTime(now),
    updated_at: railsTime(now),
  };
}

export function proposalJson(state: SandboxState, p: Proposal) {
  const customer = state.customers.find((c) => c.id === p.body.customer_id);
  const active = p.attempts.find((a) => a.body.active === true) ?? p.attempts[0];
  return {
    ...p.body,
    customer: customer
      ? (() => {
          const json = customerJson(state, customer) as Record<string, unknown>;
          return {
            id: json.id,
            name: json.name,
            cpf: json.cpf,
            cnpj: null,
            born_at: json.born_at,
            phones: json.phones,
          };
        })()
      : null,
    proposal_attempt: active?.body ?? null,
    proposal_attempts: p.attempts.map((a) => a.body),
  };
}

function touch(p: Proposal) {
  p.body.updated_at = railsTime(Date.now());
}

export function changeState(
  state: SandboxState,
  p: Proposal,
  next: string,
  opts: { force?: boolean; integrationError?: unknown; bankProposalIdentifier?: string } = {},
) {
  const current = String(p.body.state);
  const def = PROPOSAL_STATES[next];
  if (!def)
    throw new ApiError(
      422,
      `Estado desconhecido: "${next}". Válidos: ${Object.keys(PROPOSAL_STATES).join(', ')}.`,
    );
  if (!opts.force && current !== next && !PROPOSAL_STATES[current]?.next.includes(next))
    throw new ApiError(422, `Transição inválida: ${current} → ${next}.`);
  p.body.state = next;
  p.body.state_rank = def.rank;
  const attempt = p.attempts.find((a) => a.body.active === true)?.body;
  if (attempt) {
    attempt.state = next;
    attempt.state_rank = def.rank;
    attempt.updated_at = railsTime(Date.now());
    if (next !== 'checagem' && next !== 'cancelada' && !attempt.bank_proposal_identifier)
      attempt.bank_proposal_identifier = `${(attempt.bank as { febraban_code: string }).febraban_code}-${String(attempt.id).padStart(9, '0')}`;
    if (opts.bankProposalIdentifier) attempt.bank_proposal_identifier = opts.bankProposalIdentifier;
    if (opts.integrationError !== undefined) attempt.integration_error = opts.integrationError;
    if (next === 'formalizada') attempt.formalization_state = 'formalizado';
  }
  if (next !== 'checagem' && next !== 'cancelada') p.body.sent_to_bank = true;
  (p.body.activity_log as Array<Record<string, unknown>>).push({ state: next, at: railsTime(Date.now()) });
  touch(p);
  sendWebhook(state, p.webhookUrl, 'proposal_state_changed', String(p.id), {
    event: 'proposal_state_changed',
    proposal: proposalJson(state, p),
  });
}

function runSchedule(state: SandboxState, p: Proposal) {
  const steps = state.config.proposalSchedule;
  if (!steps?.length) return;
  let at = 0;
  for (const step of steps) {
    at += step.afterMs;
    state.schedule(at, () => {
      try {
        changeState(state, p, step.state, { force: true });
      } catch {
        // A scheduled step the current state cannot take is skipped.
      }
    });
  }
}

function findProposal(state: SandboxState, storeId: number, id: string | undefined): Proposal {
  const p = state.proposals.find((x) => x.id === Number(id) && x.storeId === storeId);
  if (!p) throw recordNotFound('Proposal');
  return p;
}

export const registerProposals: RouteModule = (app, state) => {
  app.use('/api/v1/proposals', storeScoped(state));
  app.use('/api/v1/proposals/*', storeScoped(state));

  app.post('/api/v1/proposals', async (c) => {
    const storeId = c.get('storeId');
    const input = rootObject(await jsonBody(c), 'proposal');
    if (input.store_id !== undefined && Number(input.store_id) !== storeId)
      throw unprocessable(`proposal.store_id ${String(input.store_id)} difere do Store-Id ${storeId}.`, {
        field: 'proposal.store_id',
      });
    const customerId = integer(input.customer_id, 'proposal.customer_id', { min: 1 })!;
    const customer = state.customers.find((x) => x.id === customerId && x.storeId === storeId);
    if (!customer)
      throw unprocessable(`proposal.customer_id ${customerId} não corresponde a um cliente desta loja.`, {
        field: 'proposal.customer_id',
      });
    const sellerId = integer(input.seller_id, 'proposal.seller_id', { min: 1 })!;
    const seller = sellersOf(state, storeId).find((u) => u.id === sellerId);
    if (!seller)
      throw unprocessable(`proposal.seller_id ${sellerId} não é vendedor da loja ${storeId}.`, {
        field: 'proposal.seller_id',
      });
    let rawAttempts = input.proposal_attempts;
    if (rawAttempts === undefined && input.proposal_attemps !== undefined) {
      if (!state.config.acceptProposalAttempsTypo)
        throw unprocessable(
          'proposal.proposal_attempts é obrigatório (a chave "proposal_attemps" não é aceita).',
          {
            field: 'proposal.proposal_attempts',
          },
        );
      rawAttempts = input.proposal_attemps;
    }
    if (!Array.isArray(rawAttempts) || rawAttempts.length === 0)
      throw unprocessable(
        'proposal.proposal_attempts é obrigatório: informe ao menos uma condição escolhida.',
        {
          field: 'proposal.proposal_attempts',
        },
      );
    const chosen = rawAttempts.map((raw, i) =>
      resolveAttempt(state, storeId, raw, `proposal.proposal_attempts[${i}]`),
    );
    validateForBanks(state, storeId, customer, {
      store_id: storeId,
      bank_codes: [...new Set(chosen.map((x) => x.bankCode))],
    });
    let webhookUrl: string | null = null;
    if (typeof input.webhook_url === 'string' && input.webhook_url) {
      try {
        webhookUrl = new URL(input.webhook_url).toString();
      } catch {
        throw unprocessable('proposal.webhook_url deve ser uma URL válida.', {
          field: 'proposal.webhook_url',
        });
      }
    }
    const now = Date.now();
    const id = state.next('proposal');
    const sim = findSimulation(state, storeId, chosen[0]!.uuid)!;
    const vehicle = sim.data.vehicle as Record<string, unknown>;
    const store = state.storeById(storeId)!;
    const proposal: Proposal = {
      id,
      storeId,
      webhookUrl,
      createdAt: now,
      attempts: [],
      body: {
        object_type: 'CdcProposal',
        id,
        created_at: railsTime(now),
        updated_at: railsTime(now),
        customer_id: customerId,
        seller: { id: seller.id, name: seller.name },
        state: 'checagem',
        state_rank: PROPOSAL_STATES.checagem!.rank,
        store: { id: store.id, name: store.name, seller_can_send_proposal_to_bank: true },
        year_of_model: vehicle.model_year,
        year_of_manufacture: vehicle.manufacture_year,
        comments_count: 0,
        external_simulation_uuid: chosen[0]!.uuid,
        sent_to_bank: false,
        zero_km: vehicle.zero_km,
        commercial: input.commercial === true,
        creation_external_link_id: null,
        licensing_uf: input.licensing_uf ?? vehicle.licensing_uf,
        licensing_city: input.licensing_city ?? vehicle.licensing_city,
        chassi_code: input.chassi_code ?? null,
        license_plate_code: input.license_plate_code ?? null,
        renavam_code: input.renavam_code ?? null,
        km_mileage: input.km_mileage ?? null,
        color: input.color ?? null,
        vehicle_model: vehicle.vehicle_model,
        fuel: vehicle.fuel_type,
        webhook_url: webhookUrl,
        activity_log: [{ state: 'checagem', at: railsTime(now) }],
      },
    };
    for (const ch of chosen) {
      const simData = findSimulation(state, storeId, ch.uuid)!.data;
      const attempt = attemptBody(state, id, ch, simData, now);
      if (proposal.attempts.length > 0) attempt.active = false;
      proposal.attempts.push({ body: attempt });
    }
    state.proposals.push(proposal);
    sendWebhook(state, webhookUrl, 'proposal_created', String(id), {
      event: 'proposal_created',
      proposal: proposalJson(state, proposal),
    });
    runSchedule(state, proposal);
    const created = proposalJson(state, proposal);
    await holdForWebhook(state, webhookUrl, String(id));
    return c.json({ complete_proposal: created });
  });

  app.get('/api/v1/proposals', (c) => {
    const q = c.req.query();
    let list = state.proposals.filter((p) => p.storeId === c.get('storeId'));
    if (q.state) list = list.filter((p) => p.body.state === q.state);
    if (q.cpf_cnpj)
      list = list.filter(
        (p) =>
          digits(state.customers.find((x) => x.id === p.body.customer_id)?.record.cpf) === digits(q.cpf_cnpj),
      );
    if ((q.sort ?? 'created_at_desc') === 'created_at_desc') list = [...list].reverse();
    return c.json({
      proposals: paginate(
        list.map((p) => proposalJson(state, p)),
        q,
      ),
    });
  });

  app.get('/api/v1/proposals/:id', (c) =>
    c.json({ proposal: proposalJson(state, findProposal(state, c.get('storeId'), c.req.param('id'))) }),
  );

  app.put('/api/v1/proposals/:id', async (c) => {
    const p = findProposal(state, c.get('storeId'), c.req.param('id'));
    const input = rootObject(await jsonBody(c), 'proposal');
    for (const key of [
      'km_mileage',
      'license_plate_code',
      'renavam_code',
      'chassi_code',
      'color',
      'licensing_uf',
      'licensing_city',
      'commercial',
    ])
      if (key in input) p.body[key] = input[key];
    touch(p);
    return c.json({ proposal: proposalJson(state, p) });
  });

  app.delete('/api/v1/proposals/:id', (c) => {
    const p = findProposal(state, c.get('storeId'), c.req.param('id'));
    state.proposals = state.proposals.filter((x) => x !== p);
    return c.body(null, 204);
  });

  app.get('/api/v1/proposals/:id/activity_log', (c) => {
    const p = findProposal(state, c.get('storeId'), c.req.param('id'));
    return c.json({ activity_log: p.body.activity_log });
  });

  app.get('/api/v1/proposals/:pid/proposal_attempts', (c) => {
    const p = findProposal(state, c.get('storeId'), c.req.param('pid'));
    return c.json({ proposal_attempts: p.attempts.map((a) => a.body) });
  });

  app.post('/api/v1/proposals/:pid/proposal_attempts', async (c) => {
    const storeId = c.get('storeId');
    const p = findProposal(state, storeId, c.req.param('pid'));
    const raw = rootObject(await jsonBody(c), 'proposal_attempt');
    const chosen = resolveAttempt(state, storeId, raw, 'proposal_attempt');
    const customer = state.customers.find((x) => x.id === p.body.customer_id)!;
    validateForBanks(state, storeId, customer, { store_id: storeId, bank_codes: [chosen.bankCode] });
    const attempt = attemptBody(
      state,
      p.id,
      chosen,
      findSimulation(state, storeId, chosen.uuid)!.data,
      Date.now(),
    );
    const previous = p.attempts.find((a) => a.body.active === true);
    if (previous) {
      previous.body.active = false;
      previous.body.replaced_by_proposal_attempt_id = attempt.id;
      attempt.replaces_proposal_attempt_id = previous.body.id as number;
    }
    p.attempts.push({ body: attempt });
    touch(p);
    return c.json({ proposal_attempt: attempt });
  });

  const findAttempt = (c: Context<AppEnv>) => {
    const p = findProposal(state, c.get('storeId'), c.req.param('pid'));
    const a = p.attempts.find((x) => x.body.id === Number(c.req.param('aid')));
    if (!a) throw recordNotFound('ProposalAttempt');
    return { p, a };
  };

  app.get('/api/v1/proposals/:pid/proposal_attempts/:aid', (c) =>
    c.json({ proposal_attempt: findAttempt(c).a.body }),
  );

  app.put('/api/v1/proposals/:pid/proposal_attempts/:aid', async (c) => {
    const { p, a } = findAttempt(c);
    const input = rootObject(await jsonBody(c), 'proposal_attempt');
    if ('first_payment_in_days' in input)
      a.body.first_payment_in_days = integer(
        input.first_payment_in_days,
        'proposal_attempt.first_payment_in_days',
        { min: 0 },
      );
    touch(p);
    return c.json({ proposal_attempt: a.body });
  });

  const ACTIONS: Record<string, string> = {
    send_to_bank: 'em_analise',
    approve: 'aprovada',
    refuse: 'recusada',
    cancel: 'cancelada',
  };
  app.get('/api/v1/proposals/:pid/proposal_attempts/:aid/:action', (c) => {
    const { p, a } = findAttempt(c);
    const target = ACTIONS[c.req.param('action')];
    if (!target) throw new ApiError(404, 'Endpoint requested not found');
    if (a.body.active !== true) throw unprocessable('A tentativa não está ativa (foi substituída).');
    changeState(state, p, target);
    return c.json({ proposal_attempt: a.body });
  });
};
