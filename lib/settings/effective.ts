import type { SettingKey } from '../policy/keys';
import type { PolicyState } from '../policy/state';
import { type Settings, settingsSchema } from './schema';

/**
 * The settings in force: defaults ← this browser's saved settings ← managed policy.
 * A policy that lists `lockedSettings` leaves its other values unlocked; those act as
 * initial values, applied only where this browser has saved nothing for that setting.
 */

/** Setting keys that are fields of the storage.local settings object. */
const SETTINGS_PATHS: Record<string, readonly string[]> = {
  'credere.environment': ['credere', 'environment'],
  'credere.customApiRoot': ['credere', 'customApiRoot'],
  'credere.clientId': ['credere', 'clientId'],
  'credere.authMode': ['credere', 'authMode'],
  'credere.tokenExchangeUrl': ['credere', 'tokenExchangeUrl'],
  'credere.scope': ['credere', 'scope'],
  'credere.usePkce': ['credere', 'usePkce'],
  dmsOrigins: ['dmsOrigins'],
  journalRetentionDays: ['journalRetentionDays'],
  supportContact: ['supportContact'],
};

export function settingsPathOf(key: SettingKey): readonly string[] | undefined {
  return SETTINGS_PATHS[key];
}

export function getPath(source: unknown, path: readonly string[]): unknown {
  let current = source;
  for (const part of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = target;
  for (const part of path.slice(0, -1)) {
    const next = current[part];
    if (!next || typeof next !== 'object') current[part] = {};
    current = current[part] as Record<string, unknown>;
  }
  current[path[path.length - 1]!] = value;
}

/** Saved settings as stored; an invalid stored object counts as nothing saved. */
function savedObject(saved: unknown): Record<string, unknown> {
  const parsed = settingsSchema.safeParse(saved ?? {});
  if (!parsed.success || !saved || typeof saved !== 'object') return {};
  return structuredClone(saved as Record<string, unknown>);
}

export function effectiveSettings(saved: unknown, policy: PolicyState): Settings {
  const merged = savedObject(saved);
  for (const [key, path] of Object.entries(SETTINGS_PATHS)) {
    const value = policy.values[key as keyof PolicyState['values']];
    if (value === undefined) continue;
    const locked = policy.locked.includes(key as SettingKey);
    if (locked || getPath(merged, path) === undefined) setPath(merged, path, structuredClone(value));
  }
  const parsed = settingsSchema.safeParse(merged);
  // Policy values were validated on their own; should their combination still fail,
  // the saved settings alone keep the extension working.
  return parsed.success ? parsed.data : settingsSchema.parse(savedObject(saved));
}

/**
 * The locked settings a save would change. A locked field sent back unchanged (its saved
 * value, or the policy's) is not a change: a form may post every field it shows.
 */
export function lockedChanges(next: Settings, saved: unknown, policy: PolicyState): SettingKey[] {
  const changed: SettingKey[] = [];
  for (const key of policy.locked) {
    const path = SETTINGS_PATHS[key];
    if (!path) continue;
    const value = JSON.stringify(getPath(next, path));
    const policyValue = policy.values[key as keyof PolicyState['values']];
    const allowed = [
      JSON.stringify(getPath(effectiveSettings(saved, policy), path)),
      JSON.stringify(getPath(settingsSchema.safeParse(saved ?? {}).data, path)),
      policyValue === undefined ? undefined : JSON.stringify(policyValue),
    ];
    if (!allowed.includes(value)) changed.push(key);
  }
  return changed;
}
