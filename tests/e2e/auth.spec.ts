import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, extensionUrl, test } from './fixtures';

const CLIENT_ID = 'ponte-credere-sandbox';
const CLIENT_SECRET = 'sandbox-secret';

interface ControlTokens {
  access_tokens: Array<{ token_prefix: string; revoked: boolean; expired: boolean }>;
  refresh_tokens: Array<{ token_prefix: string; revoked: boolean; rotated_out: boolean }>;
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${extensionUrl(extensionId, 'options.html')}#autenticacao`);
  await expect(page.getByRole('heading', { level: 2, name: 'Autenticação' })).toBeVisible();
  return page;
}

async function configure(page: Page, apiRoot: string): Promise<void> {
  await page.getByLabel('Personalizado').check();
  await page.getByLabel('Endereço da API (raiz)').fill(apiRoot);
  await page.getByLabel('Client id (ID da aplicação)').fill(CLIENT_ID);
  await page.getByLabel('Segredo do cliente (client secret)').fill(CLIENT_SECRET);
  await page.getByRole('button', { name: 'Salvar' }).click();
  await expect(page.getByTestId('auth-form-notice')).toHaveText('Configuração salva.');
}

/** The Autenticação section, already configured for the sandbox. */
async function configuredOptions(
  context: BrowserContext,
  extensionId: string,
  apiRoot: string,
): Promise<Page> {
  const page = await openOptions(context, extensionId);
  await configure(page, apiRoot);
  return page;
}

/** How the section shows a token: first and last four characters only. */
const masked = (token: string) => `${token.slice(0, 4)}••••••••${token.slice(-4)}`;

/** Clicks "Autorizar" and returns the CREDERE sandbox login window. */
async function startAuthorize(context: BrowserContext, page: Page): Promise<Page> {
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Autorizar' }).click();
  const login = await opened;
  await login.waitForLoadState();
  return login;
}

async function login(loginPage: Page): Promise<void> {
  await loginPage.locator('#username').fill('gerente@autosul.test');
  await loginPage.locator('#password').fill('credere-sandbox');
  await loginPage.locator('#approve').click();
}

async function authorize(context: BrowserContext, page: Page): Promise<void> {
  await login(await startAuthorize(context, page));
  await expect(page.getByTestId('auth-notice')).toHaveText('Autorização concluída com sucesso.');
}

async function storedTokens(worker: Worker) {
  return worker.evaluate(
    () =>
      new Promise<{ accessToken: string; refreshToken: string | null; expiresAt: number | null } | null>(
        (resolve, reject) => {
          const open = indexedDB.open('ponte-credere');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('secrets').objectStore('secrets').get('credere.tokens');
            get.onsuccess = () => {
              resolve((get.result?.value as never) ?? null);
              open.result.close();
            };
            get.onerror = () => reject(get.error);
          };
        },
      ),
  );
}

