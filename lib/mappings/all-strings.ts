import type { StringEntry } from '../i18n/define';
import { readinessStrings } from './readiness-strings';
import { mappingStrings } from './strings';
import { mappingUiStrings } from './ui-strings';

/** Every string table of the mappings domain, registered once in lib/i18n/catalog.ts. */
export const mappingsAllStrings: Record<string, StringEntry> = Object.fromEntries(
  Object.entries({ mappings: mappingStrings, readiness: readinessStrings, ui: mappingUiStrings }).flatMap(
    ([prefix, table]) => Object.entries(table).map(([name, entry]) => [`${prefix}.${name}`, entry]),
  ),
);
