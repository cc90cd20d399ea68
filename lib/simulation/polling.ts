/**
 * Polling policy. The window asks the background to poll; the background answers with the
 * delay before the next poll, computed here from the journal (so a restarted service worker
 * continues where the last one stopped). Pure: time is passed in.
 */
export interface PollPolicy {
  firstDelayMs: number;
  factor: number;
  maxDelayMs: number;
  /** After this long since the first poll, banks still pending are "sem resposta". */
  timeoutMs: number;
}

/**
 * Banks usually answer within a second or two of the create: the first polls come soon and
 * close together (250 ms, 325 ms, 423 ms, …) so a fast answer is shown at once, then the
 * gap grows gently to 2 s so a slow bank does not cost a request every quarter second.
 * A 429's Retry-After always wins (delayAfterRateLimit).
 */
export const DEFAULT_POLL_POLICY: PollPolicy = {
  firstDelayMs: 250,
  factor: 1.3,
  maxDelayMs: 2000,
  timeoutMs: 45_000,
};

/** Delay before poll number `pollCount + 1` (0-based count of polls already made). */
export function nextDelayMs(pollCount: number, policy: PollPolicy = DEFAULT_POLL_POLICY): number {
  const delay = policy.firstDelayMs * policy.factor ** Math.max(0, pollCount);
  return Math.min(policy.maxDelayMs, Math.round(delay));
}

/** After a 429 the server's Retry-After wins over the schedule (never shorter). */
export function delayAfterRateLimit(
  pollCount: number,
  retryAfterSeconds: number | undefined,
  policy = DEFAULT_POLL_POLICY,
): number {
  return Math.max(nextDelayMs(pollCount, policy), (retryAfterSeconds ?? 0) * 1000);
}

export function pollTimedOut(
  pollStartedAt: number | null,
  now: number,
  policy: PollPolicy = DEFAULT_POLL_POLICY,
): boolean {
  return pollStartedAt !== null && now - pollStartedAt >= policy.timeoutMs;
}

/**
 * Drives a poll loop with injected timers (the window uses it; tests use fake timers).
 * `poll` returns the delay until the next poll, or null when finished. Errors are passed
 * to `onError`, which returns the delay for a retry (or null to stop).
 */
export function runPollLoop(
  poll: () => Promise<number | null>,
  onError: (error: unknown, attempt: number) => number | null,
  timers: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void } = {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
): { stop: () => void; done: Promise<void> } {
  let stopped = false;
  let handle: unknown = null;
  let errors = 0;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });
  const step = async () => {
    if (stopped) return;
    let next: number | null;
    try {
      next = await poll();
      errors = 0;
    } catch (error) {
      errors += 1;
      next = onError(error, errors);
    }
    if (stopped || next === null) {
      stopped = true;
      resolveDone();
      return;
    }
    handle = timers.set(() => void step(), next);
  };
  handle = timers.set(() => void step(), 0);
  return {
    stop() {
      stopped = true;
      if (handle !== null) timers.clear(handle);
      resolveDone();
    },
    done,
  };
}
