// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createButton, HOST_ATTR } from '@/components/content/button';

const TEXTS = { label: 'Simulação CREDERE', title: 'Simular', undo: 'Desfazer', undoTitle: 'Desfazer' };

function mount() {
  const handlers = { onClick: vi.fn(), onUndo: vi.fn(), onIntent: vi.fn() };
  const ui = createButton(TEXTS, handlers);
  document.body.append(ui.host);
  const [main, undo] = [...ui.host.shadowRoot!.querySelectorAll('button')];
  return { ui, handlers, main: main!, undo: undo! };
}

describe('the "Simulação CREDERE" button', () => {
  it('lives in a shadow root marked for the bridge, with the undo button hidden at first', () => {
    const { ui, main, undo } = mount();
    expect(ui.host.getAttribute(HOST_ATTR)).toBe('button');
    expect(main.textContent).toBe('Simulação CREDERE');
    expect(undo.hidden).toBe(true);
    ui.showUndo(true);
    expect(undo.hidden).toBe(false);
  });

  it('announces the intent to click (pointer over it or keyboard focus) before the click itself', () => {
    const { handlers, main } = mount();
    main.dispatchEvent(new Event('pointerenter'));
    main.dispatchEvent(new Event('focus'));
    expect(handlers.onIntent).toHaveBeenCalledTimes(2);
    expect(handlers.onClick).not.toHaveBeenCalled();
    main.click();
    expect(handlers.onClick).toHaveBeenCalledTimes(1);
  });

  it('keeps its keystrokes from the DMS page (WebForms treats Enter as submit)', () => {
    const { ui, main } = mount();
    const pageHandler = vi.fn();
    document.addEventListener('keydown', pageHandler);
    main.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(pageHandler).not.toHaveBeenCalled();
    ui.setBusy(true);
    expect(main.disabled).toBe(true);
    expect(main.getAttribute('aria-busy')).toBe('true');
    document.removeEventListener('keydown', pageHandler);
  });
});
