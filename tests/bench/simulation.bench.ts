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
import { WINDOW_INTERACTIVE_MARK } from '../../lib/simulation/view';
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

/** Cold opens measured; five, because one slow start on a loaded 2-core machine moves a median of three. */
const COLD_RUNS = 5;

/** Epoch ms of the frame that painted the window interactive (its own performance mark). */
async function interactiveAt(win: Page): Promise<number> {
  const handle = await win.waitForFunction((name) => {
    const mark = performance.getEntriesByName(name)[0];
    return mark ? performance.timeOrigin + mark.startTime : null;
  }, WINDOW_INTERACTIVE_MARK);
  return (await handle.jsonValue()) as number;
}

/**
 * Runs in the window before "Simular": records the click and the frame that first paints
 * "9 de 9" after the progress showed something else (the window may still show the previous
 * simulation of this atendimento until the new one starts).
 */
function watchAllBanksAnswered(): void {
  const bench = { clickAt: 0, doneAt: 0 };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  document.getElementById('simulate')?.addEventListener(
    'click',
    () => {
      bench.clickAt = Date.now();
    },
    { capture: true, once: true },
  );
  let restarted = false;
  let painting = false;
  new MutationObserver(() => {
    if (!bench.clickAt || bench.doneAt || painting) return;
    const text = document.getElementById('sim-progress')?.textContent ?? '';
    if (!text.includes('9 de 9')) restarted = true;
    else if (restarted) {
      painting = true;
      requestAnimationFrame(() => {
        bench.doneAt = Date.now();
      });
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

const bench: BenchModule = {
  name: 'simulation',
  description:
    'Button → written proposal: clicks and typed fields (deal 123457); click → interactive window with the service worker stopped first (median of 5), read on the browser clock: the click event in the DMS frame → the frame that paints the window interactive (its performance mark), so the test runner\'s own polling is not counted; overhead = time from the "Simular" click to the frame that paints "9 de 9 bancos responderam" (both read in the window), over the time a minimal direct client takes for the same phase against the same sandbox (lead PUT and vehicle lookup in parallel, create, then polls with the same cadence as the product, DEFAULT_POLL_POLICY, until every condition ended), minus one; median of 3 rounds each, under two bank-latency profiles: realisticBanks (1.8–4 s per bank, as real pre-analysis; the 10 % target applies here) and fastSandbox (400 ms per bank, where fixed costs dominate). The sandbox request log splits the extension\'s time: click → create sent, and last poll → on screen.',
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

      // Cold start: stop the worker, then click. Both ends are read from the browser's clock (the
      // click in the DMS frame, the window's interactive mark), not from when Playwright noticed:
      // its polling adds up to hundreds of ms that are not the product's.
      const coldTimes: number[] = [];
      for (let i = 0; i < COLD_RUNS; i++) {
        const page = await ext.context.newPage();
        const form = await reachCalcularFator(page, dms.origin, deal);
        const cdp = await ext.context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await page.waitForTimeout(300);
        await form.evaluate(() => {
          document.addEventListener(
            'click',
            () => {
              (window as unknown as { __benchClickAt: number }).__benchClickAt = Date.now();
            },
            { capture: true, once: true },
          );
        });
        const win = await openSimulation(ext.context, form);
        const clickAt = await form.evaluate(
          () => (window as unknown as { __benchClickAt: number }).__benchClickAt,
        );
        coldTimes.push((await interactiveAt(win)) - clickAt);
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
      const baselinePolls: number[] = [];
      const baselineToCreate: number[] = [];
      const baselinePhase = async (): Promise<number> => {
        const baseStart = Date.now();
        await Promise.all([
          api(`banks_api/leads/${customer.cpf}`, {
            method: 'PUT',
            body: JSON.stringify({ lead: { cpf_cnpj: customer.cpf, name: customer.name } }),
          }),
          api(`vehicle_models?fipe_code=${deal.snapshot.vehicle.fipeCode}&per_page=100`),
        ]);
        baselineToCreate.push(Date.now() - baseStart);
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
        let polls = 0;
        for (; ; polls++) {
          await new Promise((r) => setTimeout(r, nextDelayMs(polls)));
          const sim = await api(`banks_api/simulations/${uuid}`);
          const ended = (sim.data.conditions as { process_task?: { ended_at?: string } }[]).every(
            (c) => c.process_task?.ended_at,
          );
          if (ended) break;
        }
        baselinePolls.push(polls + 1);
        return Date.now() - baseStart;
      };

      // The extension's side of the same phase: a fresh tab and window on the same deal, from the
      // "Simular" click to the frame that paints "9 de 9 bancos responderam", both read in the
      // window itself. The sandbox's request log gives the parts: click → create sent, and the
      // last poll → on screen.
      const parts = { toCreate: [] as number[], lastAnswerToScreen: [] as number[], polls: [] as number[] };
      const extensionPhase = async (): Promise<number> => {
        const tab = await ext.context.newPage();
        const screen = await reachCalcularFator(tab, dms.origin, deal);
        const win = await openSimulation(ext.context, screen);
        await answerAsked(win, 'lead', { typed: [], choices: [], clicks: 0 });
        await control('/requests', undefined, 'DELETE');
        await win.evaluate(watchAllBanksAnswered);
        await win.locator('#simulate').click();
        await win
          .locator('#sim-progress', { hasText: '9 de 9 bancos responderam' })
          .waitFor({ timeout: 60_000 });
        const marks = await win
          .waitForFunction(() => {
            const bench = (window as unknown as { __bench: { clickAt: number; doneAt: number } }).__bench;
            return bench.doneAt ? bench : null;
          })
          .then((handle) => handle.jsonValue() as Promise<{ clickAt: number; doneAt: number }>);
        const { requests } = (await control('/requests')) as {
          requests: { at: string; method: string; path: string }[];
        };
        const create = requests.find((r) => r.method === 'POST' && r.path.endsWith('/banks_api/simulations'));
        const polls = requests.filter(
          (r) => r.method === 'GET' && /\/banks_api\/simulations\/./.test(r.path),
        );
        if (create) parts.toCreate.push(Date.parse(create.at) - marks.clickAt);
        if (polls.length) parts.lastAnswerToScreen.push(marks.doneAt - Date.parse(polls.at(-1)!.at));
        parts.polls.push(polls.length);
        await win.close();
        await tab.close();
        return marks.doneAt - marks.clickAt;
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
        for (const list of [
          parts.toCreate,
          parts.lastAnswerToScreen,
          parts.polls,
          baselinePolls,
          baselineToCreate,
        ])
          list.length = 0;
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
          note: `polls per run: extension ${parts.polls.join('/')}, minimal client ${baselinePolls.join('/')}`,
        };
        overhead[`simulation.clickToCreateMs.${profile.name}`] = {
          value: median(parts.toCreate),
          unit: 'ms',
          better: 'lower',
          note: `"Simular" click → create request at the sandbox; the minimal client needs ${median(baselineToCreate)} ms`,
        };
        overhead[`simulation.lastAnswerToScreenMs.${profile.name}`] = {
          value: median(parts.lastAnswerToScreen),
          unit: 'ms',
          better: 'lower',
          note: 'last poll request at the sandbox → the frame that paints "9 de 9"',
        };
      }

      const metrics: Record<string, Metric> = {
        'simulation.coldWindowInteractiveMs': {
          value: median(coldTimes),
          unit: 'ms',
          target: 400,
          better: 'lower',
          note: `median of ${COLD_RUNS} (browser clock): click on the button → the frame that paints the window interactive, service worker stopped first; runs ${coldTimes.map((ms) => Math.round(ms)).join('/')} ms`,
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
