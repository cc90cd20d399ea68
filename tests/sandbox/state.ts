/**
 * All mutable sandbox data in one object, so `reset` is a single re-seed and nothing
 * leaks between tests that share a sandbox.
 */
import { DEFAULT_CONFIG, type SandboxConfig } from './config';
import type { Fault } from './faults';
import { IdSource } from './random';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  INTEGRATED,
  type LeadDomainEntry,
  SEED_REDIRECT_URIS,
  type SeedStore,
  type SeedUser,
  type SeedVehicleModel,
  seedCustomerDomains,
  seedLeadDomains,
  seedStores,
  seedUsers,
  seedVehicleModels,
} from './seed';

export interface OAuthClient {
  id: string;
  secret: string;
  redirectUris: Set<string>;
}

export interface AuthCode {
  code: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  userId: number;
  codeChallenge: string | null;
  codeChallengeMethod: 'S256' | 'plain' | null;
  expiresAt: number;
  used: boolean;
}

export interface AccessToken {
  token: string;
  refreshToken: string | null;
  clientId: string;
  userId: number;
  scope: string;
  createdAt: number;
  expiresAt: number;
  revoked: boolean;
}

export interface RefreshToken {
  token: string;
  accessToken: string;
  clientId: string;
  userId: number;
  scope: string;
  family: string;
  revoked: boolean;
  /** Set when rotation replaced this token with a newer one. */
  rotatedOut: boolean;
}

export interface Lead {
  id: number;
  storeId: number;
  cpf: string;
  fields: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

export interface Customer {
  id: number;
  storeId: number;
  record: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

export interface SimulationCondition {
  /** The condition as served; mutated in place as banks answer. */
  body: Record<string, unknown>;
  bankCode: string;
  processed: boolean;
}

export interface Simulation {
  uuid: string;
  storeId: number;
  createdAt: number;
  data: Record<string, unknown>;
  conditions: SimulationCondition[];
  webhookUrl: string | null;
  finished: boolean;
}

export interface ProposalAttempt {
  body: Record<string, unknown>;
}

export interface Proposal {
  id: number;
  storeId: number;
  body: Record<string, unknown>;
  attempts: ProposalAttempt[];
  webhookUrl: string | null;
  createdAt: number;
}

export interface RecordedRequest {
  seq: number;
  at: string;
  method: string;
  path: string;
  query: string;
  status: number | null;
  storeId: string | null;
  requestId: string;
  faultId: number | null;
  durationMs: number | null;
}

export interface WebhookDelivery {
  seq: number;
  at: string;
  url: string;
  event: string;
  resourceId: string;
  attempt: number;
  status: number | null;
  ok: boolean;
  error: string | null;
  body: unknown;
}

/** A webhook waiting to be sent (out_of_order mode holds them per resource, then sends newest-first). */
export interface HeldWebhook {
  url: string;
  event: string;
  resourceId: string;
  body: unknown;
}

export interface SinkHit {
  seq: number;
  at: string;
  name: string;
  headers: Record<string, string>;
  body: unknown;
}

export class SandboxState {
  config: SandboxConfig;
  ids!: IdSource;
  clients!: Map<string, OAuthClient>;
  codes!: Map<string, AuthCode>;
  accessTokens!: Map<string, AccessToken>;
  refreshTokens!: Map<string, RefreshToken>;
  stores!: SeedStore[];
  integrated!: Record<number, string[]>;
  users!: SeedUser[];
  vehicleModels!: SeedVehicleModel[];
  leadDomains!: Record<'genders' | 'occupations' | 'professions', LeadDomainEntry[]>;
  customerDomains!: Record<string, Array<Record<string, unknown>>>;
  leads!: Lead[];
  customers!: Customer[];
  simulations!: Simulation[];
  proposals!: Proposal[];
  faults!: Fault[];
  requests!: RecordedRequest[];
  webhooks!: WebhookDelivery[];
  sink!: SinkHit[];
  /** out_of_order mode: deliveries held per resource until their window closes or a release. */
  heldWebhooks!: Map<string, HeldWebhook[]>;
  /** before_response mode: per resource, releases the held create response after the first attempt. */
  webhookGates!: Map<string, { settled: Promise<void>; settle: () => void }>;
  counters!: Record<
    | 'lead'
    | 'customer'
    | 'nested'
    | 'condition'
    | 'proposal'
    | 'attempt'
    | 'fault'
    | 'request'
    | 'webhook'
    | 'sink'
    | 'item',
    number
  >;
  private timers = new Set<ReturnType<typeof setTimeout>>();
  /** Aborted on reset and close: releases hanging requests and pending webhook sends. */
  lifecycle = new AbortController();

  constructor(config: SandboxConfig = DEFAULT_CONFIG) {
    this.config = config;
    this.seed();
  }

  seed(): void {
    this.ids = new IdSource(this.config.seed);
    this.clients = new Map([
      [CLIENT_ID, { id: CLIENT_ID, secret: CLIENT_SECRET, redirectUris: new Set(SEED_REDIRECT_URIS) }],
    ]);
    this.codes = new Map();
    this.accessTokens = new Map();
    this.refreshTokens = new Map();
    this.stores = seedStores();
    // Copy so control-API changes never touch the seed module.
    this.integrated = structuredClone(INTEGRATED);
    this.users = seedUsers();
    this.vehicleModels = seedVehicleModels();
    this.leadDomains = seedLeadDomains();
    this.customerDomains = seedCustomerDomains();
    this.leads = [];
    this.customers = [];
    this.simulations = [];
    this.proposals = [];
    this.faults = [];
    this.requests = [];
    this.webhooks = [];
    this.sink = [];
    this.heldWebhooks = new Map();
    this.webhookGates = new Map();
    this.counters = {
      lead: 8_100_000,
      customer: 2_472_800,
      nested: 5_000_000,
      condition: 368_339_400,
      proposal: 901_000,
      attempt: 1_750_000,
      fault: 0,
      request: 0,
      webhook: 0,
      sink: 0,
      item: 44_000_000,
    };
  }

  next(counter: keyof SandboxState['counters']): number {
    this.counters[counter] += 1;
    return this.counters[counter];
  }

  /** Re-seed everything and cancel timers; keeps (or replaces) the config. */
  reset(config?: SandboxConfig): void {
    this.cancelAsync();
    if (config) this.config = config;
    this.seed();
  }

  cancelAsync(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.lifecycle.abort();
    this.lifecycle = new AbortController();
  }

  schedule(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }

  storeById(id: number): SeedStore | undefined {
    return this.stores.find((s) => s.id === id);
  }
}
