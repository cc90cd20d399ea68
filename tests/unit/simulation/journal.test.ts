import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../lib/db/open';
import { createJournal } from '../../../lib/simulation/journal';
import {
  canTransition,
  JournalTransitionError,
  newEntry,
  resumable,
  transition,
} from '../../../lib/simulation/journal-machine';

const base = () =>
  newEntry({
    id: 'e1',
    atendimentoKey: '123456',
    tabId: 5,
    frameId: 0,
    fingerprint: 'fp',
    storeCode: '001',
    storeId: '3101',
    sellerCode: 'V017',
    userId: '42100',
    now: 1000,
  });

describe('journal state machine', () => {
  it('follows the happy path and records history', () => {
    let e = base();
    for (const [i, status] of (
      ['creating', 'polling', 'polling', 'simulated', 'proposing', 'applying', 'applied'] as const
    ).entries())
      e = transition(e, status, 2000 + i);
    expect(e.status).toBe('applied');
    expect(e.history.map((h) => h.status)).toEqual([
      'draft',
      'creating',
      'polling',
      'simulated',
      'proposing',
      'applying',
      'applied',
    ]);
  });

  it('refuses impossible moves', () => {
    expect(canTransition('draft', 'applied')).toBe(false);
    expect(canTransition('cancelled', 'draft')).toBe(false);
    expect(() => transition(base(), 'proposing', 2)).toThrow(JournalTransitionError);
    // A proposal that exists can never go back to simulating.
    expect(canTransition('pending_apply', 'draft')).toBe(false);
    expect(canTransition('pending_apply', 'applying')).toBe(true);
  });

  it('an indeterminate create is reconciled, never re-created directly', () => {
    const e = transition(transition(base(), 'creating', 1), 'indeterminate', 2);
    expect(canTransition(e.status, 'polling')).toBe(true);
    expect(canTransition(e.status, 'simulated')).toBe(false);
  });

  it('resumes the newest unfinished entry of the atendimento', () => {
    const a = { ...base(), id: 'a', updatedAt: 10 };
    const b = { ...transition(base(), 'creating', 20), id: 'b' };
    const c = { ...base(), id: 'c', status: 'applied' as const, updatedAt: 30 };
    expect(resumable([a, b, c])?.id).toBe('b');
    expect(resumable([c])).toBeNull();
  });
});

describe('journal store', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetDbForTests();
  });

  it('stores, indexes by atendimento and status, and prunes old entries', async () => {
    const journal = createJournal();
    await journal.put(base());
    await journal.put({ ...transition(base(), 'creating', 5000), id: 'e2', createdAt: 5000 });
    expect((await journal.byAtendimento('123456')).length).toBe(2);
    expect((await journal.byStatus('creating')).map((e) => e.id)).toEqual(['e2']);
    expect(await journal.prune(2000)).toBe(1);
    expect(await journal.get('e1')).toBeNull();
    const stored = JSON.stringify(await journal.get('e2'));
    expect(stored).not.toMatch(/52998224725|ANA PAULA/);
  });
});
