import { type IDBPDatabase, openDB } from 'idb';
import { DB_VERSION, MIGRATIONS } from './migrations';
import { DB_NAME, type PonteDb } from './schema';

let dbPromise: Promise<IDBPDatabase<PonteDb>> | null = null;

/** Opens (once per worker instance) and upgrades the database through every pending migration. */
export function getDb(): Promise<IDBPDatabase<PonteDb>> {
  dbPromise ??= openDB<PonteDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version++) MIGRATIONS[version]!(db, tx);
    },
    blocking() {
      // A newer version of the extension wants to upgrade: let it.
      void dbPromise?.then((db) => db.close());
      dbPromise = null;
    },
  });
  return dbPromise;
}

/** Tests swap `indexedDB` for a fresh fake between cases; forget the cached connection. */
export function resetDbForTests(): void {
  dbPromise = null;
}
