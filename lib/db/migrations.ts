import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { PonteDb } from './schema';

export type UpgradeTx = IDBPTransaction<PonteDb, StoreNames<PonteDb>[], 'versionchange'>;

/**
 * Ordered migrations: index i upgrades a database from version i to i + 1. Never edit a
 * shipped step; append a new one (and a test in tests/unit/db/migrations.test.ts).
 * Steps run inside the versionchange transaction; a step that rewrites records must keep
 * its requests on `tx` so a failure aborts the whole upgrade.
 */
export const MIGRATIONS: ((db: IDBPDatabase<PonteDb>, tx: UpgradeTx) => void | Promise<void>)[] = [
  // v0 → v1: initial stores.
  (db) => {
    db.createObjectStore('secrets', { keyPath: 'key' });
    const mappings = db.createObjectStore('mappings', { keyPath: 'id' });
    mappings.createIndex('byKind', 'kind');
    db.createObjectStore('profiles', { keyPath: 'id' });
    const journal = db.createObjectStore('journal', { keyPath: 'id' });
    journal.createIndex('byStatus', 'status');
    journal.createIndex('byAtendimento', 'atendimentoKey');
    journal.createIndex('byCreatedAt', 'createdAt');
  },
  // v1 → v2: per-store bank mappings need a [kind, scope] index; rows written by v1 carried
  // scope and dmsCode only inside the id, so they are backfilled from it. CREDERE lists get
  // a cache store.
  async (db, tx) => {
    const mappings = tx.objectStore('mappings');
    mappings.createIndex('byKindScope', ['kind', 'scope']);
    db.createObjectStore('credereCache', { keyPath: 'key' });
    let cursor = await mappings.openCursor();
    while (cursor) {
      const row = cursor.value as Record<string, unknown> & { id: string; kind: string };
      const [, scope = '*', ...rest] = row.id.split(':');
      const dmsCode = rest.join(':');
      const next = {
        ...row,
        scope: typeof row.scope === 'string' ? row.scope : scope,
        dmsCode: typeof row.dmsCode === 'string' ? row.dmsCode : dmsCode,
        updatedAt: typeof row.updatedAt === 'number' ? row.updatedAt : 0,
      };
      await cursor.update(next);
      cursor = await cursor.continue();
    }
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs the steps from oldVersion up to target, one after the other, inside the upgrade transaction. */
export async function runMigrations(
  db: IDBPDatabase<PonteDb>,
  tx: UpgradeTx,
  oldVersion: number,
  target: number = DB_VERSION,
): Promise<void> {
  for (let version = oldVersion; version < target; version++) await MIGRATIONS[version]!(db, tx);
}
