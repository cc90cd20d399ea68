/**
 * Variants of the simulation flow: a bank-suggested down payment chosen, the DMS tab closed
 * before the proposal (applied later from the journal), the service worker stopped mid-poll.
 */
import { goldenDeal } from '../dms/golden-deals';
import { expect, extensionUrl, test } from './fixtures';
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

const effort = (): Effort => ({ typed: [], choices: [], clicks: 0 });
const cents = (text: string) => Number(text.replace(/[^\d]/g, ''));

test('a bank-suggested down payment is chosen and written as the entrada', async ({
  context,
  worker,
  extensionId,
  sandbox,
  sandboxControl,
  dms,
}) => {
  test.setTimeout(120_000);
  await sandboxControl('/config', { processingDelayMs: 100 }, 'PATCH');
  await setupProduct({ context, worker, extensionId, sandbox, sandboxControl });
  const { form, win } = await openDealWindow(context, dms.origin, goldenDeal('fluxo-avancado', 0));
  await answerAsked(win, 'lead', effort());
  await simulateAndWait(win, effort(), 9);
  await win.getByRole('button', { name: 'Somente entrada sugerida pelo banco' }).click();
  const row = win
    .locator('tr', { has: win.locator('.sim-badge.suggested') })
    .filter({ hasText: 'Itaú' })
    .first();
  const entradaText = (await row.locator('td.num').nth(2).textContent()) ?? '';
  const suggested = cents(entradaText.split('\n')[0]!);
  expect(suggested).toBeGreaterThan(4_000_000);
  await row.getByRole('button', { name: /^Escolher/ }).click();
  await answerAsked(win, 'customer', effort());
  await win.locator('#create-proposal').click();
  await expect(win.locator('#write-back-ok')).toBeVisible({ timeout: 20_000 });
  const model = await pageModel(form);
  expect(model.negociacao.valorEntradaCents).toBe(suggested);
  expect(model.negociacao.valorFinanciadoCents).toBe(15_999_000 - suggested);
});

test('the DMS tab closed before the proposal: pending in the popup, applied when the atendimento is reopened', async ({
  context,
  worker,
  extensionId,
  sandbox,
  sandboxControl,
  dms,
}) => {
  test.setTimeout(120_000);
  await sandboxControl('/config', { processingDelayMs: 100 }, 'PATCH');
  await setupProduct({ context, worker, extensionId, sandbox, sandboxControl });
  const deal = goldenDeal('linxdms-veiculos', 1);
  const { page, win } = await openDealWindow(context, dms.origin, deal);
  await answerAsked(win, 'lead', effort());
  await simulateAndWait(win, effort(), 9);
  await win
    .locator('tr.best')
    .filter({ hasText: 'Santander' })
    .getByRole('button', { name: /^Escolher/ })
    .click();
  await answerAsked(win, 'customer', effort());
  await page.close();
  await win.locator('#create-proposal').click();
  await expect(win.locator('#write-back-pending')).toContainText('pendente de aplicação');
  const proposalTitle = (await win.locator('#proposal-title').textContent()) ?? '';

  const popup = await context.newPage();
  await popup.goto(extensionUrl(extensionId, 'popup.html'));
  await expect(popup.locator('#pending-list li')).toHaveCount(1);
  await expect(popup.locator('#pending-list')).toContainText(`Atendimento ${deal.atendimento}`);

  // The salesperson opens the same atendimento again and clicks the button: the window brings the proposal back.
  const again = await context.newPage();
  const form2 = await reachCalcularFator(again, dms.origin, deal);
  // The screen itself tells the salesperson that a proposal is waiting for this atendimento.
  await expect(form2.getByText(/proposta CREDERE \(nº \d+\) pendente de aplicação/)).toBeVisible();
  const win2 = await openSimulation(context, form2);
  await expect(win2.locator('#proposal-title')).toHaveText(proposalTitle);
  await win2.locator('#apply-now').click();
  await expect(win2.locator('#write-back-ok')).toBeVisible({ timeout: 20_000 });
  const model = await pageModel(form2);
  expect(model.negociacao.financeira).toBe('10');
  expect(String(model.propostaCredere)).toBe(`CREDERE ${proposalTitle.replace(/\D/g, '')}`);
  await popup.reload();
  await expect(popup.getByText('Nenhuma proposta pendente.')).toBeVisible();
});

