import { getDb } from '../db/open';
import type { JournalEntry } from './types';

/**
 * The journal in IndexedDB (store `journal`, background only). Entries hold no CPF or
 * name: see types.ts.
 */
export function createJournal(db = getDb) {
  return {
    async get(id: string): Promise<JournalEntry | null> {
      return ((await (await db()).get('journal', id)) as JournalEntry | undefined) ?? null;
    },
    async put(entry: JournalEntry): Promise<JournalEntry> {
      await (await db()).put('journal', entry as unknown as JournalEntry & Record<string, unknown>);
      return entry;
    },
    async byAtendimento(atendimentoKey: string): Promise<JournalEntry[]> {
      return (await (
        await db()
      ).getAllFromIndex('journal', 'byAtendimento', atendimentoKey)) as unknown as JournalEntry[];
    },
    async byStatus(status: string): Promise<JournalEntry[]> {
      return (await (await db()).getAllFromIndex('journal', 'byStatus', status)) as unknown as JournalEntry[];
    },
    async recent(limit = 50): Promise<JournalEntry[]> {
      const all = (await (await db()).getAllFromIndex('journal', 'byCreatedAt')) as unknown as JournalEntry[];
      return all.reverse().slice(0, limit);
    },
    /** Drops entries older than the retention (settings.journalRetentionDays). */
    async prune(olderThan: number): Promise<number> {
      const tx = (await db()).transaction('journal', 'readwrite');
      let cursor = await tx.store.index('byCreatedAt').openCursor(IDBKeyRange.upperBound(olderThan, true));
      let removed = 0;
      while (cursor) {
        await cursor.delete();
        removed += 1;
        cursor = await cursor.continue();
      }
      await tx.done;
      return removed;
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;
