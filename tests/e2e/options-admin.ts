/**
 * Admin steps in the options page shared by the DE>PARA specs.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { ADMIN_LOGIN } from '../seed/world';
import { expect, extensionUrl } from './fixtures';

/** Configures the sandbox and authorises through the real "Autorizar" flow of the options page. */
export async function authorize(
  context: BrowserContext,
  extensionId: string,
  apiRoot: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${extensionUrl(extensionId, 'options.html')}#autenticacao`);
  await page.getByLabel('Personalizado').check();
  await page.getByLabel('Endereço da API (raiz)').fill(apiRoot);
  await page.getByLabel('Client id (ID da aplicação)').fill('ponte-credere-sandbox');
  await page.getByLabel('Segredo do cliente (client secret)').fill('sandbox-secret');
  await page.getByRole('button', { name: 'Salvar' }).click();
  await expect(page.getByTestId('auth-form-notice')).toHaveText('Configuração salva.');
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Autorizar' }).click();
  const login = await opened;
  await login.waitForLoadState();
  await login.locator('#username').fill(ADMIN_LOGIN.username);
  await login.locator('#password').fill(ADMIN_LOGIN.password);
  await login.locator('#approve').click();
  await expect(page.getByTestId('auth-notice')).toHaveText('Autorização concluída com sucesso.');
  return page;
}

export async function goSection(page: Page, hash: string, heading: string) {
  await page.getByRole('link', { name: heading, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#${hash}$`));
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
}
