/** Reaching into the demo LinxDMS's nested frames from Playwright. */
import type { Frame, Page } from '@playwright/test';

/** Follows `selectors` frame by frame from the top document; each names an iframe/frame element. */
export async function frameAt(page: Page, selectors: string[]): Promise<Frame> {
  let frame = page.mainFrame();
  for (const sel of selectors) {
    const handle = await frame.waitForSelector(sel, { state: 'attached' });
    const inner = await handle.contentFrame();
    if (!inner) throw new Error(`frame ${sel} sem documento`);
    frame = inner;
  }
  return frame;
}

/** The page's own model of the deal (`window.__linxdms.getModel()`). */
// biome-ignore lint/suspicious/noExplicitAny: the page model is plain JSON owned by the page script.
export const pageModel = (f: Frame): Promise<any> =>
  f.evaluate(() => (window as unknown as { __linxdms: { getModel(): unknown } }).__linxdms.getModel());
