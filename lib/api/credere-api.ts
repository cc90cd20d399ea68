/**
 * The contract every feature codes against to talk to CREDERE. Implemented by
 * `createCredereClient` (lib/api/client.ts) on ky; obtained in the background through
 * `getCredereApi()` (lib/api/get-api.ts), which wires the token manager and settings.
 *
 * Everything returned is normalised: ids are strings, money is integer centavos, rates
 * are plain numbers (percent, e.g. 2.62 = 2,62 % a.m.), dates are ISO strings. Drifted
 * API types (numbers as strings, `error` as string or bool…) are absorbed by the parsers.
 *
 * Errors are thrown as AppError from lib/errors.ts:
 * - AUTH_REQUIRED / AUTH_CONFIG: not connected or not configured;
 * - API_REJECTED (4xx, message from CREDERE, `field` when known), NOT_FOUND (404 where absence
 *   is an error), RATE_LIMITED (`retryAfterSeconds`), API_UNAVAILABLE (5xx), NETWORK, TIMEOUT,
 *   API_BAD_RESPONSE (HTML, truncated JSON, schema mismatch);
 * - INDETERMINATE: a create (POST) whose outcome is unknown (timeout, 5xx, dropped connection):
 *   never retried here; reconcile through `listProposalSimulations` / `getProposal`.
 * Every API error keeps `requestId` (X-Request-Id) and `status` when the server sent them.
 */

/** Per-call options. `timeoutMs` overrides the configured default. */
export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

// ---------- stores, users, banks ----------

export interface CredereStore {
  id: string;
  name: string;
  displayName: string | null;
  /** Digits only (or alphanumeric CNPJ, upper case), null when absent. */
  cnpj: string | null;
  active: boolean;
  uf: string | null;
  city: string | null;
}

export interface CredereUser {
  id: string;
  name: string;
  email: string | null;
  /** Digits only. */
  cpf: string | null;
  active: boolean;
}

export interface CredereBank {
  /** CREDERE's numeric bank id as a string (customer references use it). */
  id: string;
  /** Code used to simulate: febraban_code or code ("033", "M22", "fontecred"…). */
  code: string;
  name: string;
  tradename: string | null;
}

export interface IntegratedBank extends CredereBank {
  /** Credentials active and status "okay": the store can simulate with this bank. */
  enabled: boolean;
  credentialStatus: string | null;
}

// ---------- domains ----------

/** `/banks_api/domains` entry; leads refer to it by `identifier` (credere_identifier). */
export interface LeadDomainEntry {
  id: string;
  type: string;
  identifier: string;
  label: string;
}

export interface LeadDomains {
  genders: LeadDomainEntry[];
  occupations: LeadDomainEntry[];
  professions: LeadDomainEntry[];
}

/** `/domains` entry; customers refer to it by numeric `id`. */
export interface CustomerDomainEntry {
  id: string;
  name: string;
  /** Profession identifier shared with the lead domain (`credere_identifier`), when present. */
  identifier: string | null;
  /** States only: "SP". */
  abbreviation: string | null;
}

/** Keyed by domain name: profession, marital_status, genre, states, education, ... */
export type CustomerDomains = Record<string, CustomerDomainEntry[]>;

// ---------- leads ----------

export interface LeadAddress {
  zipCode?: string | null;
  city?: string | null;
  state?: string | null;
  district?: string | null;
  street?: string | null;
  number?: string | null;
  complement?: string | null;
}

export interface Lead {
  id: string;
  /** Digits only. */
  cpfCnpj: string;
  name: string | null;
  /** ISO YYYY-MM-DD. */
  birthdate: string | null;
  email: string | null;
  phoneNumber: string | null;
  hasCnh: boolean | null;
  monthlyIncomeCents: number | null;
  genderIdentifier: string | null;
  occupationIdentifier: string | null;
  professionIdentifier: string | null;
  motherName: string | null;
  address: LeadAddress | null;
}

export interface LeadInput {
  /** Any formatting; digits are sent. */
  cpfCnpj: string;
  name?: string;
  /** ISO YYYY-MM-DD. */
  birthdate?: string;
  email?: string;
  /** "(11) 98765-4321" or digits. */
  phoneNumber?: string;
  hasCnh?: boolean;
  monthlyIncomeCents?: number;
  genderIdentifier?: string;
  occupationIdentifier?: string;
  professionIdentifier?: string;
  motherName?: string;
  address?: LeadAddress;
}

export interface LeadRequiredFields {
  lead: Lead | null;
  /** Field path ("name", "address.zip_code") → bank codes that require it. */
  requirements: Record<string, string[]>;
}

// ---------- vehicles ----------

