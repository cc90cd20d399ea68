import { type IDBPDatabase, openDB } from 'idb';
import { DB_VERSION, runMigrations } from './migrations';
import { DB_NAME, type PonteDb } from './schema';

let dbPromise: Promise<IDBPDatabase<PonteDb>> | null = null;

/**
 * Opens a database at `version` (default: the latest), running every pending migration.
 * Tests open older versions to build fixtures, then upgrade.
 */
export function openPonteDb(version: number = DB_VERSION, name: string = DB_NAME) {
  return openDB<PonteDb>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // idb does not await upgrade; async steps keep the versionchange transaction alive by
      // chaining requests on it, and an error inside aborts the transaction (and the open).
      void runMigrations(db, tx, oldVersion, newVersion ?? version).catch(() => tx.abort());
    },
  });
}

/** Opens (once per worker instance) and upgrades the database through every pending migration. */
export function getDb(): Promise<IDBPDatabase<PonteDb>> {
  if (!dbPromise) {
    const opening = openPonteDb();
    dbPromise = opening.then((db) => {
      // A newer version of the extension wants to upgrade: let it.
      db.addEventListener('versionchange', () => {
        db.close();
        dbPromise = null;
      });
      return db;
    });
    opening.catch(() => {
      dbPromise = null;
    });
  }
  return dbPromise;
}

/** Tests swap `indexedDB` for a fresh fake between cases; forget the cached connection. */
export function resetDbForTests(): void {
  dbPromise = null;
}
