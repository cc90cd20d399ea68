import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { DEV_EXTENSION_ID } from '../../../lib/extension-identity';
import { packCrx } from '../../packaging/pack-crx';
import { CHROMIUM_PATH, EXTENSION_PATH, QUIET_FLAGS } from '../extension';
import { expect, extensionUrl, test } from '../fixtures';
import { clearPolicies, writePolicy } from './policy-helpers';

const KEY = join(import.meta.dirname, '../../keys/test-signing-key.pem');

test('force-install from a self-hosted update manifest installs and runs the extension', async ({ dms }) => {
  clearPolicies();
  const requests: string[] = [];
  const files = new Map<string, { body: Buffer; type: string }>();
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const file = files.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const out = mkdtempSync(join(tmpdir(), 'ponte-crx-'));
  const profile = mkdtempSync(join(tmpdir(), 'ponte-force-'));
  try {
    const packed = packCrx({
      keyPath: KEY,
      extensionDir: EXTENSION_PATH,
      outDir: out,
      codebase: origin,
      build: false,
    });
    expect(packed.id).toBe(DEV_EXTENSION_ID);
    files.set('/updates.xml', { body: readFileSync(packed.updateManifestPath), type: 'text/xml' });
    files.set(`/${packed.crxFileName}`, {
      body: readFileSync(packed.crxPath),
      type: 'application/x-chrome-extension',
    });

    writePolicy(
      { supportContact: 'TI instalação forçada', dmsOrigins: [`${dms.origin}/*`] },
      {
        ExtensionInstallForcelist: [`${packed.id};${origin}/updates.xml`],
        // Without it Playwright cannot see a policy-installed extension's worker.
        DeveloperToolsAvailability: 1,
      },
    );
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: !process.env.HEADED,
      locale: 'pt-BR',
      env: { ...process.env, LANGUAGE: 'pt_BR' },
      // No --load-extension: the browser must download and install it itself.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
      args: ['--lang=pt-BR', ...QUIET_FLAGS.filter((flag) => flag !== '--disable-background-networking')],
    });
    try {
      const worker =
        context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
      expect(new URL(worker.url()).host).toBe(DEV_EXTENSION_ID);
      expect(
        requests.some((url) => url.startsWith('/updates.xml') && url.includes('installedby%3Dpolicy')),
      ).toBe(true);
      expect(requests).toContain(`/${packed.crxFileName}`);

      const installType = await worker.evaluate(async () => (await chrome.management.getSelf()).installType);
      expect(installType).toBe('admin');

      const page = await context.newPage();
      await page.goto(extensionUrl(DEV_EXTENSION_ID, 'options.html#politica'));
      await expect(page.getByTestId('policy-support')).toHaveText('TI instalação forçada', {
        timeout: 20_000,
      });
      const ping = await page.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'system.ping', payload: { text: 'forced' } }),
      );
      expect(ping).toMatchObject({ ok: true, data: { reply: 'pong:forced' } });
      await expect
        .poll(() =>
          worker.evaluate(async () =>
            (await chrome.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []),
          ),
        )
        .toEqual([`${dms.origin}/*`]);
    } finally {
      await context.close();
    }
  } finally {
    server.close();
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});
