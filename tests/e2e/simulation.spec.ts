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
import { openSimulation, pageModel, reachCalcularFator, setupProduct } from './setup-product';

/** What a salesperson answers when the window asks (never data the DMS already had). */
const ANSWERS: Record<string, { kind: 'type' | 'select' | 'radio'; value: string }> = {
  hasCnh: { kind: 'radio', value: 'sim' },
  gender: { kind: 'select', value: 'F' },
  occupation: { kind: 'select', value: '11' },
  zipCode: { kind: 'type', value: '01310-100' },
  email: { kind: 'type', value: 'elisa.prado@example.com' },
  phone: { kind: 'type', value: '(11) 91234-5678' },
  monthlyIncome: { kind: 'type', value: '6.500,00' },
  profession: { kind: 'select', value: 'administrador' },
  street: { kind: 'type', value: 'Avenida Paulista' },
  number: { kind: 'type', value: '1000' },
  city: { kind: 'type', value: 'São Paulo' },
  state: { kind: 'select', value: 'SP' },
  mother: { kind: 'type', value: 'Maria Souza' },
  rg: { kind: 'type', value: '12.345.678-9' },
  rgIssuing: { kind: 'type', value: 'SSP' },
  maritalStatus: { kind: 'select', value: '1' },
  education: { kind: 'select', value: '5' },
  professionalOccupation: { kind: 'select', value: '6' },
};

interface Effort {
  typed: string[];
  choices: string[];
  clicks: number;
}

/** Answers every field the window asks in a form section; returns what was asked. */
async function answerAsked(win: Page, prefix: 'lead' | 'customer', effort: Effort): Promise<string[]> {
  const asked = await win
    .locator(`[id^="${prefix}-"][data-key]`)
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.key ?? ''));
  for (const key of asked) {
    const answer = ANSWERS[key];
    if (!answer) throw new Error(`campo inesperado: ${key}`);
    if (answer.kind === 'type') {
      await win.locator(`#${prefix}-${key}`).fill(answer.value);
      effort.typed.push(key);
    } else if (answer.kind === 'select') {
      await win.locator(`#${prefix}-${key}`).selectOption(answer.value);
      effort.choices.push(key);
      effort.clicks += 1;
    } else {
      await win.locator(`input[name="${prefix}-${key}"][value="${answer.value}"]`).check();
      effort.choices.push(key);
      effort.clicks += 1;
    }
  }
  return asked;
}

async function simulateAndWait(win: Page, effort: Effort, banks: number): Promise<void> {
  await win.locator('#simulate').click();
  effort.clicks += 1;
  await expect(win.locator('#sim-progress')).toHaveText(`${banks} de ${banks} bancos responderam`, {
    timeout: 30_000,
  });
}

async function chooseBest(win: Page, bankName: string, effort: Effort): Promise<void> {
  const row = win.locator('tr.best', { has: win.locator('th', { hasText: bankName }) });
  await row.getByRole('button', { name: /^Escolher/ }).click();
  effort.clicks += 1;
  await expect(win.locator('#customer-title')).toBeVisible();
}

async function expectWritten(form: Frame, financeira: string): Promise<Record<string, unknown>> {
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
  { flow: 'fluxo-avancado' as const, index: 0, bank: 'Itaú', financeira: '11', banks: 9 },
  { flow: 'gestao-showroom' as const, index: 0, bank: 'Santander', financeira: '10', banks: 5 },
  { flow: 'linxdms-veiculos' as const, index: 1, bank: 'Bradesco', financeira: '13', banks: 9 },
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
    const page = await context.newPage();
    const form = await reachCalcularFator(page, dms.origin, deal);
    const effort: Effort = { typed: [], choices: [], clicks: 1 };
    const win = await openSimulation(context, form);

    await expect(win.getByRole('heading', { name: 'Simulação CREDERE' })).toBeVisible();
    await expect(win.locator('.sim-summary')).toContainText(deal.snapshot.vehicle.description);
    await expectNoSeriousA11yViolations(win);

    const leadAsked = await answerAsked(win, 'lead', effort);
    // The DMS had name, birth date, e-mail, phone, income and profession: none of them is asked.
    for (const known of ['name', 'birthdate', 'email', 'phone', 'monthlyIncome', 'profession'])
      expect(leadAsked).not.toContain(known);
    await simulateAndWait(win, effort, scenario.banks);
    await expect(win.locator('tr.best')).toHaveCount(scenario.banks);
    await expect(win.locator('th[aria-sort="ascending"]')).toHaveCount(1);
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
  const page = await context.newPage();
  const form = await reachCalcularFator(page, dms.origin, deal);
  const effort: Effort = { typed: [], choices: [], clicks: 1 };
  const win = await openSimulation(context, form);
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
