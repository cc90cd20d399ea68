/**
 * `npm run bench`: builds the extension, runs every tests/bench/*.bench.ts (or those named
 * on the command line), and writes bench/latest.json and docs/performance.md. Numbers come
 * from this machine (2 cores); targets come from the issues.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import type { BenchModule, Metric } from './types';

const root = resolve(import.meta.dirname, '../..');
const only = process.argv.slice(2);

if (!process.env.BENCH_SKIP_BUILD) {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const files = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.bench.ts'))
  .sort();
const latestPath = resolve(root, 'bench/latest.json');
const previous: Record<string, Metric> = existsSync(latestPath)
  ? JSON.parse(readFileSync(latestPath, 'utf8'))
  : {};
const results: Record<string, Metric> = only.length > 0 ? { ...previous } : {};
const sections: { name: string; description: string; metrics: Record<string, Metric> }[] = [];

for (const file of files) {
  const module = (await import(resolve(import.meta.dirname, file))).default as BenchModule;
  if (only.length > 0 && !only.includes(module.name)) {
    // Not run this time: its numbers stay from the previous run; keep its description.
    sections.push({ name: module.name, description: module.description ?? '', metrics: {} });
    continue;
  }
  console.info(`▶ ${module.name}`);
  const metrics = await module.run();
  for (const [key, metric] of Object.entries(metrics)) {
    const rounded = { ...metric, value: Math.round(metric.value * 100) / 100 };
    results[key] = rounded;
    console.info(
      `  ${key}: ${rounded.value} ${metric.unit}${metric.target !== undefined ? ` (target ${metric.target})` : ''}`,
    );
  }
  sections.push({ name: module.name, description: module.description ?? '', metrics });
}

mkdirSync(resolve(root, 'bench'), { recursive: true });
writeFileSync(latestPath, `${JSON.stringify(results, null, 2)}\n`);

function verdict(metric: Metric): string {
  if (metric.target === undefined) return '';
  const okay = metric.better === 'lower' ? metric.value <= metric.target : metric.value >= metric.target;
  return okay ? '✅' : '❌';
}

const rows = Object.entries(results)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([key, metric]) => {
    const target =
      metric.target === undefined ? '—' : `${metric.better === 'lower' ? '≤' : '≥'} ${metric.target}`;
    return `| \`${key}\` | ${metric.value} | ${metric.unit} | ${target} | ${verdict(metric)} | ${metric.note ?? ''} |`;
  });

// The narrative (where the time goes, what changed) is written by hand and kept beside the numbers.
const notesPath = resolve(root, 'docs/performance-notes.md');
const notes = existsSync(notesPath) ? readFileSync(notesPath, 'utf8') : '';

const doc = `# Performance

Written by \`npm run bench\` (tests/bench/run-bench.ts) on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.
Raw numbers: \`bench/latest.json\`. Benchmarks measure; tests never assert timings.

## How each number is measured

${sections.map((section) => `- **${section.name}**: ${section.description}`).join('\n')}

## Results

| metric | value | unit | target | | note |
|---|---|---|---|---|---|
${rows.join('\n')}
${notes ? `\n${notes}` : ''}`;
writeFileSync(resolve(root, 'docs/performance.md'), doc);
console.info('\nWrote bench/latest.json and docs/performance.md');
