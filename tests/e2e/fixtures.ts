import { type BrowserContext, test as base, type Worker } from '@playwright/test';
import { type DmsServer, startDms } from '../dms/server';
import { type RunningSandbox, startSandbox } from '../sandbox/server';
import { type ExtensionBrowser, launchWithExtension } from './extension';

/**
 * WXT-style fixtures: every test gets a fresh Chromium profile with the built extension
 * (.output/chrome-mv3) loaded, its service worker and its fixed id. The CREDERE sandbox and
 * the demo LinxDMS are started once per Playwright worker (random loopback ports); tests
 * that change the sandbox reset it through `sandboxControl`.
 */
export const test = base.extend<
  {
    ext: ExtensionBrowser;
    context: BrowserContext;
    worker: Worker;
    extensionId: string;
    sandboxControl: (path: string, body?: unknown, method?: string) => Promise<unknown>;
  },
  { sandbox: RunningSandbox; dms: DmsServer }
>({
  sandbox: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const sandbox = await startSandbox();
      await use(sandbox);
      await sandbox.close();
    },
    { scope: 'worker' },
  ],
  dms: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const dms = await startDms();
      await use(dms);
      await dms.close();
    },
    { scope: 'worker' },
  ],
  sandboxControl: async ({ sandbox }, use) => {
    const control = async (path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') => {
      const response = await fetch(`${sandbox.origin}/__control${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`sandbox control ${method} ${path}: ${response.status} ${text}`);
      return text ? JSON.parse(text) : null;
    };
    // Each test starts from the seed.
    await control('/reset', {});
    await use(control);
  },
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
