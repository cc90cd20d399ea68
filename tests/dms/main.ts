/**
 * CLI: node --import tsx tests/dms/main.ts [--port 4020] [--host 127.0.0.1]
 * Starts the demo LinxDMS and prints each flow's entry page and Calcular fator deep link.
 */
import { GOLDEN_DEALS } from './golden-deals';
import { startDms } from './server';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = Number(arg('port') ?? 4020);
const host = arg('host') ?? '127.0.0.1';
const dms = await startDms({ port, host });
console.info(`LinxDMS (demonstração) em ${dms.origin}`);
for (const deal of GOLDEN_DEALS) {
  console.info(`\n[${deal.flow}] ${deal.flowName} - atendimento ${deal.atendimento}`);
  console.info(`  entrada:        ${dms.origin}${deal.entryPath}`);
  console.info(`  calcular fator: ${dms.origin}${deal.financingPath}`);
}
console.info(`\nOutras páginas:\n  lista:            ${dms.origin}/LinxDMS/Atendimento/Lista.aspx`);
console.info(`  página pesada:    ${dms.origin}/LinxDMS/heavy.aspx?atendimento=123456`);
console.info(
  `  sessão expirada:  ${dms.origin}/LinxDMS/Atendimento/FluxoAvancado.aspx?atendimento=123456&sessao=expirada`,
);
const stop = () => {
  void dms.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
