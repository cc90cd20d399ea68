import type { DBSchema } from 'idb';

/**
 * The background's IndexedDB. Only the background opens it: extension pages and the
 * content script reach it through messages. Content scripts run in the page's origin
 * and cannot open the extension's IndexedDB at all, which is why secrets live here.
 */
export const DB_NAME = 'ponte-credere';

export interface SecretRecord {
  key: string;
  value: unknown;
  updatedAt: number;
}

/**
 * A stored DE>PARA row. The kind-specific fields are validated by lib/mappings/records.ts
 * on every read (zod), so the database schema only fixes what its indexes need.
 * id = `${kind}:${scope}:${dmsCode}`; scope is a CREDERE store id for bancos, '*' otherwise.
 */
export type MappingRow = Record<string, unknown> & {
  id: string;
  kind: string;
  scope: string;
  dmsCode: string;
  updatedAt: number;
};

/** A CREDERE list as last read from the API (stores, integrated banks, professions). */
export interface CredereCacheRecord {
  key: string;
  items: unknown[];
  fetchedAt: number;
}

export interface PonteDb extends DBSchema {
  /** Tokens and the client secret. Never exposed to content scripts. */
  secrets: { key: string; value: SecretRecord };
  /** DE>PARA mappings. */
  mappings: {
    key: string;
    value: MappingRow;
    indexes: { byKind: string; byKindScope: [string, string] };
  };
  /** Screen profiles added or edited by admins. */
  profiles: { key: string; value: Record<string, unknown> & { id: string } };
  /** Journal of simulations and proposals. */
  journal: {
    key: string;
    value: Record<string, unknown> & {
      id: string;
      status: string;
      atendimentoKey: string;
      createdAt: number;
    };
    indexes: { byStatus: string; byAtendimento: string; byCreatedAt: number };
  };
  /** Last known CREDERE lists, so suggestions and import checks work when the API is down. */
  credereCache: { key: string; value: CredereCacheRecord };
}