test('authorize through the sandbox login page: masked token, validity, user and stores; reveal; disconnect', async ({
  context,
  extensionId,
  sandbox,
  sandboxControl,
  worker,
}) => {
  const page = await openOptions(context, extensionId);
  await expectNoSeriousA11yViolations(page);
  await configure(page, sandbox.apiRoot);
  const loginPage = await startAuthorize(context, page);
  expect(loginPage.url()).toContain(`${sandbox.apiRoot}/authorize?`);
  const authorizeUrl = new URL(loginPage.url());
  expect(authorizeUrl.searchParams.get('redirect_uri')).toBe(
    `https://${extensionId}.chromiumapp.org/credere`,
  );
  expect(authorizeUrl.searchParams.get('scope')).toBe('simulator proposals');
  expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorizeUrl.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
  await login(loginPage);

  await expect(page.getByTestId('auth-notice')).toHaveText('Autorização concluída com sucesso.');
  await expect(page.getByTestId('auth-state')).toHaveText('Conectado à CREDERE.');
  const stored = await storedTokens(worker);
  expect(stored?.accessToken).toBeTruthy();
  const shown = await page.getByTestId('auth-token').textContent();
  expect(shown).not.toContain(stored!.accessToken);
  expect(shown).toBe(masked(stored!.accessToken));
  await expect(page.getByTestId('auth-user')).toHaveText('Gerente Autosul');
  await expect(page.getByTestId('auth-stores')).toHaveText('3');
  // Default sandbox lifetime is 7200 s: "1 h 59 min" or "2 h 0 min".
  await expect(page.getByTestId('auth-time-left')).toHaveText(/^(1 h 59 min|2 h 0 min)$/);
  await expect(page.getByTestId('auth-expires')).toHaveText(/^\d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}:\d{2}$/);

  await page.getByRole('button', { name: 'Mostrar' }).click();
  await expect(page.getByTestId('auth-token')).toHaveText(stored!.accessToken);
  await page.getByRole('button', { name: 'Ocultar' }).click();
  await expect(page.getByTestId('auth-token')).toHaveText(shown!);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Desconectar' }).click();
  await expect(page.getByTestId('auth-notice')).toHaveText('Desconectado da CREDERE.');
  await expect(page.getByTestId('auth-state')).toHaveText('Não conectado.');
  expect(await storedTokens(worker)).toBeNull();
  const tokens = (await sandboxControl('/tokens')) as ControlTokens;
  expect(tokens.access_tokens).toHaveLength(1);
  expect(tokens.access_tokens[0]!.token_prefix).toBe(stored!.accessToken.slice(0, 8));
  expect(tokens.access_tokens[0]!.revoked).toBe(true);
  expect(tokens.refresh_tokens.every((token) => token.revoked)).toBe(true);
});

test('silent refresh of a short-lived token rotates the refresh token once, even for parallel calls', async ({
  context,
  extensionId,
  sandbox,
  sandboxControl,
  worker,
}) => {
  // 4 s tokens are renewed when less than half their life (2 s) is left.
  await sandboxControl('/config', { tokenTtlSeconds: 4, rotateRefreshTokens: true }, 'PATCH');
  const page = await configuredOptions(context, extensionId, sandbox.apiRoot);
  await authorize(context, page);
  await expect(page.getByTestId('auth-time-left')).toHaveText(/^0 min \d s$|^expirado/);
  const first = (await storedTokens(worker))!;
  expect(first.refreshToken).toBeTruthy();
  await page.waitForTimeout(2_500);

  // Less than half its life left: the next API call refreshes first, without asking anybody.
  await page.getByRole('button', { name: 'Testar conexão' }).click();
  await expect(page.getByTestId('auth-notice')).toHaveText('Conexão com a CREDERE funcionando.');
  const second = (await storedTokens(worker))!;
  expect(second.accessToken).not.toBe(first.accessToken);
  expect(second.refreshToken).not.toBe(first.refreshToken);
  await expect(page.getByTestId('auth-token')).toHaveText(masked(second.accessToken));
  let tokens = (await sandboxControl('/tokens')) as ControlTokens;
  const byPrefix = (token: string) => tokens.refresh_tokens.find((t) => t.token_prefix === token.slice(0, 8));
  expect(byPrefix(first.refreshToken!)?.rotated_out).toBe(true);
  expect(byPrefix(second.refreshToken!)?.rotated_out).toBe(false);

  // Five parallel calls that all need a refresh spend the rotating refresh token exactly once.
  await page.waitForTimeout(2_500);
  const results = await page.evaluate(() =>
    Promise.all(
      Array.from({ length: 5 }, () =>
        chrome.runtime.sendMessage({ type: 'auth.getStatus', payload: { refreshProfile: true } }),
      ),
    ),
  );
  expect(results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true, true, true, true]);
  tokens = (await sandboxControl('/tokens')) as ControlTokens;
  expect(tokens.refresh_tokens).toHaveLength(3);
  expect(tokens.refresh_tokens.filter((t) => !t.rotated_out && !t.revoked)).toHaveLength(1);
  const third = (await storedTokens(worker))!;
  expect(byPrefix(third.refreshToken!)?.rotated_out).toBe(false);
  const refreshCalls = (await sandboxControl('/requests?method=POST&path=/token')) as {
    requests: unknown[];
  };
  // authorization_code + two refreshes.
  expect(refreshCalls.requests).toHaveLength(3);
});

