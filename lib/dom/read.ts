/** The text a control shows, the way a person would read it off the screen. */
export function readRaw(el: Element, mode: 'code' | 'text' = 'code'): string {
  if (el instanceof HTMLSelectElement) {
    // Same as options[selectedIndex] for a single select, and sturdier in DOM emulations.
    const option = Array.from(el.options).find((o) => o.selected);
    if (!option) return '';
    return mode === 'text' ? (option.textContent ?? '').trim() : option.value;
  }
  if (el instanceof HTMLInputElement) {
    if (el.type === 'checkbox' || el.type === 'radio') return el.checked ? el.value || 'on' : '';
    return el.value;
  }
  if (el instanceof HTMLTextAreaElement) return el.value;
  // A RadioButtonList is a container of radios: its value is the checked one's.
  const radios = el.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  if (radios.length > 0) {
    for (const radio of radios) if (radio.checked) return radio.value;
    return '';
  }
  const box = el.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (box) return box.checked ? box.value || 'on' : '';
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether the page lets a person change it (disabled controls are not even posted). */
export function editability(el: Element): 'editable' | 'readonly' | 'disabled' | 'static' {
  if (
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement
  ) {
    if (el.disabled) return 'disabled';
    if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.readOnly)
      return 'readonly';
    return 'editable';
  }
  const inputs = el.querySelectorAll<HTMLInputElement>('input');
  if (inputs.length === 0) return 'static';
  for (const input of inputs) if (!input.disabled && !input.readOnly) return 'editable';
  return 'disabled';
}
