import type { Proposal } from '../api/credere-api';
import type { Offer } from './types';

/**
 * What goes back into the Calcular fator fields once the proposal exists. Values are in the
 * bridge's normalised units (centavos, plain numbers, DMS codes); the bridge formats them
 * for each screen. The proposal's own numbers win over the chosen condition's.
 */
export interface BankMappingRow {
  dmsCode: string;
  febrabanCode: string | null;
  storeScope: string;
}

/** CREDERE bank code → LinxDMS financeira code; a store-specific row beats an "all stores" row. */
export function financeiraFor(bankCode: string, storeId: string, rows: BankMappingRow[]): string | null {
  const matches = rows.filter(
    (row) => row.febrabanCode === bankCode && (row.storeScope === storeId || row.storeScope === '*'),
  );
  matches.sort((a, b) => Number(b.storeScope === storeId) - Number(a.storeScope === storeId));
  return matches[0]?.dmsCode ?? null;
}

/** CREDERE proposal state → LinxDMS "Situação" code. Unknown states stay "Em análise". */
export function situacaoFor(state: string | null): string {
  const s = (state ?? '').toLowerCase();
  if (/aprov/.test(s)) return 'APR';
  if (/recus|reprov|cancel/.test(s)) return 'REC';
  if (/formaliz|pag|finaliz/.test(s)) return 'FOR';
  if (/digit/.test(s)) return 'DIG';
  return 'ANA';
}

/** CREDERE return level "0".."6" → the DMS "Retorno" code, only where the DMS has that level. */
export function retornoFor(
  level: string | null,
  available: readonly string[] = ['R0', 'R1', 'R2', 'R3', 'R4'],
): string | null {
  if (level === null || !/^\d$/.test(level)) return null;
  const code = `R${level}`;
  return available.includes(code) ? code : null;
}

/** Reference attached to the atendimento (Proposta CREDERE). */
export function credereReference(proposalId: string): string {
  return `CREDERE ${proposalId}`;
}

export function writeBackValues(input: {
  offer: Offer;
  proposal: Proposal;
  financeira: string | null;
}): Record<string, string | number> {
  const { offer, proposal, financeira } = input;
  const attempt = proposal.attempt;
  const values: Record<string, string | number> = {};
  const set = (key: string, value: string | number | null | undefined) => {
    if (
      value !== null &&
      value !== undefined &&
      value !== '' &&
      !(typeof value === 'number' && !Number.isFinite(value))
    )
      values[key] = value;
  };
  set('financeira', financeira);
  set('entrada', attempt?.downPaymentCents ?? offer.downPaymentCents);
  set('valorFinanciado', attempt?.financedAmountCents ?? offer.financedAmountCents);
  set('prazo', attempt?.termFinancing ?? offer.installments);
  set('coeficiente', attempt?.coefficient ?? offer.coefficient);
  set('retorno', retornoFor(offer.retorno));
  set('taxa', offer.interestMonthly);
  set('cetMes', attempt?.cetMonthly ?? offer.cetMonthly);
  set('cetAno', attempt?.cetAnnually ?? offer.cetAnnually);
  set('parcela', attempt?.quotaCents ?? offer.installmentCents);
  set('numeroProposta', attempt?.bankProposalIdentifier ?? proposal.id);
  set('situacao', situacaoFor(attempt?.state ?? proposal.state));
  set('propostaCredere', credereReference(proposal.id));
  return values;
}
