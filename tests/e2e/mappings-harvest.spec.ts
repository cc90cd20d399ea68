/**
 * "Ler da tela do LinxDMS" end to end: an authorised admin with no DE>PARA rows yet reads the
 * Loja, Financeira and Profissão selects of a golden deal's Calcular fator tab; every DMS value
 * becomes an unmapped row in its section, and reading again adds nothing.
 */
import type { Page } from '@playwright/test';
import { goldenDeal } from '../dms/golden-deals';
import { BANKS, PROFESSIONS, STORES } from '../seed/world';
import { expect, test } from './fixtures';
import { authorize, goSection } from './options-admin';
import { reachCalcularFator } from './setup-product';

/** Every row of a section's table, as code → name, and whether each one is unmapped. */
async function tableRows(page: Page, id: string) {
  return page
    .getByTestId(`${id}-table`)
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        code: tr.getAttribute('data-code'),
        name: tr.querySelector('td')?.textContent ?? '',
        unmapped: tr.classList.contains('pc-mappings__unmapped'),
        chosen: (tr.querySelector('select') as HTMLSelectElement | null)?.value ?? null,
      })),
    );
}

function expected(list: { dmsCode: string; dmsName: string }[]) {
  return list
    .map((x) => ({ code: x.dmsCode, name: x.dmsName, unmapped: true, chosen: '' }))
    .sort((a, b) => a.code.localeCompare(b.code, 'pt-BR', { numeric: true }));
}

test('an admin with no mappings reads the lojas, financeiras and profissões from the Calcular fator tab; they appear unmapped and a second read adds nothing', async ({
  context,
  extensionId,
  sandbox,
  dms,
}) => {
  test.setTimeout(90_000);
  const options = await authorize(context, extensionId, sandbox.apiRoot);
  for (const other of context.pages()) if (other !== options && !other.isClosed()) await other.close();

  const dmsPage = await context.newPage();
  await reachCalcularFator(dmsPage, dms.origin, goldenDeal('fluxo-avancado', 0));

  await options.bringToFront();
  await goSection(options, 'profissoes', 'Profissões');
  await expect(options.getByTestId('profissoes-count')).toHaveText('Profissões: 0 de 0 mapeadas');
  await expect(options.getByText('Nenhuma linha. Leia da tela do LinxDMS', { exact: false })).toBeVisible();

  await options.getByRole('button', { name: 'Ler da tela do LinxDMS' }).click();
  // A single LinxDMS tab is open: it is read without asking which one.
  await expect(options.getByTestId('profissoes-status')).toHaveText(
    `Tela lida: ${STORES.length} lojas, ${BANKS.length} financeiras e ${PROFESSIONS.length} profissões encontradas; ${STORES.length + BANKS.length + PROFESSIONS.length} novas linhas, 0 nomes atualizados.`,
  );
  await expect(options.locator('#harvest-tab')).toHaveCount(0);
  await expect(options.getByTestId('profissoes-count')).toHaveText(
    `Profissões: 0 de ${PROFESSIONS.length} mapeadas`,
  );
  expect(await tableRows(options, 'profissoes')).toEqual(expected(PROFESSIONS));
  // The "-- Selecione --" placeholder of the DMS select is not a profession.
  await expect(options.locator('[data-testid="profissoes-table"] tr[data-code=""]')).toHaveCount(0);
  await expect(
    options.getByRole('combobox', {
      name: new RegExp(`${PROFESSIONS[0]!.dmsName}.*${PROFESSIONS[0]!.dmsCode}`),
    }),
  ).toHaveValue('');

  await goSection(options, 'bancos', 'Bancos');
  await expect(options.getByTestId('bancos-count')).toHaveText(
    new RegExp(`^Bancos \\(.+\\): 0 de ${BANKS.length} mapeados$`),
  );
  expect(await tableRows(options, 'bancos')).toEqual(expected(BANKS));
  const santander = options.getByTestId('bancos-table').locator('tr[data-code="10"]');
  await expect(santander).toContainText('SANTANDER FINANCIAMENTOS');

  await goSection(options, 'lojas', 'Lojas');
  await expect(options.getByTestId('lojas-count')).toHaveText(`Lojas: 0 de ${STORES.length} mapeadas`);
  expect(await tableRows(options, 'lojas')).toEqual(expected(STORES));

  // Reading the same screen again keeps the rows as they are.
  await options.getByRole('button', { name: 'Ler da tela do LinxDMS' }).click();
  await expect(options.getByTestId('lojas-status')).toHaveText(
    `Tela lida: ${STORES.length} lojas, ${BANKS.length} financeiras e ${PROFESSIONS.length} profissões encontradas; 0 novas linhas, 0 nomes atualizados.`,
  );
  await expect(options.getByTestId('lojas-count')).toHaveText(`Lojas: 0 de ${STORES.length} mapeadas`);
});
