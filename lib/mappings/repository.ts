import type { IDBPDatabase } from 'idb';
import { getDb } from '../db/open';
import type { MappingRow, PonteDb } from '../db/schema';
import type { ImportPlan } from './import';
import {
  type InputOf,
  MAPPING_KINDS,
  type MappingKind,
  mappingId,
  RECORD_SCHEMAS,
  type RecordOf,
  type StoredOf,
  scopeOf,
  storedMappingSchema,
} from './records';

export type DbGetter = () => Promise<IDBPDatabase<PonteDb>>;

function parseRow<K extends MappingKind>(kind: K, row: unknown): StoredOf<K> | null {
  const parsed = storedMappingSchema.safeParse(row);
  // A row another version wrote in a shape we cannot read is left alone rather than crashing the list.
  if (!parsed.success || parsed.data.kind !== kind) return null;
  return parsed.data as StoredOf<K>;
}

function toRow(kind: MappingKind, record: InputOf[MappingKind], now: number): MappingRow {
  const clean = RECORD_SCHEMAS[kind].parse(record);
  const scope = scopeOf(kind, clean);
  return { ...clean, id: mappingId(kind, scope, clean.dmsCode), kind, scope, updatedAt: now } as MappingRow;
}

/** DE>PARA rows in IndexedDB; every read goes through zod. */
export function createMappingRepository(db: DbGetter = getDb, now: () => number = Date.now) {
  return {
    async list<K extends MappingKind>(kind: K, scope?: string): Promise<StoredOf<K>[]> {
      const database = await db();
      const rows =
        scope === undefined
          ? await database.getAllFromIndex('mappings', 'byKind', kind)
          : await database.getAllFromIndex('mappings', 'byKindScope', [kind, scope]);
      return rows.flatMap((row) => parseRow(kind, row) ?? []);
    },

    async get<K extends MappingKind>(kind: K, scope: string, dmsCode: string): Promise<StoredOf<K> | null> {
      const row = await (await db()).get('mappings', mappingId(kind, scope, dmsCode));
      return row ? parseRow(kind, row) : null;
    },

    /** Upserts rows of one kind in one transaction. */
    async save<K extends MappingKind>(kind: K, records: InputOf[K][]): Promise<StoredOf<K>[]> {
      const stamp = now();
      const rows = records.map((record) => toRow(kind, record, stamp));
      const tx = (await db()).transaction('mappings', 'readwrite');
      await Promise.all([...rows.map((row) => tx.store.put(row)), tx.done]);
      return rows.map((row) => parseRow(kind, row)!);
    },

    async remove(ids: string[]): Promise<void> {
      const tx = (await db()).transaction('mappings', 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },

    /**
     * Writes a validated import in ONE transaction: either every row lands or none does.
     * "replace" first clears the kinds present in the plan.
     */
    async applyImport(plan: ImportPlan, mode: 'merge' | 'replace'): Promise<Record<MappingKind, number>> {
      const stamp = now();
      const counts = { loja: 0, banco: 0, profissao: 0 };
      const tx = (await db()).transaction('mappings', 'readwrite');
      const requests: Promise<unknown>[] = [];
      const index = tx.store.index('byKind');
      for (const kind of MAPPING_KINDS) {
        const records = plan[kind] as RecordOf[MappingKind][];
        if (!records.length) continue;
        if (mode === 'replace') {
          for (const key of await index.getAllKeys(kind)) requests.push(tx.store.delete(key));
        }
        for (const record of records) requests.push(tx.store.put(toRow(kind, record, stamp)));
        counts[kind] = records.length;
      }
      await Promise.all([...requests, tx.done]);
      return counts;
    },

    async all(): Promise<{ [K in MappingKind]: StoredOf<K>[] }> {
      const [loja, banco, profissao] = await Promise.all([
        this.list('loja'),
        this.list('banco'),
        this.list('profissao'),
      ]);
      return { loja, banco, profissao };
    },
  };
}

export type MappingRepository = ReturnType<typeof createMappingRepository>;

/** CREDERE lists cache (stale copies serve suggestions and checks while the API is down). */
export function createCredereCache(db: DbGetter = getDb, now: () => number = Date.now) {
  return {
    async read<T>(key: string): Promise<{ items: T[]; fetchedAt: number } | null> {
      const record = await (await db()).get('credereCache', key);
      return record ? { items: record.items as T[], fetchedAt: record.fetchedAt } : null;
    },
    async write(key: string, items: unknown[]): Promise<void> {
      await (await db()).put('credereCache', { key, items, fetchedAt: now() });
    },
  };
}

export type CredereCache = ReturnType<typeof createCredereCache>;
