import { browser } from 'wxt/browser';
import type { ScreenSnapshot } from '../screens/types';
import { dealKey } from './ports';

/**
 * The simulation window: one per tab + frame + atendimento. The bridge validates the deal
 * and calls `openSimulationWindow`; a second click on the same deal focuses the open window.
 */
const WINDOW_KEY = (tabId: number, atendimento: string) => `simulation:window:${tabId}:${atendimento}`;

export function simulationUrl(tabId: number, frameId: number): string {
  return browser.runtime.getURL(`/simulation.html?tab=${tabId}&frame=${frameId}` as '/simulation.html');
}

export async function storeDealForWindow(
  tabId: number,
  frameId: number,
  snapshot: ScreenSnapshot,
): Promise<void> {
  await browser.storage.session.set({ [dealKey(tabId, frameId)]: { tabId, frameId, snapshot } });
}

export async function openSimulationWindow(
  tabId: number,
  frameId: number,
  snapshot: ScreenSnapshot,
): Promise<{ windowId: number; reused: boolean }> {
  await storeDealForWindow(tabId, frameId, snapshot);
  const key = WINDOW_KEY(tabId, snapshot.deal.atendimento);
  const known = (await browser.storage.session.get(key))[key] as number | undefined;
  if (known !== undefined) {
    try {
      await browser.windows.update(known, { focused: true });
      return { windowId: known, reused: true };
    } catch {
      // Closed since: open a new one.
    }
  }
  const created = await browser.windows.create({
    url: simulationUrl(tabId, frameId),
    type: 'popup',
    width: 1100,
    height: 820,
    focused: true,
  });
  const windowId = created?.id ?? -1;
  await browser.storage.session.set({ [key]: windowId });
  return { windowId, reused: false };
}
