/**
 * Whether an element is shown to the user. Legacy tab panels hide with inline
 * `display:none; visibility:hidden` and hidden template copies repeat ids, so a field only
 * counts when neither it nor an ancestor is hidden. Walks ancestors instead of relying on
 * layout (offsetParent is null inside position:fixed modals and in happy-dom).
 */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if ((node as HTMLElement).hidden) return false;
    const style = (node as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
    // Inline styles cover the DMS's own tab switching; computed style catches stylesheet rules.
    if (view && node === el) {
      const computed = view.getComputedStyle(node);
      if (computed.display === 'none' || computed.visibility === 'hidden') return false;
    }
  }
  return true;
}
