import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { PonteDb } from './schema';

type UpgradeTx = IDBPTransaction<PonteDb, StoreNames<PonteDb>[], 'versionchange'>;

/**
 * Ordered migrations: index i upgrades a database from version i to i + 1. Never edit a
 * shipped step; append a new one (and a test in tests/unit/db/migrations.test.ts).
 */
export const MIGRATIONS: ((db: IDBPDatabase<PonteDb>, tx: UpgradeTx) => void)[] = [
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
];

export const DB_VERSION = MIGRATIONS.length;
