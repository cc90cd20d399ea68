import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../lib/db/open';
import { createJournal } from '../../../lib/simulation/journal';
import { newEntry, transition } from '../../../lib/simulation/journal-machine';
import { pruneJournal } from '../../../lib/simulation/retention';
import type { JournalStatus } from '../../../lib/simulation/types';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 400 * DAY;

const entry = (id: string, ageDays: number, path: JournalStatus[] = []) => {
  const created = NOW - ageDays * DAY;
  let e = newEntry({
    id,
    atendimentoKey: id,
    tabId: 1,
    frameId: 0,
    fingerprint: null,
    storeCode: '001',
    storeId: '3101',
    sellerCode: null,
    userId: null,
    now: created,
  });
  for (const status of path) e = transition(e, status, created);
  return e;
};

const TO_PENDING: JournalStatus[] = [
  'creating',
  'polling',
  'simulated',
  'proposing',
  'applying',
  'pending_apply',
];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
});

describe('journal retention', () => {
  it('prunes entries older than journalRetentionDays, never one still pendente de aplicação', async () => {
    const journal = createJournal();
    await journal.put(entry('old-applied', 40, [...TO_PENDING, 'applied']));
    await journal.put(entry('old-draft', 31));
    await journal.put(entry('old-pending', 200, TO_PENDING));
    await journal.put(entry('recent', 29, [...TO_PENDING, 'applied']));
    const removed = await pruneJournal({ journal, retentionDays: async () => 30, now: () => NOW });
    expect(removed).toBe(2);
    expect((await journal.recent()).map((e) => e.id).sort()).toEqual(['old-pending', 'recent']);
  });

  it('reads the retention from the settings when not given', async () => {
    const journal = createJournal();
    await journal.put(entry('a', 100));
    await journal.put(entry('b', 80));
    // Default settings: 90 days.
    const store: Record<string, unknown> = {};
    const { browser } = await import('wxt/browser');
    (browser as unknown as { storage: unknown }).storage = {
      local: { get: async () => store },
    };
    expect(await pruneJournal({ journal, now: () => NOW })).toBe(1);
    expect((await journal.recent()).map((e) => e.id)).toEqual(['b']);
  });
});
