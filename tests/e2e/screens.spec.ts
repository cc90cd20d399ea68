/**
 * The DMS screen bridge with the real extension on the demo LinxDMS: the button appears only
 * on Calcular fator in each flow, the reading of every golden deal is exact, a proposal is
 * written so the page's own recalculation runs, "Desfazer" restores, and a changed screen
 * is refused.
 */
import type { Frame, Page, Worker } from '@playwright/test';
import { tableCoefficient } from '../dms/calc';
import { GOLDEN_DEALS, type GoldenDeal, goldenDeal } from '../dms/golden-deals';
import { frameAt, pageModel } from './dms-frames';
import { expect, extensionUrl, test } from './fixtures';

const BUTTON = 'Simulação CREDERE';

// biome-ignore lint/suspicious/noExplicitAny: page model and stored snapshots are plain JSON.
type Model = any;

async function waitForRegistration(worker: Worker): Promise<void> {
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length))
    .toBeGreaterThan(0);
}

/** Number of our buttons in every frame of the page. */
async function buttonsInPage(page: Page): Promise<number> {
  let total = 0;
  for (const frame of page.frames()) {
    total += await frame
      .getByRole('button', { name: BUTTON })
      .count()
      .catch(() => 0);
  }
  return total;
}

async function storedSnapshots(worker: Worker): Promise<Record<string, Model>> {
  return worker.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('screens.snapshot:')));
  });
}

async function clickAndReadSnapshot(worker: Worker, form: Frame, atendimento: string): Promise<Model> {
  await form.getByRole('button', { name: BUTTON }).click();
  let found: Model = null;
  await expect
    .poll(async () => {
      const all = Object.values(await storedSnapshots(worker));
      found = all.find((record) => record.snapshot.deal.atendimento === atendimento) ?? null;
      return found !== null;
    })
    .toBe(true);
  return found;
}

async function reach(page: Page, dmsOrigin: string, deal: GoldenDeal): Promise<Frame> {
  await page.goto(dmsOrigin + deal.entryPath);
  for (const [index, step] of deal.steps.entries()) {
    const frame = await frameAt(page, step.frames);
    if (index === deal.steps.length - 1) {
      // Financing form loaded on the "Dados do financiamento" tab: no button yet.
      const form = await frameAt(page, deal.formFrames);
      await expect.poll(async () => (await pageModel(form)).abaAtiva).not.toBe('fator');
      await page.waitForTimeout(150); // give a (wrong) mount the chance to happen
      expect(await buttonsInPage(page)).toBe(0);
    } else {
      expect(await buttonsInPage(page)).toBe(0);
    }
    await frame.locator(step.click).click();
  }
  return frameAt(page, deal.formFrames);
}

/** Sends a message as the simulation window would. */
async function fromSimulation(
  page: Page,
  extensionId: string,
  type: string,
  payload: unknown,
): Promise<Model> {
  if (!page.url().startsWith('chrome-extension://'))
    await page.goto(extensionUrl(extensionId, 'simulation.html'));
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
    type,
    payload,
  ] as const);
}

