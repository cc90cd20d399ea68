import { DEV_EXTENSION_ID } from '../../lib/extension-identity';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, extensionUrl, test } from './fixtures';
import { serveHtml } from './static-server';

test('the service worker runs with the fixed extension id', async ({ worker, extensionId }) => {
  expect(extensionId).toBe(DEV_EXTENSION_ID);
  expect(worker.url()).toBe(`chrome-extension://${DEV_EXTENSION_ID}/background.js`);
  const manifestName = await worker.evaluate(() => chrome.runtime.getManifest().name);
  expect(manifestName).toBe('Ponte CREDERE');
});

test('the DMS content script is registered for the configured origins and answers in the page', async ({
  context,
  worker,
}) => {
  const site = await serveHtml({
    '/page': '<!doctype html><html lang="pt-BR"><title>DMS</title><h1>Tela qualquer</h1></html>',
  });
  try {
    await expect
      .poll(() =>
        worker.evaluate(async () =>
          (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches),
        ),
      )
      .toEqual([['http://127.0.0.1/*', 'http://localhost/*']]);
    const page = await context.newPage();
    await page.goto(`${site.origin}/page`);
    await expect
      .poll(async () =>
        worker.evaluate(async (url) => {
          const [tab] = await chrome.tabs.query({ url: `${url}/*` });
          try {
            return await chrome.tabs.sendMessage(tab!.id!, { type: 'content.ping' });
          } catch {
            return null;
          }
        }, site.origin),
      )
      .toMatchObject({ ok: true, frameUrl: `${site.origin}/page`, isTopFrame: true });
  } finally {
    await site.close();
  }
});

test('the options page renders and completes a message round trip with the background', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, 'options.html#sobre'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ponte CREDERE — Configurações');
  await expect(page.getByTestId('background-status')).toHaveText('Serviço da extensão: v0.1.0');
  await expectNoSeriousA11yViolations(page);
});

test('the simulation window opens as a popup window', async ({ context, worker, extensionId }) => {
  const opened = context.waitForEvent('page');
  await worker.evaluate(() =>
    chrome.windows.create({ url: chrome.runtime.getURL('/simulation.html'), type: 'popup' }),
  );
  const page = await opened;
  await page.waitForLoadState();
  expect(page.url()).toBe(extensionUrl(extensionId, 'simulation.html'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Simulação CREDERE');
});

test('the toolbar popup shows the status', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, 'popup.html'));
  await expect(page.getByText('Versão 0.1.0')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Propostas pendentes de aplicação' })).toBeVisible();
  // A fresh install is not configured yet: the popup says so and offers the settings.
  await expect(page.getByTestId('popup-connection')).toContainText('ainda não foi configurada');
  await expect(page.getByRole('button', { name: 'Abrir configurações' })).toBeVisible();
});
