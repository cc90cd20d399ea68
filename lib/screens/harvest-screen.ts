import { locate } from './locate';
import type { FieldKey, HarvestedOption, ScreenProfile } from './types';

/**
 * The options of one select field on the screen ({code, name}), for DE>PARA mapping.
 * A field drawn as text ("002 - AUTOSUL FILIAL") yields its single code and name.
 */
export function harvestField(scope: ParentNode, profile: ScreenProfile, key: FieldKey): HarvestedOption[] {
  const spec = profile.fields[key];
  if (!spec) return [];
  const located = locate(scope, spec.locators);
  if (!located.ok) return [];
  const el = located.el;
  if (el instanceof HTMLSelectElement) {
    return Array.from(el.options)
      .filter((option) => option.value.trim() !== '')
      .map((option) => ({
        code: option.value.trim(),
        name: (option.textContent ?? '').replace(/\s+/g, ' ').trim(),
      }));
  }
  const text = (el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
  const match = /^(\S+)\s+-\s+(.+)$/.exec(text);
  return match ? [{ code: match[1]!, name: match[2]! }] : [];
}
