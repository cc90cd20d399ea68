import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BANKS, PROFESSIONS } from '../seed/world';
import { expectNoSeriousA11yViolations } from './axe';
import { launchWithExtension } from './extension';
import { expect, extensionUrl, test } from './fixtures';
import { authorize, goSection } from './options-admin';

async function importFile(page: Page, section: string, name: string, content: string | Buffer) {
  await page.locator(`#${section}-import-file`).setInputFiles({
    name,
    mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
  await page.getByRole('button', { name: 'Importar', exact: true }).click();
}

const financeirasCsv = `codigo_dms;nome_dms;codigo_febraban;loja_credere;id_banco_credere\n${BANKS.map((b) => `${b.dmsCode};${b.dmsName};;;`).join('\n')}\n`;
const profissoesCsv = `\uFEFFcodigo_dms,nome_dms,identificador_credere\n${PROFESSIONS.map((p) => `${p.dmsCode},${p.dmsName},`).join('\n')}\n`;

async function documentOf(page: Page) {
  const doc = await page.evaluate(async () => {
    const response = await chrome.runtime.sendMessage({ type: 'mappings.document', payload: {} });
    return response.data;
  });
  delete doc.exportedAt;
  return doc;
}

test('an admin maps a store, three banks and the professions with suggestions and imports; reload keeps them; an export rebuilds the same state in a fresh profile', async ({
  context,
  extensionId,
  sandbox,
}) => {
  const page = await authorize(context, extensionId, sandbox.apiRoot);

  // Lojas: manual entry with the CNPJ → suggestion by CNPJ, accepted one by one.
  await goSection(page, 'lojas', 'Lojas');
  await expect(page.getByTestId('lojas-count')).toHaveText('Lojas: 0 de 0 mapeadas');
  await page.getByLabel('Código no LinxDMS').fill('001');
  await page.getByLabel('Nome no LinxDMS').fill('AUTOSUL MATRIZ');
  await page.getByLabel('CNPJ (opcional)').fill('11.222.333/0001-81');
  await page.getByRole('button', { name: 'Incluir linha' }).click();
  await expect(page.getByTestId('lojas-count')).toHaveText('Lojas: 0 de 1 mapeadas');
  const acceptStore = page.getByRole('button', {
    name: 'Aceitar a sugestão "Autosul Veículos - Matriz" para AUTOSUL MATRIZ (001)',
  });
  await expect(page.getByTestId('lojas-table')).toContainText(
    'Autosul Veículos - Matriz — 100% (CNPJ igual)',
  );
  await acceptStore.click();
  await expect(page.getByTestId('lojas-count')).toHaveText('Lojas: 1 de 1 mapeadas');
  await expect(page.getByLabel('Valor CREDERE para AUTOSUL MATRIZ (001)')).toHaveValue('3101');
  await expectNoSeriousA11yViolations(page, '.pc-mappings');

  // Bancos: financeiras from a CSV, then two suggestions accepted and one chosen by keyboard.
  await goSection(page, 'bancos', 'Bancos');
  await expect(page.getByLabel('Loja CREDERE')).toHaveValue('3101');
  await importFile(page, 'bancos', 'financeiras.csv', financeirasCsv);
  await expect(page.getByTestId('bancos-import-status')).toHaveText(
    'Importação concluída: 0 lojas, 11 bancos e 0 profissões gravados.',
  );
  await expect(page.getByTestId('bancos-count')).toHaveText(
    'Bancos (Autosul Veículos - Matriz): 0 de 11 mapeados',
  );
  await page
    .getByRole('button', { name: /^Aceitar a sugestão "Santander \(033\)" para SANTANDER FINANCIAMENTOS/ })
    .click();
  await expect(page.getByTestId('bancos-count')).toHaveText(
    'Bancos (Autosul Veículos - Matriz): 1 de 11 mapeados',
  );
  await page.getByRole('button', { name: /^Aceitar a sugestão "Itaú \(341\)" para ITAU UNIBANCO/ }).click();
  await expect(page.getByTestId('bancos-count')).toHaveText(
    'Bancos (Autosul Veículos - Matriz): 2 de 11 mapeados',
  );
  const pan = page.getByLabel('Valor CREDERE para BANCO PAN (15)');
  // Only the store's integrated banks are offered: FonteCred is not integrated in 3101.
  await expect(pan.locator('option')).toHaveText([
    '— não mapeado —',
    'Santander (033)',
    'Itaú (341)',
    'Creditas (342)',
    'Bradesco (394)',
    'Safra (422)',
    'Pan (623)',
    'Banco Votorantim (655)',
    'C6 (336)',
    'Honda (M22)',
  ]);
  await pan.focus();
  await pan.selectOption('623');
  await expect(page.getByTestId('bancos-count')).toHaveText(
    'Bancos (Autosul Veículos - Matriz): 3 de 11 mapeados',
  );
  await expectNoSeriousA11yViolations(page, '.pc-mappings');

  // Profissões: DMS side from a CSV (comma, BOM), then every suggestion accepted in bulk.
  await goSection(page, 'profissoes', 'Profissões');
  await importFile(page, 'profissoes', 'profissoes.csv', profissoesCsv);
  await expect(page.getByTestId('profissoes-count')).toHaveText(
    `Profissões: 0 de ${PROFESSIONS.length} mapeadas`,
  );
  await page.getByRole('button', { name: `Aceitar todas as sugestões (${PROFESSIONS.length})` }).click();
  await expect(page.getByTestId('profissoes-count')).toHaveText(
    `Profissões: ${PROFESSIONS.length} de ${PROFESSIONS.length} mapeadas`,
  );
  await expect(page.getByLabel('Valor CREDERE para ENG. CIVIL (0114)')).toHaveValue('engenheiro_civil');
  await expect(page.getByLabel('Valor CREDERE para AUX. DE ENFERMAGEM (0106)')).toHaveValue(
    'auxiliar_de_enfermagem',
  );
  // Search and the unmapped filter.
  await page.getByLabel('Buscar por código ou nome').fill('enfermagem');
  await expect(page.getByTestId('profissoes-table').locator('tbody tr')).toHaveCount(1);
  await page.getByLabel('Buscar por código ou nome').fill('');
  await page.getByLabel('Só as não mapeadas').check();
  await expect(page.getByTestId('profissoes-table')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, '.pc-mappings');

  // Reload: everything is still there.
  await page.reload();
  await expect(page.getByTestId('profissoes-count')).toHaveText(
    `Profissões: ${PROFESSIONS.length} de ${PROFESSIONS.length} mapeadas`,
  );
  await goSection(page, 'bancos', 'Bancos');
  await expect(page.getByTestId('bancos-count')).toHaveText(
    'Bancos (Autosul Veículos - Matriz): 3 de 11 mapeados',
  );
  await expect(page.getByLabel('Valor CREDERE para BANCO PAN (15)')).toHaveValue('623');
  await goSection(page, 'lojas', 'Lojas');
  await expect(page.getByTestId('lojas-count')).toHaveText('Lojas: 1 de 1 mapeadas');

  // Readiness panel: ready for 001 with a mapped profession, a precise failure for an unknown one.
  await page.getByLabel('Loja do LinxDMS').selectOption('001');
  await page.getByLabel('Código da profissão do cliente (opcional)').fill('0101');
  await page.getByRole('button', { name: 'Verificar' }).click();
  await expect(page.getByTestId('readiness-result')).toHaveText(
    'Tudo pronto: a loja Autosul Veículos - Matriz pode simular com 3 banco(s).',
  );
  await page.getByLabel('Código da profissão do cliente (opcional)').fill('9999');
  await page.getByRole('button', { name: 'Verificar' }).click();
  await expect(page.getByTestId('readiness-result')).toContainText(
    'A profissão 9999 do cliente não está mapeada para uma profissão CREDERE. Mapeie-a em Opções > Profissões.',
  );
  await expect(page.getByRole('link', { name: 'Corrigir' })).toHaveAttribute(
    'href',
    `chrome-extension://${extensionId}/options.html#profissoes?codigo=9999`,
  );

  // Export JSON and import it into a fresh profile.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar tudo (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^ponte-credere-mapeamentos-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  const before = await documentOf(page);
  expect(before.lojas).toHaveLength(1);
  expect(before.bancos).toHaveLength(11 + 3);
  expect(before.profissoes).toHaveLength(PROFESSIONS.length);

  const fresh = await launchWithExtension();
  try {
    const other = await fresh.context.newPage();
    await other.goto(`${extensionUrl(fresh.extensionId, 'options.html')}#profissoes`);
    await expect(other.getByTestId('profissoes-count')).toHaveText('Profissões: 0 de 0 mapeadas');
    await importFile(other, 'profissoes', 'export.json', exported);
    await expect(other.getByTestId('profissoes-import-status')).toHaveText(
      `Importação concluída: 1 lojas, 14 bancos e ${PROFESSIONS.length} profissões gravados.`,
    );
    await expect(other.getByTestId('profissoes-count')).toHaveText(
      `Profissões: ${PROFESSIONS.length} de ${PROFESSIONS.length} mapeadas`,
    );
    expect(await documentOf(other)).toEqual(before);
  } finally {
    await fresh.close();
  }
});

test('bad import files are rejected with line-numbered pt-BR messages and nothing is written', async ({
  context,
  extensionId,
  sandbox,
}) => {
  const page = await authorize(context, extensionId, sandbox.apiRoot);
  await goSection(page, 'profissoes', 'Profissões');
  const errors = page.getByTestId('profissoes-import-errors');
  const count = page.getByTestId('profissoes-count');

  await importFile(
    page,
    'profissoes',
    'colunas.csv',
    'codigo;descricao;profissao\n0101;ADMINISTRADOR;administrador\n',
  );
  await expect(errors).toContainText(
    'Linha 1: colunas erradas. Colunas desconhecidas: codigo, descricao, profissao.',
  );

  await importFile(
    page,
    'profissoes',
    'ids.csv',
    'codigo_dms;nome_dms;id_profissao_credere;identificador_credere\n0101;ADMINISTRADOR;;administrador\n0102;ADVOGADO;99999;\n0103;ANALISTA;;nao_existe\n',
  );
  await expect(errors).toContainText(
    'Linha 3: id da profissão CREDERE 99999 não existe na lista de profissões da CREDERE.',
  );
  await expect(errors).toContainText('Linha 4: identificador de profissão CREDERE "nao_existe" não existe');

  await importFile(
    page,
    'profissoes',
    'dup.csv',
    'codigo_dms;nome_dms;identificador_credere\n0101;ADMINISTRADOR;administrador\n0102;ADVOGADO;advogado\n0101;OUTRO;\n;SEM CODIGO;\n',
  );
  await expect(errors).toContainText('Linha 4: código DMS 0101 repetido (já aparece na linha 2).');
  await expect(errors).toContainText('Linha 5: código DMS vazio.');

  const dir = mkdtempSync(join(tmpdir(), 'ponte-big-'));
  try {
    const big = join(dir, 'enorme.csv');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x41));
    const started = Date.now();
    await page.locator('#profissoes-import-file').setInputFiles(big);
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await expect(errors).toContainText('Arquivo grande demais (50 MB): o limite de importação é 5 MB.');
    expect(Date.now() - started).toBeLessThan(10_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const latin1 = Buffer.concat([
    Buffer.from(
      'codigo_dms;nome_dms;identificador_credere\n0101;ADMINISTRADOR;administrador\n0118;MEC',
      'latin1',
    ),
    Buffer.from([0xe2]),
    Buffer.from('NICO;mecanico\n', 'latin1'),
  ]);
  await importFile(page, 'profissoes', 'latin1.csv', latin1);
  await expect(errors).toContainText('O arquivo não está em UTF-8 (primeiro caractere inválido na linha 3');
  await expect(errors).toContainText('CSV UTF-8');

  await importFile(
    page,
    'profissoes',
    'doc.json',
    JSON.stringify(
      {
        format: 'ponte-credere-mappings',
        version: 1,
        profissoes: [
          { dmsCode: '0101', dmsName: 'A', credereIdentifier: 'administrador' },
          { dmsCode: '0101', dmsName: 'B' },
        ],
      },
      null,
      2,
    ),
  );
  await expect(errors).toContainText(
    'Linha 10 (profissoes, item 2): código DMS 0101 repetido (já aparece na linha 5 (profissoes, item 1)).',
  );

  // Nothing was half-written by any of them.
  await expect(count).toHaveText('Profissões: 0 de 0 mapeadas');
  await page.reload();
  await expect(count).toHaveText('Profissões: 0 de 0 mapeadas');
  await expectNoSeriousA11yViolations(page, '.pc-mappings');
});
