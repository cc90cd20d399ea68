/**
 * `npm run demo`: builds the extension, starts the local CREDERE sandbox and the demo
 * LinxDMS on loopback, and opens Chromium with the extension loaded on the demo DMS.
 * Without a display (or with --headless) it walks through the main flow headlessly, as far
 * as the product goes, saving a screenshot per step in a folder it prints.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDms } from '../dms/server';
import { launchWithExtension } from '../e2e/extension';
import { startSandbox } from '../sandbox/server';
import { configureExtensionForSandbox } from './configure';
import { walkThrough } from './walkthrough';

const root = resolve(import.meta.dirname, '../..');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

async function listen<T>(start: (port: number) => Promise<T>, preferred: number): Promise<T> {
  try {
    return await start(preferred);
  } catch {
    return start(0); // the preferred port is busy: take any free one
  }
}

console.info('▶ Construindo a extensão (wxt build)…');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const sandbox = await listen((port) => startSandbox({ port }), 4010);
const dms = await listen((port) => startDms({ port }), 4020);
console.info(`✔ CREDERE sandbox: ${sandbox.apiRoot}`);
console.info(`✔ LinxDMS demo:    ${dms.origin}/LinxDMS/Atendimento/FluxoAvancado.aspx?atendimento=123456`);

const shutdown = async () => {
  await Promise.allSettled([sandbox.close(), dms.close()]);
};

const ext = await launchWithExtension({ headless });
await configureExtensionForSandbox(ext, sandbox.apiRoot);

if (headless) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const folder = resolve(root, 'demo-screenshots', stamp);
  mkdirSync(folder, { recursive: true });
  console.info('ℹ Sem tela (DISPLAY): percorrendo o fluxo principal sem interface e salvando capturas.');
  const steps = await walkThrough({ ext, sandbox, dms, folder });
  for (const step of steps)
    console.info(`${step.ok ? '✔' : '✘'} ${step.title}${step.detail ? ` — ${step.detail}` : ''}`);
  console.info(`\nCapturas de tela salvas em: ${folder}`);
  await ext.close();
  await shutdown();
  process.exit(steps.every((step) => step.ok) ? 0 : 1);
} else {
  const page = await ext.context.newPage();
  await page.goto(`${dms.origin}/LinxDMS/Atendimento/FluxoAvancado.aspx?atendimento=123456`);
  console.info('✔ Chromium aberto com a Ponte CREDERE. Feche o navegador ou tecle Ctrl+C para sair.');
  ext.context.on('close', () => void shutdown().then(() => process.exit(0)));
  process.on(
    'SIGINT',
    () =>
      void ext
        .close()
        .then(shutdown)
        .then(() => process.exit(0)),
  );
}
