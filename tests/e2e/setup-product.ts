/**
 * Puts the extension in the state a dealership admin leaves it in: CREDERE settings pointing
 * at the sandbox, a token issued by the sandbox control API stored where lib/auth keeps it
 * (IndexedDB secrets), and the world's DE>PARA mappings imported through the mappings
 * messages from the options page. Reusable by every spec that simulates.
 */
import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import type { GoldenDeal } from '../dms/golden-deals';
import type { RunningSandbox } from '../sandbox/server';
import { BANKS, PROFESSIONS, STORES } from '../seed/world';
import { frameAt } from './dms-frames';
import { expect, extensionUrl } from './fixtures';

export const CLIENT_ID = 'ponte-credere-sandbox';

interface IssuedToken {
  access_token: string;
  refresh_token?: string;
  expires_in?: number;
  scope?: string;
  user?: { id: number };
}

/** The world's mappings as a portable DE>PARA document (professions resolved against the sandbox's lists). */
export async function worldMappingsDocument(sandbox: RunningSandbox, accessToken: string): Promise<string> {
  const response = await fetch(`${sandbox.apiRoot}/domains?types=profession`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const body = (await response.json()) as { profession: { id: number; name: string; identifier: string }[] };
  const byName = new Map(body.profession.map((p) => [p.name.toLowerCase(), p]));
  return JSON.stringify({
    format: 'ponte-credere-mappings',
    version: 1,
    lojas: STORES.map((s) => ({
      dmsCode: s.dmsCode,
      dmsName: s.dmsName,
      cnpj: s.cnpj,
      credereStoreId: String(s.credereId),
      credereStoreName: s.credereName,
    })),
    bancos: BANKS.map((b) => ({
      storeScope: '*',
      dmsCode: b.dmsCode,
      dmsName: b.dmsName,
      febrabanCode: b.code,
      credereBankId: b.credereId,
    })),
    profissoes: PROFESSIONS.map((p) => {
      const found = byName.get(p.credereName.toLowerCase());
      return {
        dmsCode: p.dmsCode,
        dmsName: p.dmsName,
        credereProfessionId: found?.id ?? null,
        credereIdentifier: found?.identifier ?? null,
        credereLabel: found?.name ?? null,
      };
    }),
  });
}

async function sendFromPage<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const result = await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
    type,
    payload,
  ] as const);
  const typed = result as { ok: boolean; data?: T; error?: { message: string } };
  if (!typed.ok) throw new Error(`${type}: ${typed.error?.message}`);
  return typed.data as T;
}

export async function setupProduct(opts: {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  sandbox: RunningSandbox;
  sandboxControl: (path: string, body?: unknown, method?: string) => Promise<unknown>;
}): Promise<{ accessToken: string }> {
  const { context, worker, extensionId, sandbox, sandboxControl } = opts;
  const token = (await sandboxControl('/tokens/issue', { scope: 'simulator proposals' })) as IssuedToken;

  await worker.evaluate(
    async ([apiRoot, clientId]) => {
      const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<
        string,
        unknown
      >;
      await chrome.storage.local.set({
        settings: {
          ...current,
          credere: {
            ...((current.credere as object) ?? {}),
            environment: 'custom',
            customApiRoot: apiRoot,
            clientId,
            authMode: 'secret',
          },
        },
      });
    },
    [sandbox.apiRoot, CLIENT_ID] as const,
  );

  const options = await context.newPage();
  await options.goto(extensionUrl(extensionId, 'options.html'));
  // Importing opens (and migrates) the background's database before the token goes in.
  const content = await worldMappingsDocument(sandbox, token.access_token);
  const imported = await sendFromPage<{ status: string }>(options, 'mappings.import', {
    format: 'json',
    content,
    mode: 'replace',
  });
  expect(imported.status).toBe('imported');

  const now = Date.now();
  await worker.evaluate(
    ([value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ponte-credere');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('secrets', 'readwrite');
          tx.objectStore('secrets').put({ key: 'credere.tokens', value, updatedAt: Date.now() });
          // "secret" mode: the token manager counts the settings complete only with the client secret.
          tx.objectStore('secrets').put({
            key: 'credere.clientSecret',
            value: 'sandbox-secret',
            updatedAt: Date.now(),
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [
      {
        accessToken: token.access_token,
        refreshToken: token.refresh_token ?? null,
        expiresAt: now + (token.expires_in ?? 7200) * 1000,
        obtainedAt: now,
        scope: token.scope ?? 'simulator proposals',
        apiRoot: sandbox.apiRoot,
        clientId: CLIENT_ID,
        userId: token.user ? String(token.user.id) : null,
      },
    ] as const,
  );
  await options.close();
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length))
    .toBeGreaterThan(0);
  return { accessToken: token.access_token };
}

/** Walks a golden deal's clicks to its Calcular fator tab; returns the frame holding the form. */
export async function reachCalcularFator(page: Page, dmsOrigin: string, deal: GoldenDeal): Promise<Frame> {
  await page.goto(dmsOrigin + deal.entryPath);
  for (const step of deal.steps) {
    const frame = await frameAt(page, step.frames);
    await frame.locator(step.click).click();
    if (step.effect) await page.waitForTimeout(300);
  }
  const form = await frameAt(page, deal.formFrames);
  await expect(form.getByRole('button', { name: 'Simulação CREDERE' })).toBeVisible();
  return form;
}

export { pageModel } from './dms-frames';

/** Clicks the DMS button and returns the simulation window once it is interactive. */
export async function openSimulation(context: BrowserContext, form: Frame): Promise<Page> {
  const opened = context.waitForEvent('page', (p) => p.url().includes('/simulation.html'));
  await form.getByRole('button', { name: 'Simulação CREDERE' }).click();
  const window = await opened;
  await window.waitForLoadState();
  await expect(window.locator('body[data-ready="true"], #sim-error').first()).toBeAttached({
    timeout: 15_000,
  });
  if (await window.locator('#sim-error').count()) {
    const url = new URL(window.url());
    const raw = await window.evaluate(
      ([tab, frame]) =>
        chrome.runtime.sendMessage({ type: 'simulation.load', payload: { tabId: tab, frameId: frame } }),
      [Number(url.searchParams.get('tab')), Number(url.searchParams.get('frame'))] as const,
    );
    throw new Error(`janela: ${JSON.stringify(raw)}`);
  }
  return window;
}

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

export interface Effort {
  typed: string[];
  choices: string[];
  clicks: number;
}

/** Answers every field the window asks in a form section; returns what was asked. */
export async function answerAsked(win: Page, prefix: 'lead' | 'customer', effort: Effort): Promise<string[]> {
  // The customer form comes from a background call after "Escolher": read what it asks only once it is there.
  if (prefix === 'customer') await win.locator('#customer-title').waitFor({ timeout: 15_000 });
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

export async function simulateAndWait(win: Page, effort: Effort, banks: number): Promise<void> {
  await win.locator('#simulate').click();
  effort.clicks += 1;
  await expect(win.locator('#sim-progress')).toHaveText(`${banks} de ${banks} bancos responderam`, {
    timeout: 30_000,
  });
}

/** A fresh DMS tab on a golden deal's Calcular fator, and the simulation window its button opens. */
export async function openDealWindow(
  context: BrowserContext,
  dmsOrigin: string,
  deal: GoldenDeal,
): Promise<{ page: Page; form: Frame; win: Page }> {
  const page = await context.newPage();
  const form = await reachCalcularFator(page, dmsOrigin, deal);
  const win = await openSimulation(context, form);
  return { page, form, win };
}
