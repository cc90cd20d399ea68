/**
 * The heart of the product, end to end: golden deal on the demo LinxDMS → "Simulação CREDERE"
 * → simulation across the store's banks in the CREDERE sandbox → choice → customer → proposal
 * → fields written into Calcular fator and accepted by the page's own model.
 * Counts what the salesperson typed in the window.
 */
import type { Frame, Page } from '@playwright/test';
import { goldenDeal } from '../dms/golden-deals';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './fixtures';
import {
  answerAsked,
  type Effort,
  openDealWindow,
  openSimulation,
  pageModel,
  reachCalcularFator,
  setupProduct,
  simulateAndWait,
} from './setup-product';

async function chooseBest(win: Page, bankName: string, effort: Effort): Promise<void> {
  const row = win.locator('tr.best', { has: win.locator('th', { hasText: bankName }) });
  await row.getByRole('button', { name: /^Escolher/ }).click();
  effort.clicks += 1;
  await expect(win.locator('#customer-title')).toBeVisible();
}

/**
 * What a salesperson with a customer waiting sees in a 980 px window: one row per bank, the
 * full list one click away, quick filters, every "Escolher" in sight, no sideways scroll,
 * and a chart with a legend of the banks shown.
 */
async function checkOffersAtGlance(win: Page, banks: number, bestRows: number): Promise<void> {
  await win.setViewportSize({ width: 980, height: 760 });
  const table = win.locator('#sim-offers-table');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(banks);
  const showing = (await win.locator('#sim-showing').textContent()) ?? '';
  const total = Number(/Mostrando \d+ de (\d+) ofertas/.exec(showing)?.[1]);
  expect(showing).toContain(`Mostrando ${banks} de ${total} ofertas`);
  expect(total).toBeGreaterThan(banks);

  const overflow = await win.evaluate(() => {
    const wrap = document.querySelector('.sim-table-wrap')!;
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      table: wrap.scrollWidth - wrap.clientWidth,
    };
  });
  expect(overflow).toEqual({ page: 0, table: 0 });
  const buttons = table.getByRole('button', { name: /^Escolher/ });
  await expect(buttons).toHaveCount(bestRows);
  for (const box of await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right)))
    expect(box).toBeLessThanOrEqual(980);

  await win.getByRole('button', { name: `Ver todas as ofertas (${total})` }).click();
  await expect(rows).toHaveCount(total);
  await expect(win.locator('#sim-showing')).toContainText(`Mostrando ${total} de ${total} ofertas`);
  await win.getByRole('button', { name: 'Ver só a melhor de cada banco' }).click();
  await expect(rows).toHaveCount(banks);

  const chip = win.locator('#sim-filter-terms').getByRole('button', { name: '48x', exact: true });
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  // A bank that failed as a whole has no term ("—"): it stays listed so no bank goes unaccounted for.
  const terms = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent));
  expect(terms).toContain('48x');
  for (const term of terms) expect(['48x', '—']).toContain(term);
  await win.getByRole('button', { name: 'Todos os prazos' }).click();
  await expect(chip).toHaveAttribute('aria-pressed', 'false');

  if (await win.locator('#sim-filter-down').count()) {
    const asked = win.getByRole('button', { name: 'Somente entrada pedida' });
    await asked.click();
    await expect(asked).toHaveAttribute('aria-pressed', 'true');
    await expect(table.locator('.sim-badge.suggested')).toHaveCount(0);
    await expect(table.locator('tr.best')).toHaveCount(bestRows);
    await asked.click();
    await expect(asked).toHaveAttribute('aria-pressed', 'false');
  }

  const chart = win.locator('#sim-chart svg[role="img"]');
  await expect(chart).toHaveAttribute('aria-label', /Menor parcela: .+ em \d+x de R\$/);
  await expect(win.locator('#sim-chart .sim-legend li')).toHaveCount(bestRows);
}

// biome-ignore lint/suspicious/noExplicitAny: the page model is plain JSON owned by the page script.
async function expectWritten(form: Frame, financeira: string): Promise<any> {
  await expect
    .poll(async () => (await pageModel(form)).negociacao.propostaFinanceira, { timeout: 15_000 })
    .not.toBe('');
  const model = await pageModel(form);
  expect(model.negociacao.financeira).toBe(financeira);
  expect(model.negociacao.parcelaCents).toBeGreaterThan(0);
  expect(model.negociacao.situacao).toBe('ANA');
  expect(String(model.propostaCredere)).toMatch(/^CREDERE \d+/);
  return model;
}

