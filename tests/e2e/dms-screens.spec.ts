/**
 * Smoke test of the demo LinxDMS screens in plain Chromium (no extension): each flow reaches
 * Calcular fator by clicks, masked fields take real keystrokes, the page model recalculates,
 * partial postbacks replace the panel, and `.value` without events leaves the model stale.
 */
import { type Browser, chromium, expect, type Frame, type Page, test } from '@playwright/test';
import { formatMoney } from '../dms/calc';
import { FLOWS, fieldId, fieldSpec, pageIds } from '../dms/flows';
import { GOLDEN_DEALS, type GoldenDeal, goldenDeal } from '../dms/golden-deals';
import { type DmsServer, startDms } from '../dms/server';
import { frameAt, pageModel } from './dms-frames';

let dms: DmsServer;
let browser: Browser;

test.beforeAll(async () => {
  dms = await startDms();
  browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox'] });
});
test.afterAll(async () => {
  await browser?.close();
  await dms?.close();
});

const postbacks = (f: Frame): Promise<number> =>
  f.evaluate(() => (window as unknown as { __linxdms: { postbacks: number } }).__linxdms.postbacks);

async function reachCalcularFator(page: Page, deal: GoldenDeal): Promise<Frame> {
  await page.goto(dms.origin + deal.entryPath);
  for (const step of deal.steps) {
    const frame = await frameAt(page, step.frames);
    await frame.locator(step.click).click();
  }
  const form = await frameAt(page, deal.formFrames);
  await expect.poll(async () => (await pageModel(form)).abaAtiva).toBe('fator');
  return form;
}

for (const flowId of Object.keys(FLOWS) as (keyof typeof FLOWS)[]) {
  test(`${flowId}: chega ao Calcular fator, recalcula com teclas reais, postback substitui o painel`, async () => {
    const flow = FLOWS[flowId];
    const deal = goldenDeal(flowId);
    const ids = pageIds(flow);
    const page = await browser.newPage();
    try {
      const form = await reachCalcularFator(page, deal);
      const id = (key: Parameters<typeof fieldSpec>[1]) => `#${fieldId(flow, fieldSpec(flow, key)!)}`;

      // Only the Calcular fator tab is visible; the other tab's duplicates are hidden.
      await expect(form.locator(`#${ids.panelFator}`)).toBeVisible();
      await expect(form.locator(`#${ids.panelDados}`)).toBeHidden();
      const suffix = fieldSpec(flow, 'valorEntrada')!.suffix;
      expect(await form.locator(`[id$="${suffix}"]`).count()).toBe(2);
      expect(await form.locator(`[id$="${suffix}"]:visible`).count()).toBe(1);

      const start = await pageModel(form);
      expect(start.atendimento).toBe(deal.snapshot.atendimento);
      expect(start.cliente.cpf).toBe(deal.snapshot.customer.cpf);
      expect(start.negociacao.valorEntradaCents).toBe(deal.snapshot.negotiation.downPaymentCents);
      expect(start.negociacao.parcelaCents).toBe(deal.computed.installmentCents);

      // Real keystrokes into the masked entrada, then Tab (blur + change) → the page recalculates.
      const entrada = form.locator(id('valorEntrada'));
      await entrada.click();
      await entrada.press('Control+A');
      await entrada.pressSequentially('50000');
      await expect(entrada).toHaveValue(flow.moneyPrefix ? 'R$ 50.000' : '50.000');
      await entrada.press('Tab');
      await expect(entrada).toHaveValue(flow.moneyPrefix ? 'R$ 50.000,00' : '50.000,00');
      const typed = await pageModel(form);
      const financed = deal.snapshot.vehicle.valueCents - 5_000_000;
      expect(typed.negociacao.valorEntradaCents).toBe(5_000_000);
      expect(typed.negociacao.valorFinanciadoCents).toBe(financed);
      expect(typed.negociacao.parcelaCents).toBe(Math.round(financed * deal.computed.coefficient));
      const parcelaText = formatMoney(typed.negociacao.parcelaCents);
      await expect(form.locator(id('parcela'))).toHaveValue(
        flow.moneyPrefix ? `R$ ${parcelaText}` : parcelaText,
      );
      const counts = await form.evaluate(
        (elId) =>
          (window as unknown as { __linxdms: { events: Record<string, Record<string, number>> } }).__linxdms
            .events[elId],
        id('valorEntrada').slice(1),
      );
      expect(counts?.keydown).toBeGreaterThanOrEqual(5);
      expect(counts?.input).toBeGreaterThanOrEqual(5);
      expect(counts?.blur).toBeGreaterThanOrEqual(1);
      expect(counts?.change).toBeGreaterThanOrEqual(1);

      // Partial postback on Financeira: the panel's elements are new instances, values preserved.
      const before = await postbacks(form);
      const oldParcela = await form.locator(id('parcela')).elementHandle();
      await form.locator(id('financeira')).selectOption('17');
      await expect.poll(() => postbacks(form)).toBe(before + 1);
      expect(await oldParcela!.evaluate((n) => n.isConnected)).toBe(false);
      await expect(form.locator(id('financeira'))).toHaveValue('17');
      await expect(form.locator(id('valorEntrada'))).toHaveValue(
        flow.moneyPrefix ? 'R$ 50.000,00' : '50.000,00',
      );
      const afterPostback = await pageModel(form);
      expect(afterPostback.negociacao.financeira).toBe('17');
      expect(afterPostback.negociacao.plano).toBe('1701');
      expect(afterPostback.negociacao.valorEntradaCents).toBe(5_000_000);
      expect(afterPostback.negociacao.parcelaCents).not.toBe(typed.negociacao.parcelaCents);

      // Calcular: another postback, the button bar too when it sits inside the panel.
      const oldButton = await form.locator(`#${ids.btnCalcular}`).elementHandle();
      await form.locator(`#${ids.btnCalcular}`).click();
      await expect.poll(() => postbacks(form)).toBe(before + 2);
      expect(await oldButton!.evaluate((n) => n.isConnected)).toBe(!flow.buttonsInsidePanel);

      // Setting .value without events: the DOM changes, the page's model does not.
      const stale = await pageModel(form);
      await form.locator(id('valorEntrada')).evaluate((n) => {
        (n as HTMLInputElement).value = '1.000,00';
      });
      const after = await pageModel(form);
      expect(after.negociacao.valorEntradaCents).toBe(stale.negociacao.valorEntradaCents);
      expect(after.negociacao.parcelaCents).toBe(stale.negociacao.parcelaCents);
      expect(after.revision).toBe(stale.revision);
    } finally {
      await page.close();
    }
  });
}

