import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { DmsServer } from '../dms/server';
import type { ExtensionBrowser } from '../e2e/extension';
import type { RunningSandbox } from '../sandbox/server';

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
 * The scripted tour of the main flow. Each step takes a screenshot; a step that fails is
 * reported and the tour goes on where it can, so the demo shows as much as the product has.
 */
export async function walkThrough({ ext, dms, folder }: Context): Promise<StepResult[]> {
  const results: StepResult[] = [];
  let shot = 0;
  const capture = async (page: Page, name: string) => {
    shot += 1;
    await page.screenshot({
      path: resolve(folder, `${String(shot).padStart(2, '0')}-${name}.png`),
      fullPage: true,
    });
  };
  const step = async (title: string, action: () => Promise<string | undefined>) => {
    try {
      const detail = await action();
      results.push({ title, ok: true, detail });
    } catch (error) {
      results.push({
        title,
        ok: false,
        detail: error instanceof Error ? error.message.split('\n')[0] : String(error),
      });
    }
  };

  const options = await ext.context.newPage();
  await step('Opções da extensão abertas', async () => {
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1 }).waitFor();
    await capture(options, 'opcoes');
    return undefined;
  });

  const dmsPage = await ext.context.newPage();
  await step('LinxDMS: atendimento do Fluxo Atendimento Avançado', async () => {
    await dmsPage.goto(`${dms.origin}/LinxDMS/Atendimento/FluxoAvancado.aspx?atendimento=123456`);
    await capture(dmsPage, 'atendimento');
    return undefined;
  });

  await step('LinxDMS: tela Financiamento, aba Calcular fator', async () => {
    await dmsPage.goto(
      `${dms.origin}/LinxDMS/Atendimento/Financiamento.aspx?atendimento=123456&negociacao=1&aba=CalcularFator`,
    );
    await capture(dmsPage, 'calcular-fator');
    return undefined;
  });

  return results;
}
