/**
 * CredereApi on top of CredereHttp: request bodies in CREDERE's format, responses through
 * the lenient parsers of schemas.ts.
 */
import { AppError } from '../errors';
import type {
  CallOptions,
  CredereApi,
  CustomerPayload,
  LeadInput,
  ProposalInput,
  SimulationInput,
} from './credere-api';
import { CredereHttp, collectPages, type HttpConfig } from './http';
import {
  banksResponse,
  currentUserResponse,
  customerDomainsResponse,
  customerResponse,
  integratedBanksResponse,
  leadDomainsResponse,
  leadResponse,
  proposalResponse,
  requiredFieldsResponse,
  simulationListResponse,
  simulationResponse,
  storesResponse,
  usersResponse,
  vehicleModelsResponse,
} from './schemas';

/** Creating a simulation makes CREDERE persist every condition first; it can be slow. */
export const SIMULATION_CREATE_TIMEOUT_MS = 60_000;

const PER_PAGE = 100;

export interface ClientConfig extends HttpConfig {
  simulationCreateTimeoutMs?: number;
}

const digits = (value: string) => value.replace(/\D/g, '');
const path = (...segments: string[]) => segments.map(encodeURIComponent).join('/');

/** Copies only the values given: an absent key tells CREDERE to keep what it has. */
function assignDefined(target: Record<string, unknown>, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) if (value !== undefined) target[key] = value;
}

function leadBody(input: LeadInput): Record<string, unknown> {
  const lead: Record<string, unknown> = { cpf_cnpj: digits(input.cpfCnpj) };
  assignDefined(lead, {
    name: input.name,
    birthdate: input.birthdate,
    email: input.email,
    phone_number: input.phoneNumber,
    has_cnh: input.hasCnh,
    monthly_income: input.monthlyIncomeCents,
    retrieve_gender: input.genderIdentifier,
    retrieve_occupation: input.occupationIdentifier,
    retrieve_profession: input.professionIdentifier,
    mother_name: input.motherName,
  });
  if (input.address) {
    const a = input.address;
    const address: Record<string, unknown> = {};
    const put = (key: string, value: unknown) => {
      if (value !== undefined && value !== null) address[key] = value;
    };
    put('zip_code', a.zipCode);
    put('city', a.city);
    put('state', a.state);
    put('district', a.district);
    put('street', a.street);
    put('number', a.number);
    put('complement', a.complement);
    lead.address = address;
  }
  return { lead };
}

function simulationBody(input: SimulationInput): Record<string, unknown> {
  const v = input.vehicle;
  const vehicle: Record<string, unknown> = {
    manufacture_year: v.manufactureYear,
    model_year: v.modelYear,
    asset_value: v.assetValueCents,
    zero_km: v.zeroKm,
  };
  if (v.molicarCode) vehicle.vehicle_molicar_code = v.molicarCode;
  if (v.credereVehicleModelId) vehicle.credere_vehicle_model_id = v.credereVehicleModelId;
  if (v.licensingUf) vehicle.licensing_uf = v.licensingUf;
  if (v.licensingCity) vehicle.licensing_city = v.licensingCity;
  const simulation: Record<string, unknown> = {
    seller_cpf: digits(input.sellerCpf),
    retrieve_lead: { cpf_cnpj: digits(input.leadCpfCnpj) },
    bank_febraban_codes: input.bankCodes,
    assets_value: input.assetsValueCents,
    vehicle,
    conditions: input.conditions.map((c) => ({
      installments: c.installments,
      down_payment: c.downPaymentCents,
      ...(c.financedAmountCents !== undefined ? { financed_amount: c.financedAmountCents } : {}),
      ...(c.bankCode ? { bank_febraban_code: c.bankCode } : {}),
      ...(c.includeFinancialProtectionInsurance !== undefined
        ? { include_financial_protection_insurance: c.includeFinancialProtectionInsurance }
        : {}),
    })),
  };
  assignDefined(simulation, {
    documentation_value: input.documentationValueCents,
    accessory_value: input.accessoryValueCents,
    insurance_value: input.insuranceValueCents,
    commercial: input.commercial,
    process_bank_suggested_conditions: input.processBankSuggestedConditions,
  });
  if (input.webhookUrl) simulation.webhook_url = input.webhookUrl;
  return { simulation };
}

