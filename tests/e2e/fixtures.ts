import { type BrowserContext, test as base, type Worker } from '@playwright/test';
import { type ExtensionBrowser, launchWithExtension } from './extension';

/**
 * WXT-style fixtures: every test gets a fresh Chromium profile with the built extension
 * (.output/chrome-mv3) loaded, its service worker and its fixed id.
 */
export const test = base.extend<{
  ext: ExtensionBrowser;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  ext: async ({}, use) => {
    const ext = await launchWithExtension();
    await use(ext);
    await ext.close();
  },
  context: async ({ ext }, use) => use(ext.context),
  worker: async ({ ext }, use) => use(ext.worker),
  extensionId: async ({ ext }, use) => use(ext.extensionId),
});

export const expect = test.expect;

/** Page URL of one of the extension's pages. */
export function extensionUrl(extensionId: string, page: string): string {
  return `chrome-extension://${extensionId}/${page}`;
}