test('a revoked authorization asks to authorize again, with the toolbar badge, and re-authorizing clears it', async ({
  context,
  extensionId,
  sandbox,
  sandboxControl,
  worker,
}) => {
  const page = await configuredOptions(context, extensionId, sandbox.apiRoot);
  await authorize(context, page);
  await sandboxControl('/tokens/revoke-refresh', {});
  await sandboxControl('/tokens/expire', {});

  await page.getByRole('button', { name: 'Testar conexão' }).click();
  await expect(page.getByTestId('auth-error')).toContainText(
    'A autorização com a CREDERE não vale mais (foi revogada ou expirou).',
  );
  await expect(page.getByTestId('auth-reauthorize')).toHaveText(
    'A autorização com a CREDERE não vale mais. Clique em "Autorizar" de novo.',
  );
  await expect(page.getByTestId('auth-state')).toHaveText('Não conectado.');
  expect(await storedTokens(worker)).toBeNull();
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
  expect(await worker.evaluate(() => chrome.action.getTitle({}))).toBe(
    'Ponte CREDERE: autorize de novo nas opções (Autenticação)',
  );
  await expectNoSeriousA11yViolations(page);

  await authorize(context, page);
  await expect(page.getByTestId('auth-reauthorize')).toHaveCount(0);
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
});

test('denial on the CREDERE page is reported and nothing is stored', async ({
  context,
  extensionId,
  sandbox,
  sandboxControl,
  worker,
}) => {
  // Using sandboxControl resets the sandbox to its seed before the test.
  void sandboxControl;
  const page = await configuredOptions(context, extensionId, sandbox.apiRoot);
  const loginPage = await startAuthorize(context, page);
  await loginPage.locator('#deny').click();
  await expect(page.getByTestId('auth-error')).toHaveText(
    'A autorização foi negada na página da CREDERE. Clique em "Autorizar" de novo e escolha "Autorizar" na CREDERE.',
  );
  await expect(page.getByTestId('auth-state')).toHaveText('Não conectado.');
  expect(await storedTokens(worker)).toBeNull();
});

test('a state mismatch on the redirect is refused and the code is never exchanged', async ({
  context,
  extensionId,
  sandbox,
  sandboxControl,
  worker,
}) => {
  await sandboxControl('/config', { authorizeStateOverride: 'forjado-por-terceiros' }, 'PATCH');
  const page = await configuredOptions(context, extensionId, sandbox.apiRoot);
  await login(await startAuthorize(context, page));
  await expect(page.getByTestId('auth-error')).toHaveText(
    'A resposta da CREDERE não corresponde a este pedido de autorização (state diferente). Tente autorizar de novo.',
  );
  expect(await storedTokens(worker)).toBeNull();
  const tokenCalls = (await sandboxControl('/requests?method=POST&path=/token')) as { requests: unknown[] };
  expect(tokenCalls.requests).toHaveLength(0);
});

test('the token and the client secret are in no storage area a content script can read', async ({
  context,
  extensionId,
  sandbox,
  sandboxControl,
  worker,
}) => {
  void sandboxControl;
  const page = await configuredOptions(context, extensionId, sandbox.apiRoot);
  await authorize(context, page);
  const stored = (await storedTokens(worker))!;
  const areas = await worker.evaluate(async () => {
    const dump = async (area: { get(keys: null): Promise<Record<string, unknown>> }) =>
      JSON.stringify(await area.get(null));
    return [
      await dump(chrome.storage.local),
      await dump(chrome.storage.session),
      await dump(chrome.storage.sync),
    ];
  });
  for (const area of areas) {
    expect(area).not.toContain(stored.accessToken);
    expect(area).not.toContain(stored.refreshToken!);
    expect(area).not.toContain('sandbox-secret');
  }
  // The settings themselves are there (non-secret), so the check looked at the right place.
  expect(areas[0]).toContain('ponte-credere-sandbox');
});
