import { browser } from 'wxt/browser';
import { syncDmsContentScript } from '../content/registration';
import { loadLocalSettings } from '../settings/store';
import { type ManagedMappingsDocument, type ManagedScreenProfile, parsePolicy } from './parse';
import { storePolicyClientSecret } from './secret';
import { type PolicyState, readPolicyState, stateFromParsed, writePolicyState } from './state';

/**
 * Background side of managed policy. storage.managed is read asynchronously and never
 * awaited at start-up (Chromium's first read takes 3–5 s); until it answers, the cached
 * state from the previous read keeps the locks in place. Changes arrive through
 * storage.onChanged (area 'managed') and are applied without a reinstall.
 */

/**
 * Domains that keep policy-owned rows in their own stores (DE>PARA mappings, screen
 * profiles) register an importer; it receives the managed part (or null when the policy
 * no longer sets it) each time that part changes.
 */
export interface PolicyImporters {
  mappings?: (doc: ManagedMappingsDocument | null) => Promise<void>;
  screenProfiles?: (profiles: ManagedScreenProfile[] | null) => Promise<void>;
}

const importers: PolicyImporters = {};

export function registerPolicyImporter<K extends keyof PolicyImporters>(
  part: K,
  importer: PolicyImporters[K],
): void {
  importers[part] = importer;
}

async function readManaged(): Promise<{ raw: unknown; available: boolean }> {
  try {
    return { raw: await browser.storage.managed.get(null), available: true };
  } catch {
    // Firefox throws when no policies.json names the add-on: same as an empty policy.
    return { raw: {}, available: false };
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** Reads storage.managed, validates it, caches the result and applies what changed. */
export function refreshPolicy(): Promise<PolicyState> {
  const run = queue.then(async () => {
    const { raw, available } = await readManaged();
    const parsed = parsePolicy(raw);
    const previous = await readPolicyState();
    const state = stateFromParsed(parsed, available ? 'read' : 'unavailable', Date.now());
    await storePolicyClientSecret(parsed.values['credere.clientSecret']);
    await writePolicyState(state);
    await applyChanges(previous, state);
    return state;
  });
  queue = run.catch(() => undefined);
  return run;
}

function changed(previous: unknown, next: unknown): boolean {
  return JSON.stringify(previous) !== JSON.stringify(next);
}

async function applyChanges(previous: PolicyState, state: PolicyState): Promise<void> {
  const tasks: Promise<unknown>[] = [];
  // Always re-sync after a read: the registration may predate this browser's grants.
  tasks.push(loadLocalSettings().then((settings) => syncDmsContentScript(settings.dmsOrigins)));
  const firstRead = previous.status === 'pending';
  if (importers.mappings && (firstRead || changed(previous.values.mappings, state.values.mappings))) {
    tasks.push(importers.mappings(state.values.mappings ?? null));
  }
  if (
    importers.screenProfiles &&
    (firstRead || changed(previous.values.screenProfiles, state.values.screenProfiles))
  ) {
    tasks.push(importers.screenProfiles(state.values.screenProfiles ?? null));
  }
  const results = await Promise.allSettled(tasks);
  for (const result of results) {
    if (result.status === 'rejected') console.warn('[policy] could not apply a policy change', result.reason);
  }
}

/**
 * Registers the managed-storage listener and starts the first read without waiting for it.
 * `firstReadAfterMs` lets the background serve the event that woke it first: the cached
 * state keeps the locks in place meanwhile, and a change while awake arrives as an event.
 */
export function startPolicyListener(options: { firstReadAfterMs?: number } = {}): void {
  const refresh = () => void refreshPolicy().catch((error) => console.warn('[policy] read failed', error));
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') refresh();
  });
  if (options.firstReadAfterMs) setTimeout(refresh, options.firstReadAfterMs);
  else refresh();
}
