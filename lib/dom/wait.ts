/**
 * Bounded waits on MutationObserver (never polling). Each resolves to the value `probe`
 * returned once it is truthy, or `null` at the timeout or when the signal aborts.
 */
export function waitFor<T>(
  probe: () => T | null | undefined | false,
  options: { root?: Node; timeoutMs: number; signal?: AbortSignal; attributes?: boolean },
): Promise<T | null> {
  const first = probe();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    const root = options.root ?? document;
    let done = false;
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const observer = new MutationObserver(() => {
      const value = probe();
      if (value) finish(value);
    });
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: options.attributes ?? false,
      characterData: false,
    });
    const timer = setTimeout(() => finish(null), options.timeoutMs);
    options.signal?.addEventListener('abort', onAbort);
  });
}

/** Resolves after `quietMs` without DOM mutations under root (bounded by timeoutMs). */
export function waitForQuiet(root: Node, quietMs: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let quietTimer = setTimeout(() => finish(true), quietMs);
    const hardTimer = setTimeout(() => finish(false), timeoutMs);
    const observer = new MutationObserver(() => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(() => finish(true), quietMs);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    function finish(quiet: boolean) {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(hardTimer);
      resolve(quiet);
    }
  });
}
