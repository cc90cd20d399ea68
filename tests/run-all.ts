/**
 * `npm test`: lint, type check, unit tests, build, e2e (and the policy specs when this
 * machine can run them), then ONE plain closing line `N passed, N failed` counting unit and
 * e2e tests together, because CI reads neither Vitest's nor Playwright's own summary.
 * Exits non-zero when any step fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const resultsDir = resolve(root, 'tests/.results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

let passed = 0;
let failed = 0;
const failedSteps: string[] = [];

function run(step: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.info(`\n▶ ${step}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.info(`${ok ? '✔' : '✘'} ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failedSteps.push(step);
  return ok;
}

/** A failing step that is not a test (lint, types, build) still counts as a failure. */
function countStep(ok: boolean): void {
  if (!ok) failed += 1;
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

countStep(run('lint', 'npx', ['biome', 'check', '.']));
countStep(run('typecheck', 'npx', ['tsc', '--noEmit']));

const vitestJson = resolve(resultsDir, 'vitest.json');
const unitOk = run('unit', 'npx', [
  'vitest',
  'run',
  '--config',
  'tests/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson) as { numPassedTests: number; numFailedTests: number } | null;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  if (!unitOk && vitest.numFailedTests === 0) failed += 1; // e.g. a file that failed to load
} else {
  failed += 1;
}

const buildOk = run('build', 'npx', ['wxt', 'build']);
countStep(buildOk);

function runPlaywright(step: string, args: string[], wrapper: string[] = []): void {
  const json = resolve(resultsDir, `${step}.json`);
  const command = wrapper.length > 0 ? wrapper[0]! : 'npx';
  const commandArgs = [
    ...wrapper.slice(1),
    ...(wrapper.length > 0 ? ['npx'] : []),
    'playwright',
    'test',
    '--config',
    'tests/playwright.config.ts',
    ...args,
  ];
  const ok = run(step, command, commandArgs, { PW_JSON_OUTPUT: json });
  const report = readJson(json) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  } | null;
  if (report) {
    passed += report.stats.expected + report.stats.flaky;
    if (report.stats.flaky > 0)
      console.info(`⚠ ${step}: ${report.stats.flaky} test(s) passed only on retry (flaky)`);
    failed += report.stats.unexpected;
    // A skipped test is not a pass: policy specs skip themselves only outside with-policy.sh.
    if (!ok && report.stats.unexpected === 0) failed += 1;
  } else {
    failed += 1;
  }
}

if (buildOk) {
  runPlaywright('e2e', []);
  const policyRunner = resolve(root, 'tests/e2e/policy/with-policy.sh');
  const canRunPolicy = existsSync(policyRunner) && process.getuid?.() === 0;
  if (canRunPolicy)
    runPlaywright(
      'e2e-policy',
      // Its own output folder: Playwright empties the folder at start, which would drop the
      // failure traces of the main e2e run.
      ['--project', 'policy', '--output', 'test-results/policy'],
      ['bash', policyRunner],
    );
  else if (existsSync(policyRunner))
    console.info('ℹ policy specs need root (private mount namespace); not run here');
} else {
  failed += 1;
}

if (failedSteps.length > 0) console.info(`\nFailed steps: ${failedSteps.join(', ')}`);
console.info(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