for (const scenario of [
  { flow: 'fluxo-avancado' as const, index: 0, bank: 'Itaú', financeira: '11', banks: 9, bestRows: 9 },
  // Mixed outcome customer: Pan refuses and BV has an integration error, so 3 banks have a best offer.
  { flow: 'gestao-showroom' as const, index: 0, bank: 'Santander', financeira: '10', banks: 5, bestRows: 3 },
  { flow: 'linxdms-veiculos' as const, index: 1, bank: 'Bradesco', financeira: '13', banks: 9, bestRows: 9 },
]) {
  test(`${scenario.flow}: golden deal → simulation → proposal written into Calcular fator`, async ({
    context,
    worker,
    extensionId,
    sandbox,
    sandboxControl,
    dms,
  }) => {
    test.setTimeout(120_000);
    await sandboxControl('/config', { processingDelayMs: 150 }, 'PATCH');
    await setupProduct({ context, worker, extensionId, sandbox, sandboxControl });
    const deal = goldenDeal(scenario.flow, scenario.index);
    const { form, win } = await openDealWindow(context, dms.origin, deal);
    const effort: Effort = { typed: [], choices: [], clicks: 1 };

    await expect(win.getByRole('heading', { name: 'Simulação CREDERE' })).toBeVisible();
    await expect(win.locator('.sim-summary')).toContainText(deal.snapshot.vehicle.description);
    await expectNoSeriousA11yViolations(win);

    const leadAsked = await answerAsked(win, 'lead', effort);
    // The DMS had name, birth date, e-mail, phone, income and profession: none of them is asked.
    for (const known of ['name', 'birthdate', 'email', 'phone', 'monthlyIncome', 'profession'])
      expect(leadAsked).not.toContain(known);
    await simulateAndWait(win, effort, scenario.banks);
    await expect(win.locator('tr.best')).toHaveCount(scenario.bestRows);
    await expect(win.locator('th[aria-sort="ascending"]')).toHaveCount(1);
    await checkOffersAtGlance(win, scenario.banks, scenario.bestRows);
    await expectNoSeriousA11yViolations(win);

    await chooseBest(win, scenario.bank, effort);
    await answerAsked(win, 'customer', effort);
    await win.locator('#create-proposal').click();
    effort.clicks += 1;
    await expect(win.locator('#write-back-ok')).toBeVisible({ timeout: 20_000 });
    await expect(win.locator('#proposal-title')).toHaveText(/^Proposta \d+/);
    const model = await expectWritten(form, scenario.financeira);
    expect(model.negociacao.propostaFinanceira).not.toBe('');

    test.info().annotations.push({
      type: 'effort',
      description: JSON.stringify({
        flow: scenario.flow,
        typed: effort.typed,
        choices: effort.choices,
        clicks: effort.clicks,
      }),
    });
    // Typed: only what neither the DMS nor CREDERE had (CEP, address, documents).
    expect(effort.typed).not.toContain('email');
    expect(effort.typed).not.toContain('phone');

    const closed = win.waitForEvent('close');
    await win.locator('#back-to-dms').click();
    await closed;
  });
}

test('golden deal 123457: only what the DMS lacks is asked (e-mail, phone, income, profession)', async ({
  context,
  worker,
  extensionId,
  sandbox,
  sandboxControl,
  dms,
}) => {
  test.setTimeout(120_000);
  await sandboxControl('/config', { processingDelayMs: 150 }, 'PATCH');
  await setupProduct({ context, worker, extensionId, sandbox, sandboxControl });
  const deal = goldenDeal('fluxo-avancado', 1);
  const { form, win } = await openDealWindow(context, dms.origin, deal);
  const effort: Effort = { typed: [], choices: [], clicks: 1 };
  const asked = await answerAsked(win, 'lead', effort);
  for (const missing of ['email', 'phone', 'monthlyIncome', 'profession']) expect(asked).toContain(missing);
  expect(asked).not.toContain('name');
  expect(asked).not.toContain('birthdate');
  await simulateAndWait(win, effort, 9);
  await chooseBest(win, 'Itaú', effort);
  await answerAsked(win, 'customer', effort);
  await win.locator('#create-proposal').click();
  await expect(win.locator('#write-back-ok')).toBeVisible({ timeout: 20_000 });
  await expectWritten(form, '11');
});

test('a CPF refused by every bank: clear message, nothing to choose, nothing written', async ({
  context,
  worker,
  extensionId,
  sandbox,
  sandboxControl,
  dms,
}) => {
  test.setTimeout(90_000);
  await sandboxControl('/config', { processingDelayMs: 100 }, 'PATCH');
  await setupProduct({ context, worker, extensionId, sandbox, sandboxControl });
  const deal = goldenDeal('gestao-showroom', 1);
  const page = await context.newPage();
  const form = await reachCalcularFator(page, dms.origin, deal);
  const before = await pageModel(form);
  const win = await openSimulation(context, form);
  await answerAsked(win, 'lead', { typed: [], choices: [], clicks: 0 });
  await simulateAndWait(win, { typed: [], choices: [], clicks: 0 }, 5);
  await expect(win.locator('#all-refused')).toHaveText(/Nenhum banco aprovou este cliente/);
  await expect(win.getByRole('button', { name: /^Escolher/ })).toHaveCount(0);
  const after = await pageModel(form);
  expect(after.negociacao).toEqual(before.negociacao);
  expect(after.propostaCredere).toBe(before.propostaCredere);
});
