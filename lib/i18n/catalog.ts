/**
 * Every string table of the product, for the build hook that writes `_locales`.
 * Add a domain's table here when you create it (the unit test checks keys and texts).
 */

import { authStrings } from '../auth/strings';
import { mappingsAllStrings } from '../mappings/all-strings';
import { policyStrings } from '../policy/strings';
import { screensAllStrings } from '../screens/options-strings';
import { simulationStrings } from '../simulation/strings';
import { commonStrings } from './common-strings';
import type { StringEntry } from './define';
import { optionsShellStrings } from './options-shell-strings';
import { popupStrings } from './popup-strings';

export const ALL_STRING_TABLES: Record<string, Record<string, StringEntry>> = {
  common: commonStrings,
  optionsShell: optionsShellStrings,
  popup: popupStrings,
  simulation: simulationStrings,
  screens: screensAllStrings,
  auth: authStrings,
  mappings: mappingsAllStrings,
  policy: policyStrings,
};

export type LocaleMessages = Record<string, { message: string; description?: string }>;

/** Builds a chrome `messages.json` object for one language. */
export function buildLocaleMessages(lang: 'pt' | 'en'): LocaleMessages {
  const out: LocaleMessages = {
    extName: { message: commonStrings.extName[lang] },
    extDescription: { message: commonStrings.extDescription[lang] },
  };
  for (const table of Object.values(ALL_STRING_TABLES)) {
    for (const entry of Object.values(table)) out[entry.key] = { message: escapeDollars(entry[lang]) };
  }
  return out;
}

/**
 * chrome.i18n reads `$` as the start of a placeholder: a literal one ("R$") must be written
 * `$$` or the message is cut there. Positional placeholders `$1`…`$9` stay as they are.
 */
export function escapeDollars(text: string): string {
  return text.replace(/\$(?!\d)/g, '$$$$');
}