function proposalBody(input: ProposalInput): Record<string, unknown> {
  const proposal: Record<string, unknown> = {
    customer_id: Number(input.customerId) || input.customerId,
    store_id: Number(input.storeId) || input.storeId,
    seller_id: Number(input.sellerId) || input.sellerId,
    proposal_attempts: input.attempts.map((a) => ({
      simulation_condition_id: Number(a.simulationConditionId) || a.simulationConditionId,
      external_simulation_uuid: a.simulationUuid,
    })),
  };
  assignDefined(proposal, {
    km_mileage: input.kmMileage,
    license_plate_code: input.licensePlateCode,
    renavam_code: input.renavamCode,
    chassi_code: input.chassiCode,
    color: input.color,
    licensing_uf: input.licensingUf,
    licensing_city: input.licensingCity,
    commercial: input.commercial,
    webhook_url: input.webhookUrl,
  });
  return { proposal };
}

function customerBody(customer: CustomerPayload, bank?: { bankCodes: string[]; storeId: string }) {
  return {
    ...(bank
      ? { bank_validations: { bank_codes: bank.bankCodes, store_id: Number(bank.storeId) || bank.storeId } }
      : {}),
    customer,
  };
}

/** Absence (404) is an answer for lookups, not an error. */
async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export function createCredereClient(config: ClientConfig): CredereApi {
  const http = new CredereHttp(config);
  const simulationTimeout = config.simulationCreateTimeoutMs ?? SIMULATION_CREATE_TIMEOUT_MS;
  const o = (options?: CallOptions) => ({ signal: options?.signal, timeoutMs: options?.timeoutMs });

  const api: CredereApi = {
    listStores: (options) =>
      collectPages(
        (page, perPage) =>
          http.request({
            method: 'GET',
            path: 'stores',
            searchParams: { page, per_page: perPage },
            schema: storesResponse,
            ...o(options),
          }),
        { perPage: PER_PAGE, keyOf: (s) => s.id },
      ),

    getCurrentUser: (options) =>
      http.request({ method: 'GET', path: 'users/current', schema: currentUserResponse, ...o(options) }),

    listSellers: (storeId, options) =>
      collectPages(
        (page, perPage) =>
          http.request({
            method: 'GET',
            path: 'users/proposals_filter_list',
            searchParams: { store_id: storeId, page, per_page: perPage },
            schema: usersResponse,
            ...o(options),
          }),
        { perPage: PER_PAGE, keyOf: (u) => u.id },
      ),

    listBanks: (options) =>
      collectPages(
        (page, perPage) =>
          http.request({
            method: 'GET',
            path: 'banks',
            searchParams: { page, per_page: perPage },
            schema: banksResponse,
            ...o(options),
          }),
        { perPage: PER_PAGE, keyOf: (b) => b.code },
      ),

    listIntegratedBanks: (storeId, options) =>
      collectPages(
        (page, perPage) =>
          http.request({
            method: 'GET',
            path: path('stores', storeId, 'integrated_banks'),
            label: 'stores/:id/integrated_banks',
            searchParams: { page, per_page: perPage },
            schema: integratedBanksResponse,
            ...o(options),
          }),
        { perPage: PER_PAGE, keyOf: (b) => b.code },
      ),

    async listLeadDomains(query = {}, options) {
      let storeId = query.storeId;
      if (!storeId) {
        const stores = await api.listStores(options);
        storeId = (stores.find((s) => s.active) ?? stores[0])?.id;
        if (!storeId) throw new AppError('API_REJECTED', 'A conta CREDERE autorizada não tem nenhuma loja.');
      }
      return http.request({
        method: 'GET',
        path: 'banks_api/domains',
        storeId,
        searchParams: { types: query.types?.length ? query.types.join(',') : undefined },
        schema: leadDomainsResponse,
        ...o(options),
      });
    },

    listCustomerDomains: (types, options) =>
      http.request({
        method: 'GET',
        path: 'domains',
        searchParams: { types: types?.length ? types.join(',') : undefined },
        schema: customerDomainsResponse,
        ...o(options),
      }),

    getLead: (storeId, cpfCnpj, options) =>
      orNull(
        http.request({
          method: 'GET',
          path: path('banks_api', 'leads', digits(cpfCnpj)),
          label: 'banks_api/leads/:cpf',
          storeId,
          schema: leadResponse,
          ...o(options),
        }),
      ),

    async upsertLead(storeId, input, options) {
      const update = () =>
        http.request({
          method: 'PUT',
          path: path('banks_api', 'leads', digits(input.cpfCnpj)),
          label: 'banks_api/leads/:cpf',
          storeId,
          json: leadBody(input),
          schema: leadResponse,
          ...o(options),
        });
      if (options?.knownToExist) {
        try {
          return await update();
        } catch (error) {
          if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
          // Gone since we saw it (or never there): create it below.
        }
      } else if (await api.getLead(storeId, input.cpfCnpj, options)) return update();
      try {
        return await http.request({
          method: 'POST',
          path: 'banks_api/leads',
          storeId,
          json: leadBody(input),
          schema: leadResponse,
          ...o(options),
        });
      } catch (error) {
        // Another salesperson (or window) may have created the same lead between our GET and
        // POST: CREDERE then refuses the POST. If the lead exists now, update it instead.
        if (
          error instanceof AppError &&
          error.code === 'API_REJECTED' &&
          (await api.getLead(storeId, input.cpfCnpj, options))
        )
          return update();
        throw error;
      }
    },

    getLeadRequiredFields: (storeId, cpfCnpj, bankCodes, options) =>
      http.request({
        method: 'GET',
        path: path('banks_api', 'leads', digits(cpfCnpj), 'required_fields'),
        label: 'banks_api/leads/:cpf/required_fields',
        storeId,
        searchParams: { bank_codes: bankCodes?.length ? bankCodes.join(',') : undefined },
        schema: requiredFieldsResponse,
        ...o(options),
      }),

    findVehicleModels: (query, options) =>
      collectPages(
        (page, perPage) =>
          http.request({
            method: 'GET',
            path: 'vehicle_models',
            searchParams: {
              fipe_code: query.fipeCode,
              molicar_code: query.molicarCode,
              year_start_less_than_or_equal_to: query.year,
              year_end_greater_than_or_equal_to: query.year,
              page,
              per_page: perPage,
            },
            schema: vehicleModelsResponse,
            ...o(options),
          }),
        { perPage: PER_PAGE, keyOf: (v) => v.id },
      ),

    createSimulation: (storeId, input, options) =>
      http.request({
        method: 'POST',
        path: 'banks_api/simulations',
        storeId,
        json: simulationBody(input),
        schema: simulationResponse,
        signal: options?.signal,
        timeoutMs: options?.timeoutMs ?? simulationTimeout,
      }),

    getSimulation: (storeId, uuid, options) =>
      http.request({
        method: 'GET',
        path: path('banks_api', 'simulations', uuid),
        label: 'banks_api/simulations/:uuid',
        storeId,
        schema: simulationResponse,
        ...o(options),
      }),

    listProposalSimulations: (storeId, query = {}, options) =>
      collectPages(
        (page, perPage) =>
          http.request({
            method: 'GET',
            path: 'proposal_simulations',
            storeId,
            searchParams: {
              page,
              per_page: perPage,
              sort: query.sort ?? 'created_at_desc',
              after: query.after,
            },
            schema: simulationListResponse,
            ...o(options),
          }),
        { perPage: PER_PAGE, maxPages: query.maxPages ?? 10, keyOf: (s) => s.uuid },
      ),

    findCustomer: (storeId, cpfCnpj, options) => {
      const d = digits(cpfCnpj);
      const key = d.length === 14 ? 'cnpj' : 'cpf';
      return orNull(
        http.request({
          method: 'GET',
          path: 'customers/find',
          storeId,
          searchParams: { [key]: d },
          schema: customerResponse,
          ...o(options),
        }),
      );
    },

    createCustomer: (storeId, customer, bankValidations, options) =>
      http.request({
        method: 'POST',
        path: 'customers',
        storeId,
        json: customerBody(customer, bankValidations),
        schema: customerResponse,
        ...o(options),
      }),

    updateCustomer: (storeId, customerId, customer, bankValidations, options) =>
      http.request({
        method: 'PATCH',
        path: path('customers', customerId),
        label: 'customers/:id',
        storeId,
        json: customerBody(customer, bankValidations),
        schema: customerResponse,
        ...o(options),
      }),

    createProposal: (storeId, input, options) =>
      http.request({
        method: 'POST',
        path: 'proposals',
        storeId,
        json: proposalBody(input),
        schema: proposalResponse,
        ...o(options),
      }),

    getProposal: (storeId, proposalId, options) =>
      http.request({
        method: 'GET',
        path: path('proposals', proposalId),
        label: 'proposals/:id',
        storeId,
        schema: proposalResponse,
        ...o(options),
      }),
  };
  return api;
}
