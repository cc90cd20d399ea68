/**
 * DE>PARA at scale: importing 10,000 profession rows (parse + validate against CREDERE's
 * list + one IndexedDB transaction, on fake-indexeddb in Node) and filtering a 10,000-row
 * list keystroke by keystroke (the function the options page runs on every input event;
 * the table then renders one page of 50 rows).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { resetDbForTests } from '../../lib/db/open';
import { buildSearchIndex, filterRows } from '../../lib/mappings/filter';
import { createMappingService } from '../../lib/mappings/service';
import { fakeLists, worldProfessions } from '../unit/mappings/fixtures';
import type { BenchModule, Metric } from './types';

const ROWS = 10_000;

function professionsCsv(): string {
  const lines = ['codigo_dms;nome_dms;id_profissao_credere;identificador_credere;nome_profissao_credere'];
  for (let i = 0; i < ROWS; i++) {
    const p = worldProfessions[i % worldProfessions.length]!;
    lines.push(`P${String(i).padStart(5, '0')};${p.label.toUpperCase()} ${i};;${p.identifier};`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function importOnce(csv: string): Promise<number> {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  const service = createMappingService({ api: async () => fakeLists() });
  const started = performance.now();
  const outcome = await service.importText('csv', csv, { kind: 'profissao' });
  const elapsed = performance.now() - started;
  if (outcome.status !== 'imported' || outcome.counts.profissao !== ROWS) {
    throw new Error(`import failed: ${JSON.stringify(outcome).slice(0, 300)}`);
  }
  if ((await service.repo.list('profissao')).length !== ROWS) throw new Error('rows missing after import');
  return elapsed;
}

function keystrokes(): { max: number; p95: number; indexMs: number } {
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const p = worldProfessions[i % worldProfessions.length]!;
    return {
      dmsCode: `P${String(i).padStart(5, '0')}`,
      dmsName: `${p.label.toUpperCase()} ${i}`,
      credereLabel: i % 3 ? p.label : '',
      mapped: i % 3 !== 0,
    };
  });
  const indexStart = performance.now();
  const index = buildSearchIndex(rows);
  const indexMs = performance.now() - indexStart;
  const typed = 'engenheiro civil';
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (let n = 1; n <= typed.length; n++) {
      const started = performance.now();
      const result = filterRows(rows, index, typed.slice(0, n), round % 2 === 1);
      result.slice(0, 50);
      times.push(performance.now() - started);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { max: sorted.at(-1)!, p95: sorted[Math.floor(sorted.length * 0.95)]!, indexMs };
}

const bench: BenchModule = {
  name: 'mappings',
  description:
    'Importing 10,000 profession rows (CSV parse, validation against the CREDERE list, one IndexedDB transaction on fake-indexeddb) and filtering 10,000 rows per keystroke.',
  async run() {
    const csv = professionsCsv();
    await importOnce(csv); // warm-up (JIT, module init)
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) runs.push(await importOnce(csv));
    const filter = keystrokes();
    const metrics: Record<string, Metric> = {
      'mappings.import_10k_professions_ms': {
        value: median(runs),
        unit: 'ms',
        target: 1000,
        better: 'lower',
        note: 'median of 3, Node + fake-indexeddb',
      },
      'mappings.filter_keystroke_10k_max_ms': {
        value: filter.max,
        unit: 'ms',
        target: 50,
        better: 'lower',
        note: 'worst of 80 keystrokes over 10,000 rows (render: one page of 50 rows)',
      },
      'mappings.filter_keystroke_10k_p95_ms': { value: filter.p95, unit: 'ms', target: 50, better: 'lower' },
      'mappings.filter_index_10k_ms': {
        value: filter.indexMs,
        unit: 'ms',
        better: 'lower',
        note: 'once per data change, not per keystroke',
      },
    };
    return metrics;
  },
};

export default bench;