export interface VehicleModel {
  id: string;
  name: string;
  brand: string | null;
  modelName: string | null;
  version: string | null;
  fipeCode: string | null;
  molicarCode: string | null;
  yearStart: number | null;
  yearEnd: number | null;
  active: boolean;
}

export interface VehicleModelQuery {
  fipeCode?: string;
  molicarCode?: string;
  /** Keeps models whose year range contains this year. */
  year?: number;
}

// ---------- simulations ----------

export interface SimulationConditionInput {
  installments: number;
  downPaymentCents: number;
  financedAmountCents?: number;
  /** Limits this condition to one bank. */
  bankCode?: string;
  includeFinancialProtectionInsurance?: boolean;
}

export interface SimulationInput {
  /** Seller's CPF (a user of the store); digits are sent. */
  sellerCpf: string;
  /** The lead must already exist in the store. */
  leadCpfCnpj: string;
  bankCodes: string[];
  assetsValueCents: number;
  documentationValueCents?: number;
  accessoryValueCents?: number;
  insuranceValueCents?: number;
  commercial?: boolean;
  processBankSuggestedConditions?: boolean;
  webhookUrl?: string;
  vehicle: {
    /** One of molicarCode / credereVehicleModelId. */
    molicarCode?: string;
    credereVehicleModelId?: string;
    licensingUf?: string;
    licensingCity?: string;
    manufactureYear: number;
    modelYear: number;
    assetValueCents: number;
    zeroKm: boolean;
  };
  conditions: SimulationConditionInput[];
}

export type ConditionStatus = 'pending' | 'available' | 'rejected' | 'failed';
export type SimulationStatus = 'pending' | 'completed' | 'failed';

export interface SimulationExpense {
  type: string;
  valueCents: number;
}

export interface SimulationCondition {
  id: string;
  status: ConditionStatus;
  bankCode: string | null;
  bankId: string | null;
  bankName: string | null;
  installments: number | null;
  downPaymentCents: number | null;
  financedAmountCents: number | null;
  firstInstallmentCents: number | null;
  lastInstallmentCents: number | null;
  amountPaidCents: number | null;
  /** Percent numbers: 2.62 = 2,62 % a.m. */
  interestMonthly: number | null;
  interestAnnually: number | null;
  cetMonthly: number | null;
  cetAnnually: number | null;
  coefficient: number | null;
  /** 3 high chance, 2 some chance, 1 no chance; null when absent or unparseable. */
  preApprovalStatus: number | null;
  available: boolean;
  success: boolean | null;
  error: boolean;
  /** Error text when the API sent `error` as a string, or `reason`. */
  reason: string | null;
  reasonIdentifier: string | null;
  suggestionReason: string | null;
  creditConditionCode: string | null;
  creditConditionReturn: string | null;
  /** Cents per installment, in order. */
  paymentFlow: number[];
  expenses: SimulationExpense[];
  processedAt: string | null;
}

export interface Simulation {
  uuid: string;
  status: SimulationStatus;
  createdAt: string | null;
  assetsValueCents: number | null;
  /** Digits only. */
  leadCpfCnpj: string | null;
  sellerCpf: string | null;
  storeId: string | null;
  vehicleModelYear: number | null;
  vehicleManufactureYear: number | null;
  vehicleMolicarCode: string | null;
  conditions: SimulationCondition[];
}

export interface ProposalSimulationQuery {
  /** YYYY-MM-DD (America/Sao_Paulo); only simulations created on or after it. */
  after?: string;
  sort?: 'created_at_desc' | 'created_at_asc';
  /** Safety bound on pages fetched (default 10). */
  maxPages?: number;
}

// ---------- customers ----------

/**
 * The customer record in CREDERE's own request format (snake_case, dates DD/MM/YYYY,
 * domain ids numeric), e.g. `{cpf, name, born_at, phones:[{id?, code, number, phone_type_id}]}`.
 * Nested objects MUST carry their `id` on update, or CREDERE duplicates them: take the ids
 * from `Customer.record`.
 */
export type CustomerPayload = Record<string, unknown>;

export interface BankValidations {
  bankCodes: string[];
  storeId: string;
}

export interface Customer {
  id: string;
  /** Digits only. */
  cpf: string | null;
  name: string | null;
  state: string | null;
  /** The customer as CREDERE returned it (nested ids included), for building updates. */
  record: Record<string, unknown>;
}

// ---------- proposals ----------

export interface ProposalInput {
  customerId: string;
  sellerId: string;
  storeId: string;
  attempts: { simulationConditionId: string; simulationUuid: string }[];
  kmMileage?: number;
  licensePlateCode?: string;
  renavamCode?: string;
  chassiCode?: string;
  color?: string;
  licensingUf?: string;
  licensingCity?: string;
  commercial?: boolean;
  webhookUrl?: string;
}

