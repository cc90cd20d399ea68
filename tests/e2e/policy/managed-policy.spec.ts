import type { Page, Worker } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../axe';
import { type ExtensionBrowser, launchWithExtension } from '../extension';
import { expect, extensionUrl, test } from '../fixtures';
import { clearPolicies, reloadPolicies, writePolicy } from './policy-helpers';

// Real policy files need with-policy.sh; the default project never collects this file.

let ext: ExtensionBrowser | undefined;
test.afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

/** Chromium's first storage.managed read takes 3–5 s; the options page fills in when it lands. */
const POLICY_WAIT = { timeout: 20_000 };

async function openPolicySection(): Promise<Page> {
  const page = await ext!.context.newPage();
  await page.goto(extensionUrl(ext!.extensionId, 'options.html#politica'));
  return page;
}

async function send(page: Page, type: string, payload: unknown) {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
    type,
    payload,
  ] as const);
}

async function registeredMatches(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []),
  );
}

test.beforeEach(() => clearPolicies());

test('the managed configuration reaches the extension, shows as set by policy and is locked', async ({
  dms,
}) => {
  writePolicy({
    clientId: 'autosul-politica',
    clientSecret: 'segredo-da-politica-123',
    supportContact: 'TI Auto Sul — ramal 2040',
    dmsOrigins: [`${dms.origin}/*`],
    journalRetentionDays: 30,
  });
  ext = await launchWithExtension();
  const page = await openPolicySection();

  await expect(page.getByTestId('policy-support')).toHaveText('TI Auto Sul — ramal 2040', POLICY_WAIT);
  const clientRow = page.locator('[data-setting="credere.clientId"]');
  await expect(clientRow).toContainText('autosul-politica');
  await expect(clientRow).toContainText('definido pela política');
  await expect(page.locator('[data-setting="credere.clientSecret"]')).toContainText('••••••');
  expect(await page.content()).not.toContain('segredo-da-politica-123');
  await expect(page.getByTestId('policy-locked')).toContainText('Endereços do LinxDMS');
  await expect(page.getByText('Nenhum problema encontrado na política.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, '[data-testid="policy-section"]');

  // The settings in force carry the policy values, and changing a locked one is refused.
  const view = (await send(page, 'settings.get', {})) as {
    ok: true;
    data: { settings: { credere: { clientId: string }; journalRetentionDays: number }; locked: string[] };
  };
  expect(view.data.settings.credere.clientId).toBe('autosul-politica');
  expect(view.data.settings.journalRetentionDays).toBe(30);
  const refused = await send(page, 'settings.save', {
    settings: { ...view.data.settings, credere: { ...view.data.settings.credere, clientId: 'outro' } },
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'POLICY_LOCKED', field: 'credere.clientId' } });

  // Managed DMS origins drive the content-script registration.
  await expect.poll(() => registeredMatches(ext!.worker)).toEqual([`${dms.origin}/*`]);

  // The sections where an admin would change these show them locked.
  await page.goto(extensionUrl(ext!.extensionId, 'options.html#autenticacao'));
  await expect(page.getByLabel('Client id (ID da aplicação)')).toBeDisabled(POLICY_WAIT);
  await expect(page.getByTestId('policy-lock-credere.clientId')).toHaveText('definido pela política');
  await page.goto(extensionUrl(ext!.extensionId, 'options.html#telas'));
  await expect(page.getByLabel('Novo endereço do LinxDMS')).toBeDisabled(POLICY_WAIT);
  await expect(page.getByTestId('policy-lock-dmsOrigins')).toHaveText('definido pela política');
});

test('a policy change applies live, without reinstalling or reloading the page', async () => {
  writePolicy({ clientId: 'cliente-a', supportContact: 'ramal 1' });
  ext = await launchWithExtension();
  const page = await openPolicySection();
  await expect(page.getByTestId('policy-support')).toHaveText('ramal 1', POLICY_WAIT);
  // Proof that the same installation carries on: local data survives the change.
  await ext.worker.evaluate(() => chrome.storage.local.set({ e2eMarker: 'antes' }));

  writePolicy({ clientId: 'cliente-b', supportContact: 'ramal 2', lockedSettings: ['supportContact'] });
  await reloadPolicies(ext.context);

  await expect(page.getByTestId('policy-support')).toHaveText('ramal 2', POLICY_WAIT);
  await expect(page.locator('[data-setting="credere.clientId"]')).toContainText('cliente-b');
  await expect(page.locator('[data-setting="credere.clientId"]')).toContainText('Não (valor inicial)');
  const view = (await send(page, 'settings.get', {})) as { ok: true; data: { locked: string[] } };
  expect(view.data.locked).toEqual(['supportContact']);
  expect(await ext.worker.evaluate(() => chrome.storage.local.get('e2eMarker'))).toEqual({
    e2eMarker: 'antes',
  });
});

test('a malformed, partial policy is reported per field while its valid parts work', async ({ dms }) => {
  writePolicy({
    clientId: 'cliente-valido',
    credereApiRoot: 'ftp://api.exemplo.test',
    journalRetentionDays: 0,
    dmsOrigins: [`${dms.origin}/*`, 'isto-nao-e-endereco'],
    mappings: { format: 'planilha', version: 1 },
  });
  ext = await launchWithExtension();
  const page = await openPolicySection();

  const problems = page.getByTestId('policy-problems');
  await expect(problems).toBeVisible(POLICY_WAIT);
  await expect(problems).toContainText(
    'Campo "journalRetentionDays": deve ser um número inteiro de dias entre 1 e 3650.',
  );
  await expect(problems).toContainText('Campo "dmsOrigins[1]": não é um padrão de endereço válido');
  await expect(problems).toContainText('isto-nao-e-endereco');
  await expect(problems).toContainText('Campo "credereApiRoot": deve ser um endereço https completo');
  await expect(problems).toContainText('Campo "mappings": deve ser o documento exportado em DE>PARA');

  // The valid parts apply.
  await expect(page.locator('[data-setting="credere.clientId"]')).toContainText('cliente-valido');
  await expect(page.locator('[data-setting="dmsOrigins"]')).toHaveText(/127\.0\.0\.1/);
  await expect(page.locator('[data-setting="journalRetentionDays"]')).toHaveCount(0);
  await expect.poll(() => registeredMatches(ext!.worker)).toEqual([`${dms.origin}/*`]);
  const ping = await send(page, 'system.ping', { text: 'policy' });
  expect(ping).toMatchObject({ ok: true, data: { reply: 'pong:policy' } });
  await expectNoSeriousA11yViolations(page, '[data-testid="policy-section"]');
});
