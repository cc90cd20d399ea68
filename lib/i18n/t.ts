import { browser } from 'wxt/browser';
import type { StringEntry } from './define';

function substitute(text: string, values: readonly (string | number)[]): string {
  return text.replace(/\$(\d)/g, (match, index: string) => {
    const value = values[Number(index) - 1];
    return value === undefined ? match : String(value);
  });
}

/**
 * Translates through the browser's i18n (the locale the browser chose). Falls back to
 * the pt-BR text where the i18n API is unavailable, e.g. in unit tests.
 */
export function t(entry: StringEntry, ...values: (string | number)[]): string {
  let text = '';
  try {
    // WXT types message keys from public/_locales; ours are generated at build time.
    const getMessage = browser.i18n?.getMessage as ((key: string, subs?: string[]) => string) | undefined;
    text = getMessage?.(entry.key, values.map(String)) ?? '';
  } catch {
    text = '';
  }
  return text || substitute(entry.pt, values);
}

/** Current UI language tag, for number and date formatting. */
export function uiLanguage(): string {
  try {
    return browser.i18n?.getUILanguage?.() || 'pt-BR';
  } catch {
    return 'pt-BR';
  }
}
