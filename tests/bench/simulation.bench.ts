/**
 * Simulation flow: what the salesperson does from the button to the written proposal
 * (clicks, typed fields) for golden deal 123457 (the one with missing data), the time from
 * the click to an interactive window with a cold service worker, and the extension's
 * overhead over the sandbox's own latency for the simulation phase. The baseline is a minimal
 * direct client doing the calls any client must make for that phase (lead write ‖ vehicle
 * lookup, create, polls) with the product's poll cadence, so the number is the extension's own
 * cost (messages, journal writes, rendering, redundant calls), not a difference in cadence.
 */
import type { Page } from '@playwright/test';
import { nextDelayMs } from '../../lib/simulation/polling';
import { goldenDeal } from '../dms/golden-deals';
import { startDms } from '../dms/server';
import { launchWithExtension } from '../e2e/extension';
import {
  answerAsked,
  type Effort,
  openSimulation,
  pageModel,
  reachCalcularFator,
  setupProduct,
} from '../e2e/setup-product';
import { startSandbox } from '../sandbox/server';
import type { BenchModule, Metric } from './types';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function waitFor(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('tempo esgotado');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const bench: BenchModule = {
  name: 'simulation',
  description:
    'Button → written proposal: clicks and typed fields (deal 123457); click → interactive window (body[data-ready], the form of missing fields shown) with the service worker stopped first, median of 3; overhead = time from the "Simular" click to "9 de 9 bancos responderam" in the window, over the time a minimal direct client takes for the same phase against the same sandbox (lead PUT and vehicle lookup in parallel, create, then polls with the same cadence as the product, DEFAULT_POLL_POLICY, until every condition ended), minus one; median of 3 rounds each, under two bank-latency profiles: realisticBanks (1.8–4 s per bank, as real pre-analysis; the 10 % target applies here) and fastSandbox (400 ms per bank, where fixed costs dominate).',
  async run() {
    const sandbox = await startSandbox({ config: { processingDelayMs: 400 } });
    const dms = await startDms();
    const ext = await launchWithExtension();
    const control = async (path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') => {
      const response = await fetch(`${sandbox.origin}/__control${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return text ? JSON.parse(text) : null;
    };
    try {
      const { accessToken } = await setupProduct({
        context: ext.context,
        worker: ext.worker,
        extensionId: ext.extensionId,
        sandbox,
        sandboxControl: control,
      });
      const deal = goldenDeal('fluxo-avancado', 1);

      // Cold start: stop the worker, then click.
      const coldTimes: number[] = [];
      for (let i = 0; i < 3; i++) {
        const page = await ext.context.newPage();
        const form = await reachCalcularFator(page, dms.origin, deal);
        const cdp = await ext.context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await page.waitForTimeout(300);
        const start = Date.now();
        const win = await openSimulation(ext.context, form);
        coldTimes.push(Date.now() - start);
        await win.close();
        await page.close();
      }

      // Full flow with effort counting and the simulation phase timed.
      const page = await ext.context.newPage();
      const form = await reachCalcularFator(page, dms.origin, deal);
      const effort: Effort = { typed: [], choices: [], clicks: 1 };
      const win: Page = await openSimulation(ext.context, form);
      await answerAsked(win, 'lead', effort);
      await win.locator('#simulate').click();
      effort.clicks += 1;
      await win
        .locator('#sim-progress', { hasText: '9 de 9 bancos responderam' })
        .waitFor({ timeout: 60_000 });
      await win
        .locator('tr.best')
        .filter({ hasText: 'Itaú' })
        .getByRole('button', { name: /^Escolher/ })
        .click();
      effort.clicks += 1;
      await answerAsked(win, 'customer', effort);
      await win.locator('#create-proposal').click();
      effort.clicks += 1;
      await win.locator('#write-back-ok').waitFor({ timeout: 30_000 });
      await waitFor(async () => (await pageModel(form)).negociacao.propostaFinanceira !== '');

      // Baseline: what a minimal client must do for the same simulation phase, straight against
      // the sandbox: write the lead and look the vehicle up (in parallel: they are independent),
      // create the simulation, then poll it with the product's own cadence (DEFAULT_POLL_POLICY)
      // until every condition has ended. The lead exists by now (the flow above created it), so
      // the minimal write is one PUT.
      const api = (path: string, init: RequestInit = {}) =>
        fetch(`${sandbox.apiRoot}/${path}`, {
          ...init,
          headers: {
            authorization: `Bearer ${accessToken}`,
            'store-id': '3101',
            'content-type': 'application/json',
          },
        }).then((r) => r.json());
      const customer = deal.snapshot.customer;
      const baselinePhase = async (): Promise<number> => {
        const baseStart = Date.now();
        await Promise.all([
          api(`banks_api/leads/${customer.cpf}`, {
            method: 'PUT',
            body: JSON.stringify({ lead: { cpf_cnpj: customer.cpf, name: customer.name } }),
          }),
          api(`vehicle_models?fipe_code=${deal.snapshot.vehicle.fipeCode}&per_page=100`),
        ]);
        const created = await api('banks_api/simulations', {
          method: 'POST',
          body: JSON.stringify({
            simulation: {
              seller_cpf: deal.snapshot.seller.cpf,
              retrieve_lead: { cpf_cnpj: deal.snapshot.customer.cpf },
              bank_febraban_codes: ['033', '341', '342', '394', '422', '623', '655', '336', 'M22'],
              assets_value: deal.snapshot.vehicle.valueCents,
              process_bank_suggested_conditions: true,
              vehicle: {
                vehicle_molicar_code: '02104455-1',
                manufacture_year: deal.snapshot.vehicle.manufactureYear,
                model_year: deal.snapshot.vehicle.modelYear,
                asset_value: deal.snapshot.vehicle.valueCents,
                zero_km: false,
              },
              conditions: [24, 36, 48, 60].map((installments) => ({
                installments,
                down_payment: deal.snapshot.negotiation.downPaymentCents,
                financed_amount:
                  deal.snapshot.vehicle.valueCents - deal.snapshot.negotiation.downPaymentCents,
              })),
            },
          }),
        });
        const uuid = created.data.uuid as string;
        for (let polls = 0; ; polls++) {
          await new Promise((r) => setTimeout(r, nextDelayMs(polls)));
          const sim = await api(`banks_api/simulations/${uuid}`);
          const ended = (sim.data.conditions as { process_task?: { ended_at?: string } }[]).every(
            (c) => c.process_task?.ended_at,
          );
          if (ended) break;
        }
        return Date.now() - baseStart;
      };

      // The extension's side of the same phase: a fresh tab and window on the same deal, the
      // "Simular" click, until the window shows every bank's answer.
      const extensionPhase = async (): Promise<number> => {
        const tab = await ext.context.newPage();
        const screen = await reachCalcularFator(tab, dms.origin, deal);
        const window = await openSimulation(ext.context, screen);
        await answerAsked(window, 'lead', { typed: [], choices: [], clicks: 0 });
        const start = Date.now();
        await window.locator('#simulate').click();
        // The window may still show the previous simulation of this atendimento (the journal
        // brings it back): wait for the new one to start before waiting for it to end.
        const progress = window.locator('#sim-progress');
        await progress.filter({ hasNotText: '9 de 9 bancos responderam' }).waitFor({ timeout: 10_000 });
        await window
          .locator('#sim-progress', { hasText: '9 de 9 bancos responderam' })
          .waitFor({ timeout: 60_000 });
        const elapsed = Date.now() - start;
        await window.close();
        await tab.close();
        return elapsed;
      };

      // Two latency profiles: the sandbox's fast default, where fixed costs dominate, and one
      // closer to real banks (pre-analysis takes seconds and differs per bank). The target is
      // judged on the realistic one; both are recorded with their absolute numbers.
      const profiles = [
        {
          name: 'realisticBanks',
          config: {
            processingDelayMs: 2500,
            bankDelaysMs: {
              '033': 1800,
              '341': 2600,
              '342': 3200,
              '394': 2200,
              '422': 3600,
              '623': 2000,
              '655': 2900,
              '336': 2400,
              M22: 4000,
            },
          },
          target: 10 as number | undefined,
        },
        { name: 'fastSandbox', config: { processingDelayMs: 400, bankDelaysMs: {} }, target: undefined },
      ];
      const overhead: Record<string, Metric> = {};
      for (const profile of profiles) {
        await control('/config', profile.config, 'PATCH');
        const extensionRuns: number[] = [];
        const baselineRuns: number[] = [];
        for (let round = 0; round < 3; round++) {
          extensionRuns.push(await extensionPhase());
          baselineRuns.push(await baselinePhase());
        }
        const extensionMs = median(extensionRuns);
        const baselineMs = median(baselineRuns);
        overhead[`simulation.overheadOverSandboxPct.${profile.name}`] = {
          value: (extensionMs / baselineMs - 1) * 100,
          unit: '%',
          ...(profile.target !== undefined ? { target: profile.target } : {}),
          better: 'lower',
          note: `median of 3: extension ${extensionMs} ms vs minimal direct client ${baselineMs} ms (+${extensionMs - baselineMs} ms)`,
        };
        overhead[`simulation.overheadOverSandboxMs.${profile.name}`] = {
          value: extensionMs - baselineMs,
          unit: 'ms',
          better: 'lower',
        };
      }

      const metrics: Record<string, Metric> = {
        'simulation.coldWindowInteractiveMs': {
          value: median(coldTimes),
          unit: 'ms',
          target: 400,
          better: 'lower',
          note: 'median of 3, click → window interactive, service worker stopped first',
        },
        'simulation.clicksToProposal': {
          value: effort.clicks + effort.choices.length,
          unit: 'clicks',
          better: 'lower',
          note: `deal 123457; choices: ${effort.choices.join(', ')}`,
        },
        'simulation.typedFieldsToProposal': {
          value: effort.typed.length,
          unit: 'fields',
          better: 'lower',
          note: `typed: ${effort.typed.join(', ')}`,
        },
        ...overhead,
      };
      return metrics;
    } finally {
      await ext.close();
      await dms.close();
      await sandbox.close();
    }
  },
};

export default bench;
