import { getDb } from '../db/open';
import type { JournalEntry, JournalStatus } from './types';

/** A proposal exists in CREDERE but is not in the DMS yet ("pendente de aplicação"): never pruned. */
const KEEP_UNTIL_APPLIED: readonly JournalStatus[] = ['pending_apply', 'applying'];

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
    /**
     * Drops entries created before `olderThan` (settings.journalRetentionDays), except those whose
     * proposal still waits to be written into LinxDMS: they are kept until applied.
     */
    async prune(olderThan: number): Promise<number> {
      const tx = (await db()).transaction('journal', 'readwrite');
      let cursor = await tx.store.index('byCreatedAt').openCursor(IDBKeyRange.upperBound(olderThan, true));
      let removed = 0;
      while (cursor) {
        const status = (cursor.value as unknown as JournalEntry).status;
        if (!KEEP_UNTIL_APPLIED.includes(status)) {
          await cursor.delete();
          removed += 1;
        }
        cursor = await cursor.continue();
      }
      await tx.done;
      return removed;
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;