test('fluxo-avancado: Proposta CREDERE entra nos anexos e Confirmar grava no atendimento', async () => {
  const deal = goldenDeal('fluxo-avancado');
  const ids = pageIds(FLOWS['fluxo-avancado']);
  const page = await browser.newPage();
  try {
    await page.goto(dms.origin + deal.financingPath);
    const field = page.locator(`#${ids.propostaCredere}`);
    await field.fill('CRD-2026-0001');
    await field.press('Tab');
    await expect(page.locator(`#${ids.anexosList} tbody tr`)).toHaveCount(2);
    const m = await pageModel(page.mainFrame());
    expect(m.propostaCredere).toBe('CRD-2026-0001');
    expect(m.anexos.map((a: { referencia: string }) => a.referencia)).toContain('CRD-2026-0001');
    await page.locator(`#${ids.btnConfirmar}`).click();
    await expect(page.locator('.mensagem')).toHaveText('Negociação gravada com sucesso.');
    const saved = dms.getAtendimento(deal.atendimento);
    expect(saved?.anexos.some((a) => a.tipo === 'CREDERE' && a.referencia === 'CRD-2026-0001')).toBe(true);
  } finally {
    await page.close();
  }
});

test('sessão expirada mostra o login; páginas sem financiamento não têm o formulário', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${dms.origin}${GOLDEN_DEALS[0]!.financingPath}&sessao=expirada`);
    await expect(page.locator('#lblSessaoExpirada')).toBeVisible();
    await expect(page).toHaveTitle('LinxDMS - Login');
    await page.goto(`${dms.origin}/LinxDMS/Atendimento/FluxoAvancado.aspx?atendimento=123456&aba=negociacao`);
    await expect(page.locator('#ctl00_ContentPlaceHolder1_btnEditarNegociacao')).toBeVisible();
    expect(
      await page.evaluate(
        () => 'getModel' in ((window as unknown as { __linxdms?: object }).__linxdms ?? {}),
      ),
    ).toBe(false);
  } finally {
    await page.close();
  }
});

test('página pesada: milhares de nós, mutações periódicas e auto-medição', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${dms.origin}/LinxDMS/heavy.aspx?atendimento=123456`);
    type Perf = { stats: { ticks: number; domNodes: number; mutations: number } };
    const stats = () =>
      page.evaluate(() => (window as unknown as { __linxdms: { perf: Perf } }).__linxdms.perf.stats);
    await expect.poll(async () => (await stats()).ticks, { timeout: 5000 }).toBeGreaterThan(5);
    const s = await stats();
    expect(s.domNodes).toBeGreaterThan(10_000);
    expect(s.mutations).toBeGreaterThan(100);
  } finally {
    await page.close();
  }
});
