/**
 * Work started ahead of whoever needs it: the button's click starts the window's first load
 * while the window is still being created, and the window takes that load instead of
 * starting another. A started piece of work is taken at most once and forgotten after
 * `ttlMs` (a window opened later reads fresh state). Lives in the worker's memory only: a
 * restarted worker simply has nothing parked.
 */
export interface Handoff<T> {
  /** Starts `run` for `key` unless a fresh one is already parked. */
  start(key: string, run: () => Promise<T>): void;
  /** The parked work for `key` (once), or null when none or too old. */
  take(key: string): Promise<T> | null;
}

export function createHandoff<T>(ttlMs: number, now: () => number = Date.now): Handoff<T> {
  const parked = new Map<string, { work: Promise<T>; startedAt: number }>();
  const fresh = (entry: { startedAt: number } | undefined) => !!entry && now() - entry.startedAt < ttlMs;
  return {
    start(key, run) {
      for (const [other, entry] of parked) if (!fresh(entry)) parked.delete(other);
      if (parked.has(key)) return;
      const work = run();
      // Whoever takes it sees the failure; an untaken failure must not be reported as unhandled.
      work.catch(() => undefined);
      parked.set(key, { work, startedAt: now() });
    },
    take(key) {
      const entry = parked.get(key);
      parked.delete(key);
      return entry && fresh(entry) ? entry.work : null;
    },
  };
}
