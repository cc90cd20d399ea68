import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SettingKey } from '@/lib/policy/keys';
import {
  EMPTY_POLICY_STATE,
  POLICY_STORAGE_KEY,
  type PolicyState,
  policyStateFrom,
} from '@/lib/policy/state';

/**
 * The policy as the background last read it (storage.local cache), updated live when a
 * policy change arrives, so a section re-renders its locks without a page reload.
 */
export function usePolicyState(): PolicyState {
  const [state, setState] = useState<PolicyState>(EMPTY_POLICY_STATE);
  useEffect(() => {
    let alive = true;
    void browser.storage.local.get(POLICY_STORAGE_KEY).then((stored) => {
      if (alive) setState(policyStateFrom(stored[POLICY_STORAGE_KEY]));
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && POLICY_STORAGE_KEY in changes)
        setState(policyStateFrom(changes[POLICY_STORAGE_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}

/** For other sections: `const locks = usePolicyLocks(); <input disabled={locks.isLocked('credere.clientId')} />`. */
export function usePolicyLocks(): { state: PolicyState; isLocked: (key: SettingKey) => boolean } {
  const state = usePolicyState();
  return { state, isLocked: (key) => state.locked.includes(key) };
}
