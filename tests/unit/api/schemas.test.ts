import { describe, expect, it } from 'vitest';
import {
  banksResponse,
  currentUserResponse,
  customerDomainsResponse,
  customerResponse,
  describeErrorBody,
  integratedBanksResponse,
  leadDomainsResponse,
  leadResponse,
  proposalResponse,
  requiredFieldsResponse,
  simulationListResponse,
  simulationResponse,
  storesResponse,
  tokenResponseSchema,
  usersResponse,
  vehicleModelsResponse,
} from '../../../lib/api/schemas';

// Fixtures follow the shapes in the CREDERE reference (credere-api.md §2–§8, §11).

describe('stores, users, banks', () => {
  it('stores: numeric or string ids, status or active', () => {
    const parsed = storesResponse.parse({
      stores: [
        { id: 3101, name: 'Matriz', display_name: 'MATRIZ', cnpj: '11.222.333/0001-81', active: true },
        { id: 'store_123', name: 'Filial', status: 'inactive' },
        { id: '7', name: 'Sem status' },
      ],
    });
    expect(parsed.map((s) => [s.id, s.active, s.cnpj])).toEqual([
      ['3101', true, '11222333000181'],
      ['store_123', false, null],
      ['7', true, null],
    ]);
    expect(() => storesResponse.parse({ stores: [{ name: 'sem id' }] })).toThrow();
  });

  it('users: current and sellers', () => {
    expect(
      currentUserResponse.parse({ user: { id: 42100, name: 'Gerente', cpf: '862.883.667-57' } }),
    ).toEqual({
      id: '42100',
      name: 'Gerente',
      email: null,
      cpf: '86288366757',
      active: true,
    });
    expect(usersResponse.parse({ users: [{ id: '1', name: 'A', status: 'inactive' }] })[0]!.active).toBe(
      false,
    );
  });

  it('banks: febraban_code or code, non-numeric codes', () => {
    const banks = banksResponse.parse({
      banks: [
        { id: 90, name: 'Banco Votorantim S.A.', tradename: 'Banco Votorantim', febraban_code: '655' },
        { object_type: 'Bank', id: 1, name: 'Banco do Brasil S.A.', tradename: 'BB', code: '001' },
        { id: 922, name: 'Honda', febraban_code: 'M22' },
        { id: 5, name: 'sem código' },
      ],
    });
    expect(banks.map((b) => [b.id, b.code])).toEqual([
      ['90', '655'],
      ['1', '001'],
      ['922', 'M22'],
    ]);
  });

  it('integrated banks in both documented shapes, disabled credentials flagged', () => {
    const ts = integratedBanksResponse.parse({
      banks: [
        { code: '341', name: 'Itaú', tradename: 'Itaú', bank_credential: { active: true, status: 'okay' } },
        { code: '623', name: 'Pan', bank_credential: { active: false, status: 'okay' } },
        { code: '033', name: 'Santander', bank_credential: { active: true, status: 'not_analyzed' } },
      ],
    });
    expect(ts.map((b) => [b.code, b.enabled, b.credentialStatus])).toEqual([
      ['341', true, 'okay'],
      ['623', false, 'okay'],
      ['033', false, 'not_analyzed'],
    ]);
    const sdk = integratedBanksResponse.parse({
      integrated_banks: [
        {
          id: 1,
          store_id: 3101,
          bank: { id: 116, name: 'Itaú', febraban_code: '341' },
          credentials_status: 'okay',
        },
        { id: 2, store_id: 3101, bank: null, credentials_status: 'okay' },
      ],
    });
    expect(sdk).toEqual([
      { id: '116', code: '341', name: 'Itaú', tradename: null, enabled: true, credentialStatus: 'okay' },
    ]);
  });
});

