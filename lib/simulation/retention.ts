import { browser } from 'wxt/browser';
import { loadLocalSettings } from '../settings/store';
import { createJournal, type Journal } from './journal';

export const JOURNAL_RETENTION_ALARM = 'simulation.journalRetention';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Prunes journal entries older than settings.journalRetentionDays (pending proposals are kept). */
export async function pruneJournal(
  deps: { journal?: Journal; retentionDays?: () => Promise<number>; now?: () => number } = {},
): Promise<number> {
  const journal = deps.journal ?? createJournal();
  const days = await (deps.retentionDays ?? (async () => (await loadLocalSettings()).journalRetentionDays))();
  return journal.prune((deps.now ?? Date.now)() - days * DAY_MS);
}

/**
 * Wire from the background start (lib/background/start.ts), synchronously, so the alarm that
 * woke the worker is not missed: prunes now (or after `firstPruneAfterMs`, so the event that
 * woke the worker is served first), then once a day.
 */
export function registerJournalRetention(options: { firstPruneAfterMs?: number } = {}): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === JOURNAL_RETENTION_ALARM) void pruneJournal().catch(() => undefined);
  });
  void browser.alarms
    .get(JOURNAL_RETENTION_ALARM)
    .then((existing) => {
      if (!existing) return browser.alarms.create(JOURNAL_RETENTION_ALARM, { periodInMinutes: 24 * 60 });
    })
    .catch(() => undefined);
  const prune = () => void pruneJournal().catch(() => undefined);
  if (options.firstPruneAfterMs) setTimeout(prune, options.firstPruneAfterMs);
  else prune();
}
