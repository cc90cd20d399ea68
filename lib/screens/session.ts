import { browser } from 'wxt/browser';
import type { ScreenSnapshotParsed } from './snapshot-schema';

/**
 * Readings waiting for the simulation window, in storage.session: it survives the service
 * worker going idle and, at its default access level, content scripts cannot read it.
 */
const snapshotKey = (tabId: number, frameId: number) => `screens.snapshot:${tabId}:${frameId}`;
const windowKey = (tabId: number, atendimento: string) => `screens.window:${tabId}:${atendimento}`;

export interface StoredSnapshot {
  snapshot: ScreenSnapshotParsed;
  tabId: number;
  frameId: number;
  storedAt: number;
}

export async function storeSnapshot(
  tabId: number,
  frameId: number,
  snapshot: ScreenSnapshotParsed,
): Promise<void> {
  const record: StoredSnapshot = { snapshot, tabId, frameId, storedAt: Date.now() };
  await browser.storage.session.set({ [snapshotKey(tabId, frameId)]: record });
}

export async function readStoredSnapshot(tabId: number, frameId: number): Promise<StoredSnapshot | null> {
  const key = snapshotKey(tabId, frameId);
  return ((await browser.storage.session.get(key))[key] as StoredSnapshot | undefined) ?? null;
}

export function simulationUrl(tabId: number, frameId: number): string {
  return browser.runtime.getURL(`/simulation.html?tab=${tabId}&frame=${frameId}` as '/simulation.html');
}

/** Opens the simulation popup for this tab+atendimento, or focuses the one already open. */
export async function openSimulationWindow(
  tabId: number,
  frameId: number,
  atendimento: string,
): Promise<{ windowId: number; reused: boolean }> {
  const key = windowKey(tabId, atendimento);
  const known = (await browser.storage.session.get(key))[key] as number | undefined;
  if (known !== undefined) {
    try {
      await browser.windows.get(known);
      await browser.windows.update(known, { focused: true });
      return { windowId: known, reused: true };
    } catch {
      // The salesperson closed it: open a new one below.
    }
  }
  const created = await browser.windows.create({
    url: simulationUrl(tabId, frameId),
    type: 'popup',
    width: 980,
    height: 760,
    focused: true,
  });
  const windowId = created?.id ?? -1;
  await browser.storage.session.set({ [key]: windowId });
  return { windowId, reused: false };
}
