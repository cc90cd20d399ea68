/**
 * Financing maths for simulated bank answers: Price-table installments, IOF, fees and
 * CET as the internal rate of return of what the customer actually receives. Numbers
 * are deterministic: rates depend only on the seed, the CPF, the bank and the term.
 */
import { unitFor } from './random';

const BASE_MONTHLY_RATE: Record<string, number> = {
  '033': 1.79,
  '341': 1.85,
  '342': 1.65,
  '394': 1.95,
  '422': 1.72,
  '623': 2.29,
  '655': 1.99,
  '336': 1.89,
  M22: 1.49,
  fontecred: 2.79,
  moneyplus: 2.99,
};

/** Tarifa de cadastro (contract_record_rate) per bank, in cents. */
const CONTRACT_RECORD_RATE: Record<string, number> = {
  '033': 79_900,
  '341': 84_900,
  '342': 0,
  '394': 89_900,
  '422': 69_900,
  '623': 99_900,
  '655': 89_000,
  '336': 75_000,
  M22: 65_000,
  fontecred: 120_000,
  moneyplus: 135_000,
};

/** Registro de contrato no DETRAN, per UF (cents). */
const REGISTER_RATE_BY_UF: Record<string, number> = { SP: 24_313, RJ: 29_871, MG: 21_450 };

export interface QuoteInput {
  seed: number;
  cpf: string;
  bankCode: string;
  installments: number;
  principal: number;
  assetsValue: number;
  downPayment: number;
  approval: 2 | 3;
  zeroKm: boolean;
  licensingUf: string;
  includeInsurance: boolean;
  returnLevel: number;
}

export interface Expense {
  id: number;
  type: string;
  credere_type: string;
  value: number;
  fixed_value: number | null;
  min_value: number | null;
  max_value: number | null;
  percentage: number | null;
  over_total: boolean;
  payload: { credere_type: string; bank_expense_id: number };
}

export interface Quote {
  interestMonthly: number;
  interestAnnually: number;
  cetMonthly: number;
  cetAnnually: number;
  installmentValue: number;
  firstInstallment: number;
  lastInstallment: number;
  paymentFlow: Record<string, number>;
  amountPaid: number;
  totalFinanced: number;
  coefficient: number;
  expenses: Array<Omit<Expense, 'id'>>;
  iofValue: number;
  returnValueCents: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function monthlyRate(input: QuoteInput): number {
  const base = BASE_MONTHLY_RATE[input.bankCode] ?? 2.1;
  const termAdd = (Math.max(0, input.installments - 12) / 12) * 0.015;
  const approvalAdd = input.approval === 2 ? 0.22 : 0;
  const ratio = input.assetsValue > 0 ? input.downPayment / input.assetsValue : 0;
  const entryAdd = ratio < 0.2 ? 0.1 : ratio >= 0.4 ? -0.08 : 0;
  const usedAdd = input.zeroKm ? 0 : 0.12;
  const jitter = (unitFor(input.seed, `${input.cpf}:${input.bankCode}:${input.installments}`) - 0.5) * 0.1;
  return round2(base + termAdd + approvalAdd + entryAdd + usedAdd + input.returnLevel * 0.05 + jitter);
}

function pmt(principal: number, rate: number, n: number): number {
  return rate === 0 ? principal / n : (principal * rate) / (1 - (1 + rate) ** -n);
}

/** IOF for individuals: 0.38% flat plus 0.0082% a day on each amortization, days capped at 365. */
function iofFor(base: number, rate: number, n: number): number {
  const payment = pmt(base, rate, n);
  let balance = base;
  let daily = 0;
  for (let k = 1; k <= n; k++) {
    const interest = balance * rate;
    const amort = payment - interest;
    daily += amort * 0.000082 * Math.min(30 * k, 365);
    balance -= amort;
  }
  return Math.round(base * 0.0038 + daily);
}

/** Monthly internal rate of return: received = Σ flow_k / (1+r)^k. */
export function irr(received: number, flows: number[]): number {
  let lo = 0;
  let hi = 1;
  for (let iter = 0; iter < 200; iter++) {
    const mid = (lo + hi) / 2;
    const pv = flows.reduce((sum, f, k) => sum + f / (1 + mid) ** (k + 1), 0);
    if (pv > received) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function quote(input: QuoteInput): Quote {
  const ratePct = monthlyRate(input);
  const rate = ratePct / 100;
  const n = input.installments;
  const expenses: Array<Omit<Expense, 'id'>> = [];
  const addExpense = (type: string, value: number, extra: Partial<Expense> = {}) => {
    if (value <= 0) return;
    expenses.push({
      type,
      credere_type: type,
      value,
      fixed_value: extra.percentage ? null : value,
      min_value: null,
      max_value: null,
      percentage: extra.percentage ?? null,
      over_total: extra.over_total ?? false,
      payload: {
        credere_type: type,
        bank_expense_id: Math.abs(hashCode(`${input.bankCode}:${type}`)) % 100000,
      },
    });
  };
  addExpense('contract_record_rate', CONTRACT_RECORD_RATE[input.bankCode] ?? 80_000);
  addExpense('register_rate', REGISTER_RATE_BY_UF[input.licensingUf] ?? 25_000);
  if (!input.zeroKm) addExpense('property_valuation_rate', 38_000);
  if (input.includeInsurance)
    addExpense('spf', Math.round(input.principal * 0.035), { percentage: 3.5, over_total: true });
  const feesTotal = expenses.reduce((s, e) => s + e.value, 0);
  const iof = iofFor(input.principal + feesTotal, rate, n);
  addExpense('iof_value', iof, { percentage: null });
  const totalFinanced = input.principal + feesTotal + iof;
  const installment = Math.round(pmt(totalFinanced, rate, n));
  // Rounding leftovers go to the last installment, as bank carnês do.
  let balance = totalFinanced;
  for (let k = 1; k < n; k++) balance = balance * (1 + rate) - installment;
  const last = Math.round(balance * (1 + rate));
  const flow: Record<string, number> = {};
  const flows: number[] = [];
  for (let k = 1; k <= n; k++) {
    const value = k === n ? last : installment;
    flow[String(k)] = value;
    flows.push(value);
  }
  const amountPaid = flows.reduce((s, f) => s + f, 0);
  const cet = irr(input.principal, flows);
  return {
    interestMonthly: ratePct,
    interestAnnually: round2(((1 + rate) ** 12 - 1) * 100),
    cetMonthly: round2(cet * 100),
    cetAnnually: round2(((1 + cet) ** 12 - 1) * 100),
    installmentValue: installment,
    firstInstallment: installment,
    lastInstallment: last,
    paymentFlow: flow,
    amountPaid,
    totalFinanced,
    coefficient: Math.round((installment / input.principal) * 1e6) / 1e6,
    expenses,
    iofValue: iof,
    returnValueCents: Math.round(input.principal * input.returnLevel * 0.01),
  };
}

function hashCode(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return h;
}

/** The bank's suggested down payment: at least 30% of the asset, on a R$ 0,50 grid. */
export function suggestedDownPayment(assetsValue: number, requested: number): number {
  const target = Math.max(Math.round(assetsValue * 0.3), requested + Math.round(assetsValue * 0.075));
  return Math.min(assetsValue - 100_000, Math.round(target / 50) * 50 - 50);
}