describe('domains', () => {
  it('lead domains: data envelope, domains key, flat list', () => {
    const entry = { id: 1, type: 'gender', credere_identifier: 'M', label: 'Masculino' };
    const fromData = leadDomainsResponse.parse({
      data: {
        genders: [entry],
        occupations: [{ id: 10, type: 'occupation', credere_identifier: '11', label: 'Empregado' }],
        professions: [
          { id: 2, type: 'profession', credere_identifier: 'administrador', label: 'Administrador' },
        ],
      },
    });
    expect(fromData.professions).toEqual([
      { id: '2', type: 'profession', identifier: 'administrador', label: 'Administrador' },
    ]);
    expect(fromData.occupations[0]!.identifier).toBe('11');
    expect(leadDomainsResponse.parse({ domains: { genders: [entry] } }).genders).toHaveLength(1);
    expect(
      leadDomainsResponse.parse({
        data: [entry, { id: 3, type: 'profession', identifier: 'medico', name: 'Médico' }],
      }).professions,
    ).toEqual([{ id: '3', type: 'profession', identifier: 'medico', label: 'Médico' }]);
  });

  it('customer domains: keyed object and flat list', () => {
    const keyed = customerDomainsResponse.parse({
      profession: [{ object_type: 'Profession', id: 2, name: 'ADMINISTRADOR', identifier: 'administrador' }],
      states: [{ id: 20, name: 'Rio Grande do Norte', abbreviation: 'RN' }],
      marital_status: [{ id: 1, name: 'Casado', honda_code: 'C' }],
    });
    expect(keyed.profession).toEqual([
      { id: '2', name: 'ADMINISTRADOR', identifier: 'administrador', abbreviation: null },
    ]);
    expect(keyed.states![0]!.abbreviation).toBe('RN');
    const flat = customerDomainsResponse.parse([
      { id: 2, type: 'profession', credere_identifier: 'administrador', label: 'Administrador' },
    ]);
    expect(flat.profession![0]).toMatchObject({
      id: '2',
      name: 'Administrador',
      identifier: 'administrador',
    });
    expect(() => customerDomainsResponse.parse('x')).toThrow();
  });
});

describe('leads and required fields', () => {
  const lead = {
    id: 55,
    cpf_cnpj: '529.982.247-25',
    name: 'Ana',
    birthdate: '1990-04-12',
    phone_number: '+5511987654321',
    has_cnh: true,
    monthly_income: '850000',
    gender: { id: 2, type: 'gender', credere_identifier: 'F', label: 'Feminino' },
    occupation: null,
    profession: { id: 2, type: 'profession', credere_identifier: 'administrador', label: 'Administrador' },
    address: { zip_code: '01310-100', city: 'São Paulo' },
    payload: {},
  };

  it('lead with drifted income and missing objects', () => {
    expect(leadResponse.parse({ data: lead })).toMatchObject({
      id: '55',
      cpfCnpj: '52998224725',
      monthlyIncomeCents: 850000,
      genderIdentifier: 'F',
      occupationIdentifier: null,
      professionIdentifier: 'administrador',
      address: { zipCode: '01310-100', city: 'São Paulo' },
    });
    const { address: _a, gender: _g, ...bare } = lead;
    expect(leadResponse.parse({ data: bare }).address).toBeNull();
  });

  it('required fields flattened to paths, lead null before it exists', () => {
    const parsed = requiredFieldsResponse.parse({
      data: { lead: null, requirements: { name: ['033', '341'], address: { zip_code: ['623'] } } },
    });
    expect(parsed).toEqual({
      lead: null,
      requirements: { name: ['033', '341'], 'address.zip_code': ['623'] },
    });
  });
});

describe('vehicle models', () => {
  it('codes, years as strings, brand as object', () => {
    const [model] = vehicleModelsResponse.parse({
      vehicle_models: [
        {
          id: 70101,
          name: 'T-CROSS Highline',
          brand: { id: 1, name: 'VW' },
          fipe_code: '005520-4',
          molicar_code: '01906112-2',
          year_start: '2020',
          year_end: 2027,
          active: true,
        },
      ],
    });
    expect(model).toMatchObject({
      id: '70101',
      brand: 'VW',
      yearStart: 2020,
      yearEnd: 2027,
      molicarCode: '01906112-2',
    });
  });
});

