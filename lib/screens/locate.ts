import { isVisible } from '../dom/visible';
import type { Locator } from './types';

export type Located =
  | { ok: true; el: Element; locator: number; count: 1 }
  | { ok: false; reason: 'not-found' | 'ambiguous'; locator?: number; count: number };

const CONTROL = 'input:not([type="hidden"]), select, textarea';

const captionText = (el: Element) =>
  (el.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/\s*:$/, '').toLowerCase();

/**
 * The control captioned `label`: a `<label for>`, or the first control after the caption in
 * its row (WebForms tables put captions in a `<td>`, newer screens in a `<span>` before it).
 */
function byLabel(scope: ParentNode, label: string): Element[] {
  const wanted = label.trim().replace(/\s*:$/, '').toLowerCase();
  const out: Element[] = [];
  const captions = scope.querySelectorAll('label, td, th, span, div, b');
  for (const caption of captions) {
    if (caption.children.length > 1 || captionText(caption) !== wanted) continue;
    if (caption instanceof HTMLLabelElement && caption.htmlFor) {
      const target = caption.ownerDocument.getElementById(caption.htmlFor);
      if (target) out.push(target);
      continue;
    }
    let control: Element | null = null;
    for (
      let sibling = caption.nextElementSibling;
      sibling && !control;
      sibling = sibling.nextElementSibling
    ) {
      control =
        sibling.matches(CONTROL) || sibling.matches('span[id]') ? sibling : sibling.querySelector(CONTROL);
    }
    if (control) out.push(control);
  }
  return out;
}

function candidates(scope: ParentNode, locator: Locator): Element[] {
  if ('css' in locator) {
    try {
      return Array.from(scope.querySelectorAll(locator.css));
    } catch {
      return [];
    }
  }
  return byLabel(scope, locator.label);
}

/**
 * Resolves a field: locators are tried in order and the first with exactly one VISIBLE
 * element wins (hidden tabs and templates repeat ids and captions). Several visible
 * matches is reported rather than guessed.
 */
export function locate(scope: ParentNode, locators: readonly Locator[]): Located {
  let ambiguous: Located | null = null;
  for (let index = 0; index < locators.length; index++) {
    const visible = candidates(scope, locators[index]!).filter(isVisible);
    const unique = Array.from(new Set(visible));
    if (unique.length === 1) return { ok: true, el: unique[0]!, locator: index, count: 1 };
    if (unique.length > 1 && !ambiguous)
      ambiguous = { ok: false, reason: 'ambiguous', locator: index, count: unique.length };
  }
  return ambiguous ?? { ok: false, reason: 'not-found', count: 0 };
}
