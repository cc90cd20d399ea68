/**
 * The "Simulação CREDERE" button injected next to the legacy buttons: plain DOM in a shadow
 * root (Preact would cost most of the content script's size budget for two buttons).
 * The shadow root keeps the DMS stylesheet out and our keystrokes away from the DMS's
 * global key handlers.
 */
export const HOST_ATTR = 'data-ponte-credere';

export interface ButtonUi {
  host: HTMLElement;
  setBusy(busy: boolean): void;
  setStatus(text: string, tone?: 'info' | 'ok' | 'error'): void;
  showUndo(show: boolean): void;
}

export interface ButtonTexts {
  label: string;
  title: string;
  undo: string;
  undoTitle: string;
}

const STYLE = `
:host{display:inline-block;vertical-align:middle;margin:0 4px;font:12px Tahoma,Verdana,Arial,sans-serif}
button{font:inherit;padding:3px 10px;margin:0 2px;border:1px solid #6b7f99;border-radius:2px;cursor:pointer;
background:linear-gradient(#fdfdfd,#dde3ea);color:#10294a;font-weight:bold;line-height:16px}
button:hover{background:linear-gradient(#fff,#cfd8e3)}
button:focus-visible{outline:2px solid #f0b400;outline-offset:1px}
button[aria-busy=true]{cursor:progress;opacity:.7}
.undo{font-weight:normal}
[hidden]{display:none}
.status{margin-left:4px;color:#10294a}
.status.error{color:#b3261e;font-weight:bold}
.status.ok{color:#1e7b34}
`;

export function createButton(
  texts: ButtonTexts,
  handlers: { onClick(): void; onUndo(): void; onIntent?(): void },
  doc: Document = document,
): ButtonUi {
  const host = doc.createElement('span');
  host.setAttribute(HOST_ATTR, 'button');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const main = doc.createElement('button');
  main.type = 'button';
  main.textContent = texts.label;
  main.title = texts.title;
  main.addEventListener('click', () => handlers.onClick());
  // The pointer reaching the button (or the keyboard focus) usually comes a few hundred ms
  // before the click: enough to wake an idle service worker ahead of it.
  for (const type of ['pointerenter', 'focus']) main.addEventListener(type, () => handlers.onIntent?.());
  const undo = doc.createElement('button');
  undo.type = 'button';
  undo.className = 'undo';
  undo.textContent = texts.undo;
  undo.title = texts.undoTitle;
  undo.hidden = true;
  undo.addEventListener('click', () => handlers.onUndo());
  const status = doc.createElement('span');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  root.append(style, main, undo, status);
  // WebForms pages treat Enter as "submit the default button": keep our keys to ourselves.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  return {
    host,
    setBusy(busy) {
      main.setAttribute('aria-busy', String(busy));
      main.disabled = busy;
    },
    setStatus(text, tone = 'info') {
      status.textContent = text;
      status.className = `status ${tone}`;
    },
    showUndo(show) {
      undo.hidden = !show;
    },
  };
}

/** Inserts the host where the profile says, relative to the anchor element. */
export function placeHost(
  host: HTMLElement,
  anchor: Element,
  position: 'append' | 'prepend' | 'before' | 'after',
): void {
  if (position === 'append') anchor.append(host);
  else if (position === 'prepend') anchor.prepend(host);
  else if (position === 'before') anchor.before(host);
  else anchor.after(host);
}
