import type { FillEvent } from '../screens/types';
import { editability, readRaw } from './read';

export const DEFAULT_EVENTS: FillEvent[] = ['focus', 'keydown', 'input', 'keyup', 'change', 'blur'];

export interface FillInstruction {
  /** Display text for inputs; option code or text for selects; value of the radio; 'true'/'false' for checkboxes. */
  value: string;
  events?: readonly FillEvent[];
  /** How a select's option is chosen. */
  selectBy?: 'code' | 'text';
}

export type FillOutcome =
  | { status: 'filled' | 'unchanged'; previous: string }
  | { status: 'skipped'; reason: 'readonly' | 'disabled' | 'static'; previous: string }
  | { status: 'failed'; reason: 'no-option'; previous: string };

function nativeSetter(el: Element, prop: 'value' | 'checked'): ((v: unknown) => void) | undefined {
  // The prototype's setter, not the element's own: frameworks and masks patch the instance.
  let proto = Object.getPrototypeOf(el);
  while (proto) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, prop);
    if (descriptor?.set) return descriptor.set;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

function fire(el: Element, type: FillEvent, value: string): void {
  const view = el.ownerDocument.defaultView ?? window;
  const html = el as HTMLElement;
  switch (type) {
    case 'focus':
      html.focus?.({ preventScroll: true });
      // Unfocused windows swallow focus(): tell the page anyway.
      if (el.ownerDocument.activeElement !== el) {
        el.dispatchEvent(new view.FocusEvent('focus'));
        el.dispatchEvent(new view.FocusEvent('focusin', { bubbles: true }));
      }
      if (el instanceof HTMLInputElement && typeof el.select === 'function') {
        try {
          el.select();
        } catch {
          // Inputs without selection (checkbox, radio) have nothing to select.
        }
      }
      return;
    case 'blur':
      if (el.ownerDocument.activeElement === el) html.blur();
      else {
        el.dispatchEvent(new view.FocusEvent('blur'));
        el.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true }));
      }
      return;
    case 'keydown':
    case 'keyup':
    case 'keypress':
      el.dispatchEvent(
        new view.KeyboardEvent(type, { bubbles: true, cancelable: true, key: 'Unidentified' }),
      );
      return;
    case 'input':
      el.dispatchEvent(
        new view.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value }),
      );
      return;
    case 'change':
      el.dispatchEvent(new view.Event('change', { bubbles: true }));
      return;
  }
}

const norm = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();

function findOption(
  select: HTMLSelectElement,
  wanted: string,
  by: 'code' | 'text',
): HTMLOptionElement | null {
  const options = Array.from(select.options);
  if (by === 'code') return options.find((o) => o.value === wanted) ?? null;
  const target = norm(wanted);
  return options.find((o) => norm(o.textContent ?? '') === target) ?? null;
}

/**
 * The one fill routine: writes a value so the page's own listeners see a person typing it.
 * Disabled/readonly controls are skipped; selects only ever pick an existing option
 * (adding one would break WebForms event validation). Events fire in the given order
 * around the native setter.
 */
export function fillElement(el: Element, instruction: FillInstruction): FillOutcome {
  const events = instruction.events ?? DEFAULT_EVENTS;
  const state = editability(el);
  if (el instanceof HTMLSelectElement) {
    const previous = el.value;
    if (state !== 'editable')
      return { status: 'skipped', reason: state === 'disabled' ? 'disabled' : 'readonly', previous };
    const option = findOption(el, instruction.value, instruction.selectBy ?? 'code');
    if (!option) return { status: 'failed', reason: 'no-option', previous };
    if (option.selected) return { status: 'unchanged', previous };
    runEvents(el, events, option.value, () => nativeSetter(el, 'value')?.call(el, option.value));
    return { status: 'filled', previous };
  }
  // RadioButtonList container or a single radio / checkbox.
  const radios =
    el instanceof HTMLInputElement && el.type === 'radio'
      ? [el]
      : Array.from(el.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
  if (radios.length > 0 && !(el instanceof HTMLInputElement && el.type !== 'radio')) {
    const previous = readRaw(el);
    const target = radios.find((r) => r.value === instruction.value);
    if (!target) return { status: 'failed', reason: 'no-option', previous };
    if (target.disabled) return { status: 'skipped', reason: 'disabled', previous };
    if (target.checked) return { status: 'unchanged', previous };
    runEvents(target, events, target.value, () => {
      nativeSetter(target, 'checked')?.call(target, true);
      target.dispatchEvent(new (el.ownerDocument.defaultView ?? window).Event('click', { bubbles: true }));
    });
    return { status: 'filled', previous };
  }
  const box =
    el instanceof HTMLInputElement && el.type === 'checkbox'
      ? el
      : el.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (box) {
    const previous = box.checked ? 'true' : 'false';
    if (box.disabled) return { status: 'skipped', reason: 'disabled', previous };
    const wanted = instruction.value === 'true';
    if (box.checked === wanted) return { status: 'unchanged', previous };
    runEvents(box, events, instruction.value, () => nativeSetter(box, 'checked')?.call(box, wanted));
    return { status: 'filled', previous };
  }
  const previous = readRaw(el);
  if (state !== 'editable') {
    return {
      status: 'skipped',
      reason: state === 'disabled' ? 'disabled' : state === 'static' ? 'static' : 'readonly',
      previous,
    };
  }
  if (previous === instruction.value) return { status: 'unchanged', previous };
  runEvents(el, events, instruction.value, () => nativeSetter(el, 'value')?.call(el, instruction.value));
  return { status: 'filled', previous };
}

function runEvents(el: Element, events: readonly FillEvent[], value: string, set: () => void): void {
  // Events listed before "input" happen before the value changes (focus, keydown); the rest after.
  const inputAt = events.indexOf('input');
  const splitAt =
    inputAt >= 0 ? inputAt : events.findIndex((e) => e === 'keyup' || e === 'change' || e === 'blur');
  const before = splitAt >= 0 ? events.slice(0, splitAt) : events;
  const after = splitAt >= 0 ? events.slice(splitAt) : [];
  for (const type of before) fire(el, type, value);
  set();
  for (const type of after) fire(el, type, value);
}
