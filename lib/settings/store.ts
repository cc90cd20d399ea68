import { browser } from 'wxt/browser';
import { type Settings, settingsSchema } from './schema';

/**
 * Non-secret settings live in storage.local (the client secret and tokens never do:
 * content scripts can read storage.local; secrets go to the background's IndexedDB).
 */
const KEY = 'settings';

export async function loadLocalSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = settingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

export async function saveLocalSettings(settings: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(settings);
  await browser.storage.local.set({ [KEY]: valid });
  return valid;
}

export const SETTINGS_STORAGE_KEY = KEY;