describe('simulations', () => {
  const condition = {
    id: 368339483,
    installments: 48,
    down_payment: 1000000,
    financed_amount: 9000000,
    available: true,
    success: true,
    error: false,
    reason: null,
    first_installment_value: 120159,
    last_installment_value: 120159,
    pre_approval_status: 3,
    interest_monthly: 2.62,
    interest_annually: 36.37,
    cet_monthly: 4.45,
    cet_annually: 69.9,
    credit_condition_return: '5',
    bank: { id: 33, febraban_code: '033', name: 'Banco Santander (Brasil) S.A.', nickname: 'Santander' },
    payment_flow: { '2': 120159, '1': 120160 },
    expenses: [{ id: 1, credere_type: 'iof_value', value: 32100 }],
    process_task: { ended_at: '2024-06-01T12:00:00-03:00', error: false, result: { success: true } },
  };
  const data = {
    uuid: '1a887757-aaaa',
    assets_value: 10000000,
    created_at: '2024-06-01T11:59:00-03:00',
    success: true,
    payload: { application_id: 1, store_id: 3101 },
    lead: { cpf_cnpj: '529.982.247-25' },
    vehicle: { model_year: 2024, manufacture_year: 2023, vehicle_model: { molicar_code: '01906112-2' } },
    process_task: { ended_at: '2024-06-01T12:00:00-03:00' },
    conditions: [condition],
  };

  it('documented shape → normalised condition', () => {
    const sim = simulationResponse.parse({ data });
    expect(sim).toMatchObject({
      uuid: '1a887757-aaaa',
      status: 'completed',
      storeId: '3101',
      leadCpfCnpj: '52998224725',
    });
    expect(sim.conditions[0]).toMatchObject({
      id: '368339483',
      status: 'available',
      bankCode: '033',
      bankName: 'Santander',
      firstInstallmentCents: 120159,
      cetMonthly: 4.45,
      preApprovalStatus: 3,
      paymentFlow: [120160, 120159],
      expenses: [{ type: 'iof_value', valueCents: 32100 }],
    });
  });

  it('drifted types: numbers as strings, error as string, pre_approval_status as string, missing objects', () => {
    const drifted = {
      ...condition,
      first_installment_value: '120159',
      cet_monthly: '4.45',
      pre_approval_status: 'pre_approval_status_2',
      error: 'Banco fora do ar',
      success: false,
      payment_flow: undefined,
      expenses: undefined,
      bank: undefined,
    };
    const sim = simulationResponse.parse({
      data: { ...data, conditions: [drifted, { ...condition, pre_approval_status: '3' }] },
    });
    expect(sim.conditions[0]).toMatchObject({
      status: 'failed',
      error: true,
      reason: 'Banco fora do ar',
      firstInstallmentCents: 120159,
      cetMonthly: 4.45,
      preApprovalStatus: 2,
      paymentFlow: [],
      expenses: [],
      bankCode: null,
    });
    expect(sim.conditions[1]!.preApprovalStatus).toBe(3);
    expect(
      simulationResponse.parse({ data: { ...data, conditions: [{ ...condition, error: null }] } })
        .conditions[0]!.status,
    ).toBe('available');
  });

  it('pending, rejected and failed statuses as the reference derives them', () => {
    const pending = simulationResponse.parse({
      data: { ...data, process_task: null, conditions: [{ ...condition, process_task: null }] },
    });
    expect(pending.status).toBe('pending');
    expect(pending.conditions[0]!.status).toBe('pending');
    const rejected = simulationResponse.parse({
      data: { ...data, conditions: [{ ...condition, available: false }] },
    });
    expect(rejected.conditions[0]!.status).toBe('rejected');
    expect(rejected.status).toBe('completed');
    const failed = simulationResponse.parse({
      data: { ...data, conditions: [{ ...condition, error: true }] },
    });
    expect(failed.status).toBe('failed');
    expect(simulationResponse.parse({ data: { ...data, success: false } }).status).toBe('failed');
  });

  it('proposal_simulations list skips unusable rows', () => {
    expect(simulationListResponse.parse({ data: [data, { nope: 1 }] }).map((s) => s.uuid)).toEqual([
      '1a887757-aaaa',
    ]);
  });
});

