/** Fake ports for the simulation service: an in-memory journal and session, a scripted API. */
import type { CredereApi } from '../../../lib/api/credere-api';
import type { ReadinessResult } from '../../../lib/mappings/readiness';
import type { DealHandle, SimulationPorts } from '../../../lib/simulation/ports';
import type { JournalEntry } from '../../../lib/simulation/types';

export function dealHandle(tabId = 7, atendimento = '123456'): DealHandle {
  return {
    tabId,
    frameId: 0,
    snapshot: {
      profileId: 'calcular-fator',
      url: 'http://127.0.0.1/dms',
      fingerprint: `fp-${atendimento}`,
      readAt: 1,
      problems: [],
      deal: {
        atendimento,
        storeCode: '001',
        seller: { code: 'V017', cpf: '11144477735' },
        customer: {
          code: 'C1',
          cpf: '52998224725',
          name: 'Cliente Teste',
          birthdate: '1990-01-01',
          email: 'cliente@example.com',
          phone: '11912345678',
          monthlyIncomeCents: 650_000,
          professionCode: null,
        },
        vehicle: {
          description: 'Carro',
          fipeCode: '001492-3',
          manufactureYear: 2022,
          modelYear: 2023,
          zeroKm: false,
          chassi: null,
          plate: null,
          valueCents: 10_000_000,
        },
        negotiation: {
          downPaymentCents: 3_000_000,
          financedAmountCents: 7_000_000,
          termMonths: 48,
          financeiraCode: null,
          planCode: null,
          retorno: null,
        },
      },
    },
  };
}

export interface CallLog {
  name: string;
  start: number;
  end: number;
}

/** A scripted API: every call takes `latencyMs` of (fake) time and is logged with its interval. */
export function fakeApi(log: CallLog[], clock: { now: number }, latencyMs = 10): Partial<CredereApi> {
  const call =
    <A extends unknown[], R>(name: string, answer: (...args: A) => R) =>
    async (...args: A): Promise<R> => {
      const start = performance.now() - clock.now;
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      log.push({ name, start, end: performance.now() - clock.now });
      return answer(...args);
    };
  return {
    listIntegratedBanks: call('listIntegratedBanks', () => [
      { code: '033', name: 'Santander', tradename: 'Santander', enabled: true, credentialStatus: 'okay' },
      { code: '341', name: 'Itaú', tradename: 'Itaú', enabled: true, credentialStatus: 'okay' },
    ]) as unknown as CredereApi['listIntegratedBanks'],
    listLeadDomains: call('listLeadDomains', () => ({
      genders: [{ id: '1', type: 'genders', identifier: 'F', label: 'Feminino' }],
      occupations: [],
      professions: [],
    })) as unknown as CredereApi['listLeadDomains'],
    getLeadRequiredFields: call('getLeadRequiredFields', () => ({
      lead: null,
      requirements: { name: ['033', '341'] },
    })) as unknown as CredereApi['getLeadRequiredFields'],
    upsertLead: call('upsertLead', () => ({})) as unknown as CredereApi['upsertLead'],
    findVehicleModels: call('findVehicleModels', () => [
      {
        id: 'vm1',
        name: 'Carro',
        brand: null,
        modelName: null,
        version: null,
        fipeCode: '001492-3',
        molicarCode: '02104455-1',
        yearStart: 2020,
        yearEnd: 2024,
        active: true,
      },
    ]) as unknown as CredereApi['findVehicleModels'],
    createSimulation: call('createSimulation', () => ({
      uuid: 'sim-1',
      conditions: [],
    })) as unknown as CredereApi['createSimulation'],
    getSimulation: call('getSimulation', () => ({
      uuid: 'sim-1',
      conditions: [],
    })) as unknown as CredereApi['getSimulation'],
  };
}

export function fakePorts(
  opts: {
    readiness?: ReadinessResult;
    handles?: DealHandle[];
    api?: Partial<CredereApi>;
    entries?: JournalEntry[];
  } = {},
): SimulationPorts & { entries: Map<string, JournalEntry>; store: Map<string, unknown> } {
  const entries = new Map((opts.entries ?? []).map((e) => [e.id, e]));
  const store = new Map<string, unknown>();
  const handles = opts.handles ?? [dealHandle()];
  let id = 0;
  return {
    entries,
    store,
    api: async () => (opts.api ?? {}) as CredereApi,
    auth: async () => ({ connected: true, needsReauthorization: false, userId: '42100' }),
    readiness: async () =>
      opts.readiness ?? {
        ready: true,
        failures: [],
        resolved: {
          credereStoreId: '3101',
          credereStoreName: 'Matriz',
          bankCodes: ['033', '341'],
          profession: null,
        },
      },
    mappings: {
      store: async () => ({ credereStoreId: '3101', name: 'Matriz' }),
      banks: async () => [
        { dmsCode: '10', dmsName: 'SANTANDER', febrabanCode: '033', storeScope: '*' },
        { dmsCode: '11', dmsName: 'ITAU', febrabanCode: '341', storeScope: '*' },
      ],
      professions: async () => [],
    },
    screen: {
      readDeal: async (tabId, frameId) =>
        handles.find((h) => h.tabId === tabId && h.frameId === frameId) ?? null,
      apply: async () => ({ ok: true, fingerprint: 'fp', fields: [] }) as never,
      focusTab: async () => true,
    },
    journal: {
      get: async (key: string) => entries.get(key) ?? null,
      put: async (entry: JournalEntry) => {
        entries.set(entry.id, entry);
        return entry;
      },
      byAtendimento: async (key: string) => [...entries.values()].filter((e) => e.atendimentoKey === key),
      byStatus: async (status: string) => [...entries.values()].filter((e) => e.status === status),
      recent: async () => [...entries.values()],
      prune: async () => 0,
    } as unknown as SimulationPorts['journal'],
    session: {
      get: async <T>(key: string) => (store.get(key) as T | undefined) ?? null,
      set: async (key, value) => {
        store.set(key, structuredClone(value));
      },
      remove: async (key) => {
        store.delete(key);
      },
    },
    now: () => 1_000,
    newId: () => `e${++id}`,
  };
}
