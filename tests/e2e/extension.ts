import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/lib/chromium/chromium';

/** Flags that keep Chromium quiet on a machine with no network beyond loopback. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

/** Launches Debian Chromium with the built extension in a fresh profile. */
export async function launchWithExtension(
  options: { headless?: boolean; userDataDir?: string; locale?: string } = {},
): Promise<ExtensionBrowser> {
  const locale = options.locale ?? 'pt-BR';
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'ponte-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? !process.env.HEADED,
    locale,
    // On Linux Chromium takes its UI locale (and so the extension's _locales) from LANGUAGE;
    // the pt-BR pack comes from Debian's chromium-l10n.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      `--lang=${locale}`,
      ...QUIET_FLAGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