test.describe('ponte na tela do LinxDMS', () => {
  for (const flow of ['fluxo-avancado', 'gestao-showroom', 'linxdms-veiculos'] as const) {
    test(`${flow}: botão só no Calcular fator, some em outra aba, volta; leitura exata`, async ({
      context,
      worker,
      dms,
    }) => {
      await waitForRegistration(worker);
      const deal = goldenDeal(flow);
      const page = await context.newPage();
      const form = await reach(page, dms.origin, deal);
      const button = form.getByRole('button', { name: BUTTON });
      await expect(button).toBeVisible();
      expect(await buttonsInPage(page)).toBe(1);
      // Tab switch away and back: removed, then mounted once again.
      await form.evaluate(() =>
        (window as unknown as { LinxDMS: { showTab(a: string): void } }).LinxDMS.showTab('dados'),
      );
      await expect(button).toHaveCount(0);
      await form.evaluate(() =>
        (window as unknown as { LinxDMS: { showTab(a: string): void } }).LinxDMS.showTab('fator'),
      );
      await expect(button).toBeVisible();
      expect(await buttonsInPage(page)).toBe(1);
      // Keyboard-accessible: focus and Enter activates it.
      await button.focus();
      await page.keyboard.press('Enter');
      let record: Model = null;
      await expect
        .poll(async () => {
          record = Object.values(await storedSnapshots(worker)).find(
            (r) => r.snapshot.deal.atendimento === deal.atendimento,
          );
          return !!record;
        })
        .toBe(true);
      expect(record.snapshot.deal).toEqual(deal.snapshot);
      expect(record.snapshot.problems).toEqual([]);
      expect(record.snapshot.profileId).toBe(flow);
    });
  }

  test('leitura exata de todas as negociações-modelo (link direto) e janela única por atendimento', async ({
    context,
    worker,
    dms,
  }) => {
    await waitForRegistration(worker);
    for (const deal of GOLDEN_DEALS) {
      const page = await context.newPage();
      await page.goto(dms.origin + deal.financingPath);
      const record = await clickAndReadSnapshot(worker, page.mainFrame(), deal.atendimento);
      expect(record.snapshot.deal, deal.atendimento).toEqual(deal.snapshot);
      await page.close();
    }
    // A second click for the same tab+atendimento focuses the window instead of opening another.
    const deal = goldenDeal('fluxo-avancado');
    const page = await context.newPage();
    await page.goto(dms.origin + deal.financingPath);
    const before = await worker.evaluate(async () => (await chrome.windows.getAll()).length);
    await page.getByRole('button', { name: BUTTON }).click();
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.windows.getAll()).length))
      .toBe(before + 1);
    await page.getByRole('button', { name: BUTTON }).click();
    await page.waitForTimeout(300);
    expect(await worker.evaluate(async () => (await chrome.windows.getAll()).length)).toBe(before + 1);
  });

  test('não aparece fora do Calcular fator (outras páginas do LinxDMS)', async ({ context, worker, dms }) => {
    await waitForRegistration(worker);
    const page = await context.newPage();
    for (const path of [
      '/LinxDMS/Atendimento/Lista.aspx',
      '/LinxDMS/Atendimento/FluxoAvancado.aspx?atendimento=123456&aba=negociacao',
      '/LinxDMS/Showroom/GestaoShowroom.aspx',
      '/LinxDMS/Veiculos/Default.aspx?atendimento=334455',
    ]) {
      await page.goto(dms.origin + path);
      await page.waitForTimeout(200);
      expect(await buttonsInPage(page), path).toBe(0);
    }
  });

  for (const flow of ['fluxo-avancado', 'gestao-showroom', 'linxdms-veiculos'] as const) {
    test(`${flow}: proposta gravada é aceita pela página, Desfazer restaura`, async ({
      context,
      worker,
      extensionId,
      dms,
    }) => {
      await waitForRegistration(worker);
      const deal = goldenDeal(flow);
      const page = await context.newPage();
      await page.goto(dms.origin + deal.financingPath);
      const form = page.mainFrame();
      const original = await pageModel(form);
      const record = await clickAndReadSnapshot(worker, form, deal.atendimento);
      const values = {
        financeira: '13',
        plano: '1302',
        entrada: deal.snapshot.vehicle.valueCents - 5_000_000,
        prazo: 42,
        retorno: 'R4',
        numeroProposta: 'BRA-2026-0042',
        situacao: 'ANA',
        observacao: 'Proposta CREDERE — enviada “hoje”',
        propostaCredere: 'CRD-7F3A-0001',
        parcela: 123_456,
      };
      const sim = await context.newPage();
      const reply = await fromSimulation(sim, extensionId, 'screens.applyProposal', {
        tabId: record.tabId,
        frameId: record.frameId,
        values,
        fingerprint: record.snapshot.fingerprint,
      });
      expect(reply.ok, JSON.stringify(reply)).toBe(true);
      const byField = Object.fromEntries(reply.data.fields.map((f: Model) => [f.field, f]));
      for (const key of [
        'financeira',
        'plano',
        'entrada',
        'prazo',
        'retorno',
        'numeroProposta',
        'situacao',
        'observacao',
        'propostaCredere',
      ]) {
        expect(byField[key]?.status, key).toBe('filled');
      }
      expect(byField.parcela.status).toBe('skipped');
      expect(byField.parcela.reason).toBe('readonly');
      const after = await pageModel(form);
      const coef = tableCoefficient('13', 42)!;
      expect(after.negociacao).toMatchObject({
        financeira: '13',
        plano: '1302',
        valorEntradaCents: deal.snapshot.vehicle.valueCents - 5_000_000,
        valorFinanciadoCents: 5_000_000,
        prazo: 42,
        coeficiente: coef,
        parcelaCents: Math.round(5_000_000 * coef),
        retorno: 'R4',
        propostaFinanceira: 'BRA-2026-0042',
        situacao: 'ANA',
        observacao: 'Proposta CREDERE - enviada "hoje"',
      });
      expect(after.propostaCredere).toBe('CRD-7F3A-0001');
      expect(after.anexos.map((a: Model) => a.referencia)).toContain('CRD-7F3A-0001');
      expect(after.recalculos).toBeGreaterThan(original.recalculos);
      // Events the page saw for Valor de entrada: one each of the sequence, all from us.
      const ids = await form.evaluate(() =>
        (window as unknown as { __linxdms: { fieldIds(): Record<string, string> } }).__linxdms.fieldIds(),
      );
      const events = await form.evaluate(
        (id) =>
          (window as unknown as { __linxdms: { events: Record<string, Record<string, number>> } }).__linxdms
            .events[id],
        ids.valorEntrada!,
      );
      expect(events).toMatchObject({ input: 1, change: 1, keydown: 1, keyup: 1 });

      // "Desfazer" in the injected UI restores what was there.
      await form.getByRole('button', { name: 'Desfazer' }).click();
      await expect
        .poll(async () => (await pageModel(form)).negociacao.financeira)
        .toBe(original.negociacao.financeira);
      await expect
        .poll(async () => (await pageModel(form)).negociacao.situacao)
        .toBe(original.negociacao.situacao);
      const restored = await pageModel(form);
      expect(restored.negociacao).toMatchObject({
        financeira: original.negociacao.financeira,
        plano: original.negociacao.plano,
        valorEntradaCents: original.negociacao.valorEntradaCents,
        prazo: original.negociacao.prazo,
        retorno: original.negociacao.retorno,
        parcelaCents: original.negociacao.parcelaCents,
        propostaFinanceira: original.negociacao.propostaFinanceira,
        observacao: original.negociacao.observacao,
      });
      expect(restored.propostaCredere ?? '').toBe(original.propostaCredere ?? '');
      await expect(form.getByRole('button', { name: 'Desfazer' })).toHaveCount(0);
    });
  }

  test('tela mudou (outro atendimento): gravação recusada com mensagem clara', async ({
    context,
    worker,
    extensionId,
    dms,
  }) => {
    await waitForRegistration(worker);
    const first = goldenDeal('fluxo-avancado', 0);
    const second = goldenDeal('fluxo-avancado', 1);
    const page = await context.newPage();
    await page.goto(dms.origin + first.financingPath);
    const record = await clickAndReadSnapshot(worker, page.mainFrame(), first.atendimento);
    await page.goto(dms.origin + second.financingPath);
    await expect(page.getByRole('button', { name: BUTTON })).toBeVisible();
    const before = await pageModel(page.mainFrame());
    const sim = await context.newPage();
    const reply = await fromSimulation(sim, extensionId, 'screens.applyProposal', {
      tabId: record.tabId,
      frameId: record.frameId,
      values: { entrada: 2_000_000, observacao: 'não deveria gravar' },
      fingerprint: record.snapshot.fingerprint,
    });
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('SCREEN_CHANGED');
    expect(reply.error.message).toMatch(/mudou desde a leitura.*Nada foi gravado/);
    const after = await pageModel(page.mainFrame());
    expect(after.negociacao).toEqual(before.negociacao);
    await expect(page.getByText(/mudou desde a leitura/)).toBeVisible();
  });
});