describe('customers and proposals', () => {
  it('customer keeps the full record for nested ids', () => {
    const customer = customerResponse.parse({
      customer: {
        object_type: 'Customer',
        id: 2472825,
        cpf: '000.000.000-00',
        name: 'X',
        state: 'checagem',
        phones: [{ id: 9 }],
      },
    });
    expect(customer).toMatchObject({ id: '2472825', cpf: '00000000000', state: 'checagem' });
    expect((customer.record.phones as { id: number }[])[0]!.id).toBe(9);
  });

  it('proposal create (complete_proposal) and read (proposal)', () => {
    const body = {
      object_type: 'CdcProposal',
      id: 777,
      state: 'checagem',
      state_rank: 1,
      sent_to_bank: false,
      customer: { id: 2472825, name: 'X' },
      seller: { id: 42102, name: 'Rafael' },
      store: { id: 3101, name: 'Matriz' },
      proposal_attempt: {
        object_type: 'ProposalAttemp',
        id: 5,
        state: 'checagem',
        bank: { id: 90, name: 'Banco Votorantim S.A.', tradename: 'Banco Votorantim', febraban_code: '655' },
        quota_in_cents: '120159',
        term_financing: 48,
        input_financing_in_cents: 1000000,
        financed_amount_in_cents: 9000000,
        cet_monthly: 4.45,
        integration_error: null,
        simulation_condition_id: 368339483,
        external_simulation_uuid: '1a887757-aaaa',
      },
    };
    const created = proposalResponse.parse({ complete_proposal: body });
    expect(created).toMatchObject({
      id: '777',
      customerId: '2472825',
      sellerId: '42102',
      storeId: '3101',
      state: 'checagem',
    });
    expect(created.attempt).toMatchObject({
      bankCode: '655',
      quotaCents: 120159,
      integrationError: null,
      simulationConditionId: '368339483',
    });
    const read = proposalResponse.parse({
      proposal: {
        ...body,
        proposal_attempt: {
          ...body.proposal_attempt,
          integration_error: { error: true, message: 'Falha no banco' },
        },
      },
    });
    expect(read.attempt!.integrationError).toEqual({ message: 'Falha no banco' });
    expect(proposalResponse.parse({ proposal: { ...body, proposal_attempt: undefined } }).attempt).toBeNull();
  });
});

describe('errors and tokens', () => {
  it('reads every documented error body', () => {
    expect(describeErrorBody({ error: { message: 'Unauthorized', status: 401 } }).message).toBe(
      'Unauthorized',
    );
    expect(describeErrorBody({ error: 'bad_request', message: 'CPF inválido' }).message).toBe('CPF inválido');
    expect(describeErrorBody({ error: 'invalid_grant', error_description: 'revoked' })).toMatchObject({
      oauthError: 'invalid_grant',
      message: 'revoked',
    });
    expect(describeErrorBody({ errors: { mother: ['obrigatório'] } })).toMatchObject({
      field: 'mother',
      message: 'mother: obrigatório',
    });
  });

  it('token response with optional fields missing or drifted', () => {
    expect(
      tokenResponseSchema.parse({ access_token: 'a', expires_in: '7200', user: { id: 411 } }),
    ).toMatchObject({
      expires_in: 7200,
      user: { id: '411' },
    });
    expect(tokenResponseSchema.parse({ access_token: 'a' }).refresh_token).toBeUndefined();
    expect(() => tokenResponseSchema.parse({ token_type: 'Bearer' })).toThrow();
  });
});
