import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS } from '../../../lib/db/migrations';
import { openPonteDb } from '../../../lib/db/open';
import type { PonteDb } from '../../../lib/db/schema';

const NAME = 'migrations-test';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('migrations', () => {
  it('v0 → v1 creates secrets, mappings(byKind), profiles and journal with its indexes', async () => {
    const db = await openPonteDb(1, NAME);
    expect([...db.objectStoreNames].sort()).toEqual(['journal', 'mappings', 'profiles', 'secrets']);
    const tx = db.transaction(['mappings', 'journal']);
    expect([...tx.objectStore('mappings').indexNames]).toEqual(['byKind']);
    expect([...tx.objectStore('journal').indexNames].sort()).toEqual([
      'byAtendimento',
      'byCreatedAt',
      'byStatus',
    ]);
    db.close();
  });

  it('v1 → v2 adds byKindScope and credereCache and backfills scope/dmsCode of v1 rows', async () => {
    const v1 = await openPonteDb(1, NAME);
    const raw = v1 as unknown as import('idb').IDBPDatabase;
    await raw.put('mappings', {
      id: 'banco:3101:10',
      kind: 'banco',
      febrabanCode: '033',
      dmsName: 'SANTANDER',
    });
    await raw.put('mappings', { id: 'profissao:*:01:02', kind: 'profissao', credereIdentifier: 'medico' });
    await raw.put('journal', { id: 'j1', status: 'done', atendimentoKey: 'a', createdAt: 1 });
    v1.close();

    const v2 = await openPonteDb(2, NAME);
    expect(v2.objectStoreNames.contains('credereCache')).toBe(true);
    const banco = await v2.getAllFromIndex('mappings', 'byKindScope', ['banco', '3101']);
    expect(banco).toEqual([
      expect.objectContaining({
        id: 'banco:3101:10',
        scope: '3101',
        dmsCode: '10',
        febrabanCode: '033',
        updatedAt: 0,
      }),
    ]);
    // Codes may contain the separator: everything after the scope is the code.
    const prof = await v2.getAllFromIndex('mappings', 'byKindScope', ['profissao', '*']);
    expect(prof[0]).toMatchObject({ dmsCode: '01:02', scope: '*' });
    expect(await v2.get('journal', 'j1')).toMatchObject({ status: 'done' });
    v2.close();
  });

  it('opening with the latest version from scratch runs every step', async () => {
    const db = await openPonteDb(undefined, NAME);
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(db.objectStoreNames.contains('credereCache')).toBe(true);
    db.close();
  });

  it('a v1 database opened by plain idb (as the shipped v1 did) upgrades to the latest', async () => {
    const v1 = await openDB<PonteDb>(NAME, 1, {
      upgrade: (db, _old, _new, tx) => void MIGRATIONS[0]!(db, tx),
    });
    await v1.put('mappings', { id: 'loja:*:001', kind: 'loja' } as never);
    v1.close();
    const latest = await openPonteDb(undefined, NAME);
    expect(await latest.get('mappings', 'loja:*:001')).toMatchObject({ scope: '*', dmsCode: '001' });
    latest.close();
  });
});
