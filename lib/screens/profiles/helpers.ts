import type { FieldSpec, FillEvent, Locator } from '../types';

/** Locators from CSS selectors, newest first. */
export const css = (...selectors: string[]): Locator[] => selectors.map((selector) => ({ css: selector }));

export const SELECT_EVENTS: FillEvent[] = ['focus', 'input', 'change', 'blur'];

/** A field read from one control whose WebForms id ends with `suffix` (ctl00 → ctl01 shifts survive). */
export function bySuffix(suffix: string, kind: FieldSpec['kind'], extra: Partial<FieldSpec> = {}): FieldSpec {
  const { locators = [], ...rest } = extra;
  return { locators: [{ css: `[id$="${suffix}"]` }, ...locators], kind, ...rest };
}

/** A plain list of CSS selectors (markers, anchors, scopes). */
export const selectors = (...list: string[]): string[] => list;
