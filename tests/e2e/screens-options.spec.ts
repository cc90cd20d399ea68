/**
 * Admin side of the screen bridge: a screen variant the shipped profiles do not know is
 * supported by adding a profile in the options page (no rebuild); the profile editor shows
 * zod errors naming the path; the diagnostic reads the DMS tab; DMS origins re-sync the
 * content-script registration.
 */
import type { Page, Worker } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, extensionUrl, test } from './fixtures';
import { serveHtml } from './static-server';

const VARIANT_PAGE = `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>LinxDMS legado - Financiamento</title></head>
<body><form id="aspnetForm"><div id="ctl02_pnlFatorLegado">
<table>
<tr><td>Atendimento:</td><td><input id="ctl02_txtAtend" value="777001" readonly></td></tr>
<tr><td>CPF do cliente:</td><td><input id="ctl02_txtDoc" value="529.982.247-25" readonly></td></tr>
<tr><td>Entrada:</td><td><input id="ctl02_txtEntradaLegado" value="12.345,67"></td></tr>
<tr><td>Prazo:</td><td><select id="ctl02_ddlMeses"><option value="24">24</option><option value="36" selected>36</option></select></td></tr>
</table>
<div id="ctl02_barra"><button type="button">Calcular</button></div>
</div></form></body></html>`;

const VARIANT_PROFILE = {
  id: 'legado-financiamento',
  label: 'LinxDMS legado — Financiamento',
  match: { urls: ['*/Legado/Financiamento.aspx*'], marker: ['div[id$="_pnlFatorLegado"]'] },
  anchor: { locators: ['div[id$="_barra"]'], position: 'append' },
  fields: {
    atendimentoId: { locators: [{ label: 'Atendimento' }], kind: 'text' },
    customerCpf: { locators: [{ label: 'CPF do cliente' }], kind: 'cpfCnpj' },
    entrada: { locators: [{ css: '[id$="_txtEntradaLegado"]' }], kind: 'money', writable: true },
    prazo: { locators: [{ label: 'Prazo' }], kind: 'integer', writable: true },
  },
};

async function waitForRegistration(worker: Worker): Promise<void> {
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length))
    .toBeGreaterThan(0);
}

async function typeProfile(options: Page, profile: unknown): Promise<void> {
  await options.getByLabel('Perfil (JSON)').fill(JSON.stringify(profile, null, 2));
  await options.getByRole('button', { name: 'Salvar perfil' }).click();
}

test('nova variante de tela suportada só com um perfil nas opções (sem rebuild)', async ({
  context,
  worker,
  extensionId,
}) => {
  await waitForRegistration(worker);
  const server = await serveHtml({ '/Legado/Financiamento.aspx': VARIANT_PAGE });
  try {
    const dmsPage = await context.newPage();
    const url = `${server.origin}/Legado/Financiamento.aspx?atendimento=777001`;
    await dmsPage.goto(url);
    await dmsPage.waitForTimeout(300);
    await expect(dmsPage.getByRole('button', { name: 'Simulação CREDERE' })).toHaveCount(0);

    const options = await context.newPage();
    await options.goto(`${extensionUrl(extensionId, 'options.html')}#telas`);
    await expect(options.getByRole('heading', { name: 'Telas do LinxDMS' })).toBeVisible();
    await expect(options.getByTestId('profiles-list')).toContainText('fluxo-avancado');

    // A wrong kind is refused, naming the path in pt-BR.
    const broken = structuredClone(VARIANT_PROFILE) as Record<string, unknown>;
    (broken.fields as Record<string, { kind: string }>).entrada!.kind = 'dinheiro';
    await typeProfile(options, broken);
    await expect(options.getByRole('alert')).toContainText('fields.entrada.kind');
    await expect(options.getByRole('alert')).toContainText('Perfil de tela inválido');

    await typeProfile(options, VARIANT_PROFILE);
    await expect(options.getByRole('status').last()).toContainText('Perfil legado-financiamento salvo');
    await expect(options.getByTestId('profiles-list')).toContainText('legado-financiamento');

    await dmsPage.reload();
    const button = dmsPage.getByRole('button', { name: 'Simulação CREDERE' });
    await expect(button).toBeVisible();
    await button.click();
    await expect
      .poll(async () => {
        const all = await worker.evaluate(() => chrome.storage.session.get(null));
        return Object.entries(all).find(([key]) => key.startsWith('screens.snapshot:'))?.[1] ?? null;
      })
      .toMatchObject({
        snapshot: {
          profileId: 'legado-financiamento',
          deal: {
            atendimento: '777001',
            customer: { cpf: '52998224725' },
            negotiation: { downPaymentCents: 1234567, termMonths: 36 },
          },
        },
      });

    // Diagnostic on the DMS tab: what the profile finds and reads there.
    await options.getByRole('button', { name: 'Atualizar abas' }).click();
    await options.getByLabel('Aba do LinxDMS').selectOption({ label: 'LinxDMS legado - Financiamento' });
    await options.getByRole('button', { name: 'Testar na aba' }).click();
    const frame = options.getByTestId('diagnosis-frame').first();
    await expect(frame).toContainText('perfil legado-financiamento');
    await expect(frame).toContainText('tela visível: sim');
    await expect(frame.getByRole('row', { name: /entrada/ })).toContainText('1234567');
  } finally {
    await server.close();
  }
});

test('endereços do LinxDMS: remover e adicionar atualiza o registro do script', async ({
  context,
  worker,
  extensionId,
}) => {
  await waitForRegistration(worker);
  const matches = () =>
    worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts())[0]?.matches ?? []);
  const options = await context.newPage();
  await options.goto(`${extensionUrl(extensionId, 'options.html')}#telas`);
  await expect(options.getByRole('heading', { name: 'Endereços do LinxDMS' })).toBeVisible();
  await expectNoSeriousA11yViolations(options);
  await options.getByRole('button', { name: 'Remover http://localhost/*' }).click();
  await expect.poll(matches).toEqual(['http://127.0.0.1/*']);
  await options.getByLabel('Novo endereço do LinxDMS').fill('uma coisa qualquer');
  await options.getByRole('button', { name: 'Adicionar endereço' }).click();
  await expect(options.getByText('Endereço do LinxDMS inválido')).toBeVisible();
  // Loopback is granted in test builds, so the permission request resolves without a prompt.
  await options.getByLabel('Novo endereço do LinxDMS').fill('http://localhost:8080/LinxDMS/');
  await options.getByRole('button', { name: 'Adicionar endereço' }).click();
  await expect
    .poll(async () => (await matches()).sort())
    .toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
});