test('the service worker stopped mid-poll: the window resumes and every bank answers', async ({
  context,
  worker,
  extensionId,
  sandbox,
  sandboxControl,
  dms,
}) => {
  test.setTimeout(120_000);
  await sandboxControl(
    '/config',
    { processingDelayMs: 200, bankDelaysMs: { '623': 5000, M22: 5000 } },
    'PATCH',
  );
  await setupProduct({ context, worker, extensionId, sandbox, sandboxControl });
  const { page, win } = await openDealWindow(context, dms.origin, goldenDeal('fluxo-avancado', 0));
  await answerAsked(win, 'lead', effort());
  await win.locator('#simulate').click();
  await expect(win.locator('#sim-progress')).toHaveText(/^[1-7] de 9 bancos responderam$/, {
    timeout: 15_000,
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect(win.locator('#sim-progress')).toHaveText('9 de 9 bancos responderam', { timeout: 30_000 });
  // One simulation only: the restarted worker polled the same one, it did not create another.
  const sims = (await sandboxControl('/simulations')) as unknown[] | { simulations: unknown[] };
  const list = Array.isArray(sims) ? sims : sims.simulations;
  expect(list).toHaveLength(1);
  await win
    .locator('tr.best')
    .filter({ hasText: 'Itaú' })
    .getByRole('button', { name: /^Escolher/ })
    .click();
  await answerAsked(win, 'customer', effort());
  await win.locator('#create-proposal').click();
  await expect(win.locator('#write-back-ok')).toBeVisible({ timeout: 20_000 });
});

test('two deals in two tabs at once: two windows, each proposal written into its own tab', async ({
  context,
  worker,
  extensionId,
  sandbox,
  sandboxControl,
  dms,
}) => {
  test.setTimeout(180_000);
  await sandboxControl('/config', { processingDelayMs: 300 }, 'PATCH');
  await setupProduct({ context, worker, extensionId, sandbox, sandboxControl });
  const dealA = goldenDeal('fluxo-avancado', 0);
  const dealB = goldenDeal('linxdms-veiculos', 1);
  expect(dealA.atendimento).not.toBe(dealB.atendimento);
  const pageA = await context.newPage();
  const formA = await reachCalcularFator(pageA, dms.origin, dealA);
  const pageB = await context.newPage();
  const formB = await reachCalcularFator(pageB, dms.origin, dealB);
  const winA = await openSimulation(context, formA);
  const winB = await openSimulation(context, formB);
  expect(winA).not.toBe(winB);
  await expect(winA.locator('.sim-head')).toContainText(dealA.atendimento);
  await expect(winB.locator('.sim-head')).toContainText(dealB.atendimento);

  // Both simulations run at the same time.
  await answerAsked(winA, 'lead', effort());
  await answerAsked(winB, 'lead', effort());
  await winA.locator('#simulate').click();
  await winB.locator('#simulate').click();
  for (const win of [winA, winB])
    await expect(win.locator('#sim-progress')).toHaveText('9 de 9 bancos responderam', { timeout: 30_000 });

  const choose = async (win: typeof winA, bank: string) => {
    await win
      .locator('tr.best')
      .filter({ hasText: bank })
      .getByRole('button', { name: /^Escolher/ })
      .click();
    await answerAsked(win, 'customer', effort());
  };
  await choose(winA, 'Itaú');
  await choose(winB, 'Santander');
  await Promise.all([winA.locator('#create-proposal').click(), winB.locator('#create-proposal').click()]);
  await expect(winA.locator('#write-back-ok')).toBeVisible({ timeout: 20_000 });
  await expect(winB.locator('#write-back-ok')).toBeVisible({ timeout: 20_000 });

  const numberA = ((await winA.locator('#proposal-title').textContent()) ?? '').replace(/\D/g, '');
  const numberB = ((await winB.locator('#proposal-title').textContent()) ?? '').replace(/\D/g, '');
  expect(numberA).not.toBe(numberB);
  const modelA = await pageModel(formA);
  const modelB = await pageModel(formB);
  expect(String(modelA.propostaCredere)).toBe(`CREDERE ${numberA}`);
  expect(String(modelB.propostaCredere)).toBe(`CREDERE ${numberB}`);
  expect(modelB.negociacao.financeira).toBe('10');
  expect(modelA.negociacao.financeira).not.toBe(modelB.negociacao.financeira);
});
