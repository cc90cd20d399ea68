import { ok, type Result } from '../result';
import { readText, reject } from './field';

export type PercentOptions = {
  /** Most decimal places accepted (default 4). */
  maxDecimals?: number;
  min?: number;
  max?: number;
};

export type PercentFormat = {
  /** Decimal places shown (default 2). */
  decimals?: number;
  /** Append "%" (default false). */
  symbol?: boolean;
};

// Comma is the pt-BR decimal mark; a lone dot is taken as decimal too because rates never need
// thousands separators. Decimals are captured loosely so "too many decimals" gets its own message.
const PERCENT = /^(-?)(\d{1,9})(?:[,.](\d+))?\s*%?$/;

/** "2,62", "2,62%", "2,62 %" → 2.62. */
export function parsePercent(
  input: unknown,
  field = 'Percentual',
  options: PercentOptions = {},
): Result<number> {
  const text = readText(input, field);
  if (!text.ok) return text;
  const match = PERCENT.exec(text.data.replace(/[\u00a0\u202f]/g, ' '));
  if (!match) return reject(field, 'percentual inválido; use o formato 2,62.');
  const [, sign = '', integerPart = '', decimals = ''] = match;
  const maxDecimals = options.maxDecimals ?? 4;
  if (decimals.length > maxDecimals) return reject(field, `use no máximo ${maxDecimals} casas decimais.`);
  const parsed = Number(`${sign}${integerPart}.${decimals || '0'}`);
  const value = parsed === 0 ? 0 : parsed;
  if (options.min !== undefined && value < options.min) {
    return reject(field, `deve ser no mínimo ${limitText(options.min)}.`);
  }
  if (options.max !== undefined && value > options.max) {
    return reject(field, `deve ser no máximo ${limitText(options.max)}.`);
  }
  return ok(value);
}

const limitText = (limit: number) => `${String(limit).replace('.', ',')}%`;

/** 2.62 → "2,62" or "2,62%". Empty for values no rate can take (NaN, ±Infinity, ≥ 1e21). */
export function formatPercent(value: number, format: PercentFormat = {}): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return '';
  // toFixed throws outside 0..100 digits.
  const decimals = Math.min(20, Math.max(0, Math.trunc(format.decimals ?? 2) || 0));
  const fixed = value.toFixed(decimals).replace('.', ',');
  // toFixed keeps the sign of tiny negatives ("-0,00"), which reads as a mistake on screen.
  const text = /^-0(,0*)?$/.test(fixed) ? fixed.slice(1) : fixed;
  return format.symbol ? `${text}%` : text;
}