export interface ProposalAttempt {
  id: string;
  state: string | null;
  bankCode: string | null;
  bankId: string | null;
  bankName: string | null;
  quotaCents: number | null;
  termFinancing: number | null;
  valueCents: number | null;
  downPaymentCents: number | null;
  financedAmountCents: number | null;
  cetMonthly: number | null;
  cetAnnually: number | null;
  coefficient: number | null;
  bankProposalIdentifier: string | null;
  /** Null when the bank integration is fine. */
  integrationError: { message: string } | null;
  simulationConditionId: string | null;
  simulationUuid: string | null;
}

export interface Proposal {
  id: string;
  state: string | null;
  stateRank: number | null;
  sentToBank: boolean | null;
  customerId: string | null;
  sellerId: string | null;
  storeId: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  attempt: ProposalAttempt | null;
}

// ---------- the client ----------

export interface CredereApi {
  /** Stores of the authorised CREDERE user (all pages). */
  listStores(options?: CallOptions): Promise<CredereStore[]>;
  /** The authorised CREDERE user (`/users/current`). */
  getCurrentUser(options?: CallOptions): Promise<CredereUser>;
  /** Sellers of a store (`/users/proposals_filter_list?store_id=`). */
  listSellers(storeId: string, options?: CallOptions): Promise<CredereUser[]>;
  /** Master bank list (`/banks`). */
  listBanks(options?: CallOptions): Promise<CredereBank[]>;
  /** Banks integrated in a store, whatever the documented shape. Includes disabled ones (`enabled`). */
  listIntegratedBanks(storeId: string, options?: CallOptions): Promise<IntegratedBank[]>;
  /**
   * Lead domains (genders, occupations, professions with `identifier` = credere_identifier).
   * The endpoint is store-scoped; without `storeId` the first active store is used.
   */
  listLeadDomains(
    query?: { storeId?: string; types?: (keyof LeadDomains)[] },
    options?: CallOptions,
  ): Promise<LeadDomains>;
  /** Customer domains (`/domains`): profession id + identifier, marital_status, states, ... */
  listCustomerDomains(types?: string[], options?: CallOptions): Promise<CustomerDomains>;

  /** Lead by CPF/CNPJ in a store, or null when absent (404). */
  getLead(storeId: string, cpfCnpj: string, options?: CallOptions): Promise<Lead | null>;
  /** Creates the lead, or updates it when it already exists in the store. */
  /**
   * Creates or updates the lead. `knownToExist` (e.g. required_fields just returned it) skips
   * the look-up: one PUT, and a create only if CREDERE answers 404 after all.
   */
  upsertLead(
    storeId: string,
    input: LeadInput,
    options?: CallOptions & { knownToExist?: boolean },
  ): Promise<Lead>;
  /** Per-bank required lead fields; works before the lead exists. */
  getLeadRequiredFields(
    storeId: string,
    cpfCnpj: string,
    bankCodes?: string[],
    options?: CallOptions,
  ): Promise<LeadRequiredFields>;

  /** Vehicle models by FIPE (or Molicar) code, optionally filtered by year (all pages). */
  findVehicleModels(query: VehicleModelQuery, options?: CallOptions): Promise<VehicleModel[]>;

  /** POST /banks_api/simulations; never retried; INDETERMINATE when the outcome is unknown. */
  createSimulation(storeId: string, input: SimulationInput, options?: CallOptions): Promise<Simulation>;
  getSimulation(storeId: string, uuid: string, options?: CallOptions): Promise<Simulation>;
  /** Recent simulations of the store (reconciliation after INDETERMINATE). */
  listProposalSimulations(
    storeId: string,
    query?: ProposalSimulationQuery,
    options?: CallOptions,
  ): Promise<Simulation[]>;

  /** Customer by CPF/CNPJ, or null when absent (404 RecordNotFound). */
  findCustomer(storeId: string, cpfCnpj: string, options?: CallOptions): Promise<Customer | null>;
  createCustomer(
    storeId: string,
    customer: CustomerPayload,
    bankValidations?: BankValidations,
    options?: CallOptions,
  ): Promise<Customer>;
  updateCustomer(
    storeId: string,
    customerId: string,
    customer: CustomerPayload,
    bankValidations?: BankValidations,
    options?: CallOptions,
  ): Promise<Customer>;

  /** POST /proposals; never retried; INDETERMINATE when the outcome is unknown. */
  createProposal(storeId: string, input: ProposalInput, options?: CallOptions): Promise<Proposal>;
  getProposal(storeId: string, proposalId: string, options?: CallOptions): Promise<Proposal>;
}
