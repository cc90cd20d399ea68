import { resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { goldenDeal } from '../dms/golden-deals';
import type { DmsServer } from '../dms/server';
import type { ExtensionBrowser } from '../e2e/extension';
import {
  answerAsked,
  type Effort,
  openSimulation,
  pageModel,
  reachCalcularFator,
  simulateAndWait,
  worldMappingsDocument,
} from '../e2e/setup-product';
import { CLIENT_SECRET, type RunningSandbox } from '../sandbox/server';
import { ADMIN_LOGIN } from '../seed/world';

export interface StepResult {
  title: string;
  ok: boolean;
  detail?: string;
}

interface Context {
  ext: ExtensionBrowser;
  sandbox: RunningSandbox;
  dms: DmsServer;
  folder: string;
}

/**
 * The scripted tour of the main flow, through the real UI: the admin authorizes and loads
 * the DE>PARA, the salesperson opens Calcular fator, simulates, chooses, proposes, and the
 * proposal lands in the DMS form. Each step takes a screenshot; a failed step is reported
 * and the tour stops at the first failure of the salesperson's flow.
 */
export async function walkThrough({ ext, sandbox, dms, folder }: Context): Promise<StepResult[]> {
  const results: StepResult[] = [];
  let shot = 0;
  const capture = async (page: Page, name: string) => {
    shot += 1;
    await page.screenshot({
      path: resolve(folder, `${String(shot).padStart(2, '0')}-${name}.png`),
      fullPage: true,
    });
  };
  const step = async (title: string, action: () => Promise<string | undefined>): Promise<boolean> => {
    try {
      const detail = await action();
      results.push({ title, ok: true, detail });
      return true;
    } catch (error) {
      results.push({
        title,
        ok: false,
        detail: error instanceof Error ? error.message.split('\n')[0] : String(error),
      });
      return false;
    }
  };
  const optionsUrl = (hash: string) => `chrome-extension://${ext.extensionId}/options.html#${hash}`;

  const options = await ext.context.newPage();
  const authorized = await step('Administrador: "Autorizar" na CREDERE', async () => {
    await options.goto(optionsUrl('autenticacao'));
    await options.getByLabel('Segredo do cliente (client secret)').fill(CLIENT_SECRET);
    await options.getByRole('button', { name: 'Salvar' }).click();
    await options.getByTestId('auth-form-notice').waitFor();
    const opened = ext.context.waitForEvent('page');
    await options.getByRole('button', { name: 'Autorizar' }).click();
    const login = await opened;
    await login.waitForLoadState();
    await login.locator('#username').fill(ADMIN_LOGIN.username);
    await login.locator('#password').fill(ADMIN_LOGIN.password);
    await capture(login, 'login-credere');
    await login.locator('#approve').click();
    await options.getByTestId('auth-notice').waitFor({ timeout: 15_000 });
    await capture(options, 'autorizado');
    return (await options.getByTestId('auth-notice').textContent()) ?? undefined;
  });

  const mapped =
    authorized &&
    (await step('Administrador: DE>PARA de Lojas, Bancos e Profissões importado', async () => {
      const token = (await (
        await fetch(`${sandbox.origin}/__control/tokens/issue`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).json()) as { access_token: string };
      const content = await worldMappingsDocument(sandbox, token.access_token);
      const outcome = await options.evaluate(
        (text) =>
          chrome.runtime.sendMessage({
            type: 'mappings.import',
            payload: { format: 'json', content: text, mode: 'replace' },
          }),
        content,
      );
      if (!(outcome as { ok: boolean }).ok) throw new Error(JSON.stringify(outcome));
      await options.goto(optionsUrl('profissoes'));
      await options.getByRole('heading', { level: 2 }).first().waitFor();
      await options.waitForTimeout(500);
      await capture(options, 'profissoes');
      await options.goto(optionsUrl('lojas'));
      await options.waitForTimeout(500);
      await capture(options, 'lojas-prontidao');
      return undefined;
    }));

  const deal = goldenDeal('fluxo-avancado', 0);
  const dmsPage = await ext.context.newPage();
  let form: Frame | null = null;
  const onScreen = await step('Vendedor: Calcular fator com o botão "Simulação CREDERE"', async () => {
    form = await reachCalcularFator(dmsPage, dms.origin, deal);
    await capture(dmsPage, 'calcular-fator');
    return `atendimento ${deal.atendimento}`;
  });
  if (!onScreen || !form || !mapped) return results;

  const effort: Effort = { typed: [], choices: [], clicks: 1 };
  let win: Page | null = null;
  const simulated = await step('Vendedor: simulação em todos os bancos da loja', async () => {
    win = await openSimulation(ext.context, form!);
    await win.setViewportSize({ width: 1100, height: 900 });
    await capture(win, 'janela');
    await answerAsked(win, 'lead', effort);
    await simulateAndWait(win, effort, 9);
    await capture(win, 'ofertas');
    return (await win.locator('#sim-progress').textContent()) ?? undefined;
  });
  if (!simulated || !win) return results;
  const simWindow: Page = win;

  await step('Vendedor: escolha da oferta, cadastro e proposta', async () => {
    const best = simWindow.locator('tr.best').first();
    await best.getByRole('button', { name: /^Escolher/ }).click();
    await answerAsked(simWindow, 'customer', effort);
    await capture(simWindow, 'cliente');
    await simWindow.locator('#create-proposal').click();
    await simWindow.locator('#write-back-ok').waitFor({ timeout: 30_000 });
    await capture(simWindow, 'proposta');
    return (await simWindow.locator('#proposal-title').textContent()) ?? undefined;
  });

  await step('LinxDMS: proposta gravada em Calcular fator e anexada ao atendimento', async () => {
    const model = await pageModel(form!);
    await dmsPage.bringToFront();
    await capture(dmsPage, 'linxdms-preenchido');
    return `financeira ${model.negociacao.financeira}, nº proposta ${model.negociacao.propostaFinanceira}, ${model.propostaCredere}`;
  });

  return results;
}
