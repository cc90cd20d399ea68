import { useEffect, useState } from 'preact/hooks';

/**
 * A component loaded with a dynamic import once `when` is true, so the window's first paint
 * does not wait for the code of parts it does not show yet. Null until the chunk is there.
 */
export function useLazy<T>(load: () => Promise<T>, when: boolean): T | null {
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (!when || loaded) return;
    let alive = true;
    void load().then((value) => {
      if (alive) setLoaded({ value });
    });
    return () => {
      alive = false;
    };
  }, [when]);
  return loaded?.value ?? null;
}
