/**
 * UI strings are declared per domain in TypeScript (typed, reviewable next to the code
 * that uses them) and turned into `_locales/<lang>/messages.json` at build time by the
 * hook in wxt.config.ts, so the browser's own i18n picks pt-BR or English.
 * Positional placeholders are written `$1`…`$9`, which chrome.i18n substitutes.
 */
export interface StringEntry {
  readonly key: string;
  readonly pt: string;
  readonly en: string;
}

export type StringTable<T extends Record<string, { pt: string; en: string }>> = {
  readonly [K in keyof T]: StringEntry;
};

export function defineStrings<const T extends Record<string, { pt: string; en: string }>>(
  domain: string,
  table: T,
): StringTable<T> {
  const entries = {} as Record<string, StringEntry>;
  for (const [name, value] of Object.entries(table)) {
    entries[name] = { key: `${domain}_${name}`, pt: value.pt, en: value.en };
  }
  return entries as StringTable<T>;
}
