import { formatMoney } from '@/lib/br';

export const money = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? '—' : formatMoney(cents);
export const pct = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : `${value.toLocaleString('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`;
