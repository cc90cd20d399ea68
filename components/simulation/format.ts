import { formatMoney, formatMoneyPlain } from '@/lib/br';

/** The symbol the money formatters print; headers name it once so the cells can leave it out. */
export const CURRENCY = 'R$';

export const money = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? '—' : formatMoney(cents);
/** Without "R$": the column header says the currency, so the table fits a narrow window. */
export const amount = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? '—' : formatMoneyPlain(cents);
/** Axis ticks: "R$ 1,8 mil". */
export const moneyShort = (cents: number) =>
  `R$ ${(cents / 100).toLocaleString('pt-BR', { notation: 'compact', maximumFractionDigits: 1 })}`;
export const pct = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : `${value.toLocaleString('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
