/**
 * Arithmetic and Brazilian display formats of the demo LinxDMS. The page scripts do the same
 * arithmetic in the browser from the tables the server embeds (so they never call back to
 * compute a parcela); the server uses this module to render and to answer postbacks.
 */
import { BANKS } from '../seed/world';

/** Prazos the coefficient table holds (months). */
export const PRAZOS = [12, 18, 24, 30, 36, 42, 48, 54, 60] as const;

export interface FinanceiraTerms {
  dmsCode: string;
  /** Monthly interest rate in percent, e.g. 1.59. */
  taxaMes: number;
  /** CET a.m. in percent (taxa plus TC/IOF/registro folded in). */
  cetMes: number;
  cetAno: number;
  plans: { code: string; name: string }[];
}

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** Price-table coefficient for a monthly rate (percent) and a term, 6 decimals like the DMS tables. */
export function coefficientFor(taxaMesPercent: number, months: number): number {
  const i = taxaMesPercent / 100;
  return round(i / (1 - (1 + i) ** -months), 6);
}

export const FINANCEIRAS: FinanceiraTerms[] = BANKS.map((bank, index) => {
  // Deterministic, slightly different terms per financeira so offers and parcelas differ.
  const taxaMes = round(1.39 + index * 0.07, 2);
  const cetMes = round(taxaMes + 0.18, 2);
  return {
    dmsCode: bank.dmsCode,
    taxaMes,
    cetMes,
    cetAno: round(((1 + cetMes / 100) ** 12 - 1) * 100, 2),
    plans: [
      { code: `${bank.dmsCode}01`, name: 'CDC PADRAO' },
      { code: `${bank.dmsCode}02`, name: 'CDC LOJISTA R' },
      { code: `${bank.dmsCode}03`, name: 'CDC FEIRAO' },
    ],
  };
});

export function financeiraTerms(dmsCode: string | null | undefined): FinanceiraTerms | undefined {
  return FINANCEIRAS.find((f) => f.dmsCode === dmsCode);
}

/** financeira DMS code → prazo → coeficiente: the "tabela de coeficientes" the pages hold. */
export function coefficientTable(): Record<string, Record<string, number>> {
  const table: Record<string, Record<string, number>> = {};
  for (const f of FINANCEIRAS) {
    const row: Record<string, number> = {};
    for (const p of PRAZOS) row[String(p)] = coefficientFor(f.taxaMes, p);
    table[f.dmsCode] = row;
  }
  return table;
}

export function tableCoefficient(financeira: string | null, prazo: number | null): number | null {
  if (!financeira || !prazo) return null;
  return coefficientTable()[financeira]?.[String(prazo)] ?? null;
}

/** Retorno levels offered in the select; percent of the amount financed paid back to the store. */
export const RETORNOS = [
  { code: 'R0', name: 'R0 - Sem retorno', percent: 0 },
  { code: 'R1', name: 'R1 - 1,5%', percent: 1.5 },
  { code: 'R2', name: 'R2 - 3,0%', percent: 3 },
  { code: 'R3', name: 'R3 - 4,5%', percent: 4.5 },
  { code: 'R4', name: 'R4 - 6,0%', percent: 6 },
] as const;

export const SITUACOES = [
  { code: 'DIG', name: 'Em digitação' },
  { code: 'ANA', name: 'Em análise' },
  { code: 'APR', name: 'Aprovada' },
  { code: 'REC', name: 'Recusada' },
  { code: 'FOR', name: 'Formalizada' },
] as const;

export interface NegotiationInput {
  vehicleValueCents: number;
  downPaymentCents: number;
  financeiraCode: string | null;
  termMonths: number | null;
  retorno: string;
  /** A coefficient the user typed (flows that allow it); null = look it up in the table. */
  coefficientOverride?: number | null;
}

export interface NegotiationResult {
  financedAmountCents: number;
  downPaymentPercent: number | null;
  coefficient: number | null;
  taxaMes: number | null;
  cetMes: number | null;
  cetAno: number | null;
  installmentCents: number | null;
  retornoCents: number;
}

export function computeNegotiation(n: NegotiationInput): NegotiationResult {
  const financedAmountCents = Math.max(0, n.vehicleValueCents - n.downPaymentCents);
  const terms = financeiraTerms(n.financeiraCode);
  const coefficient = n.coefficientOverride ?? tableCoefficient(n.financeiraCode, n.termMonths);
  const retornoPercent = RETORNOS.find((r) => r.code === n.retorno)?.percent ?? 0;
  return {
    financedAmountCents,
    downPaymentPercent:
      n.vehicleValueCents > 0 ? round((n.downPaymentCents / n.vehicleValueCents) * 100, 2) : null,
    coefficient,
    taxaMes: terms?.taxaMes ?? null,
    cetMes: terms?.cetMes ?? null,
    cetAno: terms?.cetAno ?? null,
    installmentCents: coefficient === null ? null : Math.round(financedAmountCents * coefficient),
    retornoCents: Math.round((financedAmountCents * retornoPercent) / 100),
  };
}

// ---- Brazilian display formats -------------------------------------------------------------

/** 1234567 → "12.345,67" (no currency symbol; the masks add "R$ " where a flow shows it). */
export function formatMoney(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const int = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${int},${String(abs % 100).padStart(2, '0')}`;
}

/** "R$ 1.234,56", "1.234,56", "1234,56" → 123456; empty → null. */
export function parseMoney(text: string | null | undefined): number | null {
  if (!text) return null;
  const cleaned = text.replace(/R\$/g, '').replace(/\s/g, '').replace(/\./g, '').replace(',', '.');
  if (cleaned === '' || cleaned === '-') return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? Math.round(n * 100) : null;
}

export function formatDecimal(n: number | null | undefined, digits: number): string {
  if (n === null || n === undefined) return '';
  return n.toFixed(digits).replace('.', ',');
}

export function parseDecimal(text: string | null | undefined): number | null {
  if (!text) return null;
  const cleaned = text.replace(/%/g, '').replace(/\s/g, '').replace(/\./g, '').replace(',', '.');
  if (cleaned === '') return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

export function formatCpf(digits: string | null | undefined): string {
  if (!digits) return '';
  return digits.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4');
}

export function formatPhone(digits: string | null | undefined): string {
  if (!digits) return '';
  if (digits.length === 11) return digits.replace(/^(\d{2})(\d{5})(\d{4})$/, '($1) $2-$3');
  return digits.replace(/^(\d{2})(\d{4})(\d{4})$/, '($1) $2-$3');
}

/** ISO → dd/mm/aaaa. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** dd/mm/aaaa → ISO; anything incomplete → null. */
export function parseDate(text: string | null | undefined): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text?.trim() ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

export const digitsOnly = (text: string | null | undefined): string => (text ?? '').replace(/\D/g, '');
