import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchModule, Metric } from './types';

const OUTPUT = resolve(import.meta.dirname, '../../.output/chrome-mv3');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every JS file an HTML entry loads (its module script and the chunks it imports). */
function entryFiles(html: string): string[] {
  const content = readFileSync(join(OUTPUT, html), 'utf8');
  const scripts = [...content.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(OUTPUT, file), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["']\/?((?:chunks|assets)\/[^"']+)["']/g))
      visit(match[1]!);
  };
  scripts.forEach(visit);
  return [...seen];
}

function sizeOf(files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(OUTPUT, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const bench: BenchModule = {
  name: 'package-size',
  description:
    'Size of each entrypoint in the built Chrome package (.output/chrome-mv3), raw and gzip, with the chunks it loads.',
  async run() {
    const entries: Record<string, string[]> = {
      background: ['background.js'],
      'content-script': ['content-scripts/dms.js'],
      options: entryFiles('options.html'),
      simulation: entryFiles('simulation.html'),
      popup: entryFiles('popup.html'),
    };
    const metrics: Record<string, Metric> = {};
    for (const [name, files] of Object.entries(entries)) {
      const { raw, gzip } = sizeOf(files);
      metrics[`size.${name}.raw`] = { value: raw / 1024, unit: 'KB', better: 'lower' };
      metrics[`size.${name}.gzip`] = {
        value: gzip / 1024,
        unit: 'KB',
        better: 'lower',
        ...(name === 'content-script' ? { target: 15 } : {}),
      };
    }
    const total = sizeOf(filesUnder(OUTPUT).map((path) => path.slice(OUTPUT.length + 1)));
    metrics['size.package.raw'] = { value: total.raw / 1024, unit: 'KB', better: 'lower' };
    metrics['size.package.gzip'] = { value: total.gzip / 1024, unit: 'KB', better: 'lower' };
    return metrics;
  },
};

export default bench;
