const OUTLINE = '2px solid #1e7b34';

/**
 * Outlines filled controls for a moment so the salesperson sees what changed. Inline style
 * (saved and restored) because the DMS's stylesheet is not ours to extend.
 */
export function highlight(elements: Element[], durationMs = 1500): void {
  for (const el of elements) {
    if (!(el instanceof HTMLElement) || el.dataset.ponteHighlight) continue;
    const previous = { outline: el.style.outline, offset: el.style.outlineOffset };
    el.dataset.ponteHighlight = '1';
    el.style.outline = OUTLINE;
    el.style.outlineOffset = '1px';
    setTimeout(() => {
      el.style.outline = previous.outline;
      el.style.outlineOffset = previous.offset;
      delete el.dataset.ponteHighlight;
    }, durationMs);
  }
}
