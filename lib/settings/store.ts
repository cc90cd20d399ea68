import { browser } from 'wxt/browser';
import { AppError, DEFAULT_MESSAGES } from '../errors';
import { POLICY_STORAGE_KEY, type PolicyState, policyStateFrom } from '../policy/state';
import { effectiveSettings, lockedChanges } from './effective';
import { type Settings, settingsSchema } from './schema';

/**
 * Non-secret settings live in storage.local (the client secret and tokens never do:
 * content scripts can read storage.local; secrets go to the background's IndexedDB).
 * Managed policy is layered on top when reading (lib/settings/effective.ts), so every
 * caller of loadLocalSettings gets the settings in force.
 */
const KEY = 'settings';

export interface SettingsView {
  settings: Settings;
  policy: PolicyState;
}

export async function loadSettingsView(): Promise<SettingsView> {
  const stored = await browser.storage.local.get([KEY, POLICY_STORAGE_KEY]);
  const policy = policyStateFrom(stored[POLICY_STORAGE_KEY]);
  return { settings: effectiveSettings(stored[KEY], policy), policy };
}

/** The settings in force: defaults ← saved settings ← managed policy. */
export async function loadLocalSettings(): Promise<Settings> {
  return (await loadSettingsView()).settings;
}

/** Only what this browser saved, without policy (for diagnostics). */
export async function loadSavedSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = settingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

/**
 * Saves settings; changing a setting the policy locks is refused with POLICY_LOCKED
 * (the error names the first locked field).
 */
export async function saveLocalSettings(settings: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(settings);
  const stored = await browser.storage.local.get([KEY, POLICY_STORAGE_KEY]);
  const policy = policyStateFrom(stored[POLICY_STORAGE_KEY]);
  const refused = lockedChanges(valid, stored[KEY], policy);
  if (refused.length > 0) {
    throw new AppError('POLICY_LOCKED', `${DEFAULT_MESSAGES.POLICY_LOCKED} (${refused.join(', ')})`, {
      field: refused[0],
    });
  }
  await browser.storage.local.set({ [KEY]: valid });
  return valid;
}

export const SETTINGS_STORAGE_KEY = KEY;
