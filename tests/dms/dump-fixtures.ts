/**
 * Regenerates tests/fixtures/screens/<flow-id>.html: the Calcular fator document (the frame
 * document that holds the form) of each flow, rendered with its first golden deal, scripts
 * stripped, so unit tests can parse a static copy.
 *
 *   node --import tsx tests/dms/dump-fixtures.ts [--check]
 *
 * --check exits 1 when a committed fixture differs from what the templates render now.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { seedAtendimentos } from './data';
import { makeView, renderFinancingPage } from './financing';
import { FLOW_IDS, FLOWS, type FlowId } from './flows';
import { goldenDeal } from './golden-deals';

export const FIXTURES_DIR = join(dirname(new URL(import.meta.url).pathname), '..', 'fixtures', 'screens');

/** Drops <script> elements (page behaviour), keeping the markup the content script meets. */
export function stripScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '');
}

export function renderFixture(flowId: FlowId): string {
  const deal = goldenDeal(flowId);
  const at = seedAtendimentos().find((a) => a.id === deal.atendimento);
  if (!at) throw new Error(`atendimento ${deal.atendimento} não existe`);
  const view = makeView(FLOWS[flowId], at, { activeTab: 'fator' });
  // Stored as UTF-8 for every flow; the served charset (ISO-8859-1 for Fluxo Avançado) is noted in the header.
  const html = renderFinancingPage(view, deal.financingPath).replace(/charset=iso-8859-1/, 'charset=utf-8');
  return `<!-- Gerado por tests/dms/dump-fixtures.ts (fluxo ${flowId}, atendimento ${deal.atendimento}, servido como ${FLOWS[flowId].charset}); não edite à mão. -->\n${stripScripts(html)}`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const check = process.argv.includes('--check');
  mkdirSync(FIXTURES_DIR, { recursive: true });
  let stale = 0;
  for (const flowId of FLOW_IDS) {
    const file = join(FIXTURES_DIR, `${flowId}.html`);
    const html = renderFixture(flowId);
    if (check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        // missing counts as stale
      }
      if (current !== html) {
        stale++;
        console.error(`desatualizado: ${file}`);
      }
    } else {
      writeFileSync(file, html, 'utf8');
      console.info(`gravado: ${file}`);
    }
  }
  if (stale) process.exit(1);
}
