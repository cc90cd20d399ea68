/**
 * Everything the simulation needs from the other domains, in one place, so the
 * orchestration codes against small interfaces and tests pass fakes. The default
 * implementations wire the real modules (API client, token manager, DE>PARA repository,
 * the screen bridge's session snapshot (lib/screens/session.ts) and applyToTab).
 */
import { browser } from 'wxt/browser';
import type { CredereApi } from '../api/credere-api';
import { getCredereApi } from '../api/get-api';
import { getAuthStatus } from '../auth/status';
import { AppError } from '../errors';
import { checkReadiness, type ReadinessInput, type ReadinessResult } from '../mappings/readiness';
import { createCredereCache, createMappingRepository } from '../mappings/repository';
import { applyToTab } from '../screens/apply';
import { readStoredSnapshot } from '../screens/session';
import type { FillReport, ProposalValues, ScreenSnapshot } from '../screens/types';
import { createJournal, type Journal } from './journal';

export interface MappedStore {
  credereStoreId: string;
  name: string;
}
export interface MappedBank {
  dmsCode: string;
  dmsName: string;
  febrabanCode: string;
  storeScope: string;
}
export interface MappedProfession {
  dmsCode: string;
  dmsName: string;
  identifier: string | null;
  professionId: number | null;
  label: string | null;
}

export interface MappingsPort {
  store(dmsCode: string): Promise<MappedStore | null>;
  /** Bank rows for the store (store-specific and "todas as lojas"), mapped ones only. */
  banks(storeId: string): Promise<MappedBank[]>;
  professions(): Promise<MappedProfession[]>;
}

/** A deal as the bridge left it for the window (storage.session, keyed by tab and frame). */
export interface DealHandle {
  tabId: number;
  frameId: number;
  snapshot: ScreenSnapshot;
}

export interface ScreenPort {
  readDeal(tabId: number, frameId: number): Promise<DealHandle | null>;
  /** Writes the proposal into the tab's Calcular fator; throws AppError SCREEN_CHANGED when the deal changed. */
  apply(tabId: number, frameId: number, values: ProposalValues, fingerprint: string): Promise<FillReport>;
  focusTab(tabId: number): Promise<boolean>;
}

export interface SimulationPorts {
  api(): Promise<CredereApi>;
  auth(): Promise<{ connected: boolean; needsReauthorization: boolean; userId: string | null }>;
  /** The DE>PARA readiness check (lib/mappings/readiness.ts): one set of messages, each with its options link. */
  readiness(input: ReadinessInput): Promise<ReadinessResult>;
  mappings: MappingsPort;
  screen: ScreenPort;
  journal: Journal;
  /** storage.session: survives service-worker restarts, never written to disk. */
  session: {
    get<T>(key: string): Promise<T | null>;
    set(key: string, value: unknown): Promise<void>;
    remove(key: string): Promise<void>;
  };
  now(): number;
  newId(): string;
}

function repositoryMappings(): MappingsPort {
  const repo = createMappingRepository();
  return {
    async store(dmsCode) {
      const row = await repo.get('loja', '*', dmsCode);
      return row?.credereStoreId
        ? { credereStoreId: row.credereStoreId, name: row.credereStoreName ?? row.dmsName }
        : null;
    },
    async banks(storeId) {
      const [own, all] = await Promise.all([repo.list('banco', storeId), repo.list('banco', '*')]);
      const byDms = new Map<string, MappedBank>();
      // Store-specific rows override "todas as lojas" for the same DMS code.
      for (const row of [...all, ...own]) {
        if (!row.febrabanCode) continue;
        byDms.set(row.dmsCode, {
          dmsCode: row.dmsCode,
          dmsName: row.dmsName,
          febrabanCode: row.febrabanCode,
          storeScope: row.storeScope,
        });
      }
      return [...byDms.values()];
    },
    async professions() {
      return (await repo.list('profissao')).map((row) => ({
        dmsCode: row.dmsCode,
        dmsName: row.dmsName,
        identifier: row.credereIdentifier,
        professionId: row.credereProfessionId,
        label: row.credereLabel,
      }));
    },
  };
}

function browserScreen(): ScreenPort {
  return {
    async readDeal(tabId, frameId) {
      const stored = await readStoredSnapshot(tabId, frameId);
      return stored ? { tabId, frameId, snapshot: stored.snapshot as ScreenSnapshot } : null;
    },
    async apply(tabId, frameId, values, fingerprint) {
      try {
        await browser.tabs.get(tabId);
      } catch {
        throw new AppError(
          'SCREEN_CHANGED',
          'A aba do LinxDMS foi fechada. A proposta ficou pendente de aplicação.',
        );
      }
      return applyToTab(tabId, frameId, values, fingerprint);
    },
    async focusTab(tabId) {
      try {
        const tab = await browser.tabs.update(tabId, { active: true });
        if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
        return true;
      } catch {
        return false;
      }
    },
  };
}

export function defaultPorts(): SimulationPorts {
  return {
    api: getCredereApi,
    async auth() {
      const status = await getAuthStatus();
      return {
        connected: status.connected,
        needsReauthorization: status.needsReauthorization,
        userId: status.userId,
      };
    },
    readiness: (input) =>
      checkReadiness(input, { repo: createMappingRepository(), getAuthStatus, cache: createCredereCache() }),
    mappings: repositoryMappings(),
    screen: browserScreen(),
    journal: createJournal(),
    session: {
      async get<T>(key: string) {
        return ((await browser.storage.session.get(key))[key] as T | undefined) ?? null;
      },
      async set(key, value) {
        await browser.storage.session.set({ [key]: value });
      },
      async remove(key) {
        await browser.storage.session.remove(key);
      },
    },
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  };
}
