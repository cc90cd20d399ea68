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

export interface PonteDb extends DBSchema {
  /** Tokens and the client secret. Never exposed to content scripts. */
  secrets: { key: string; value: SecretRecord };
  /** DE>PARA mappings: id = `${kind}:${scope}:${dmsCode}`. */
  mappings: {
    key: string;
    value: Record<string, unknown> & { id: string; kind: string };
    indexes: { byKind: string };
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
}
