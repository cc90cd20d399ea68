import { ok, type Result } from '../result';
import { readText, reject } from './field';

export type MoneyLimits = {
  /** Smallest accepted value, in centavos. */
  min?: number;
  /** Largest accepted value, in centavos. */
  max?: number;
};

// Sign, optional "R$", then either 1.234.567 (groups of three) or plain digits, then up to ",dd…".
// Decimals are captured loosely so "too many decimals" gets its own message.
const MONEY = /^(-?)\s*(?:R\$)?\s*(-?)\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/i;
// Below 2^53 / 100, so reais * 100 + centavos stays a safe integer.
const MAX_REAIS_DIGITS = 13;

/**
 * "R$ 1.234,56", "1.234,56", "1234,56", "1234", "-R$ 10,00" (NBSP or spaces) → integer centavos.
 * A dot is only ever a thousands separator: "1234.56" is rejected rather than guessed.
 */
export function parseMoney(input: unknown, field = 'Valor', limits: MoneyLimits = {}): Result<number> {
  const text = readText(input, field);
  if (!text.ok) return text;
  const match = MONEY.exec(text.data.replace(/[\u00a0\u202f]/g, ' '));
  if (!match) return reject(field, 'valor inválido; use o formato 1.234,56.');
  const [, signBefore, signAfter, integerPart = '', decimals = ''] = match;
  if (signBefore && signAfter) return reject(field, 'valor inválido; use o formato 1.234,56.');
  if (decimals.length > 2) return reject(field, 'use no máximo 2 casas decimais (centavos).');
  const reaisDigits = integerPart.replace(/\./g, '').replace(/^0+(?=\d)/, '');
  if (reaisDigits.length > MAX_REAIS_DIGITS) return reject(field, 'valor alto demais.');
  const magnitude = Number(reaisDigits) * 100 + Number(decimals.padEnd(2, '0'));
  const centavos = signBefore || signAfter ? -magnitude : magnitude;
  // "-0,00" would otherwise come back as -0, which is not what anyone typed a minus for.
  const value = centavos === 0 ? 0 : centavos;
  if (limits.min !== undefined && value < limits.min) {
    return reject(field, `deve ser no mínimo ${formatMoney(limits.min)}.`);
  }
  if (limits.max !== undefined && value > limits.max) {
    return reject(field, `deve ser no máximo ${formatMoney(limits.max)}.`);
  }
  return ok(value);
}

/**
 * Centavos → "1.234,56" (no symbol), for masked DMS inputs. Integer arithmetic rather than Intl
 * so large amounts never pick up floating-point error; non-integers are rounded to the centavo.
 */
export function formatMoneyPlain(centavos: number): string {
  if (!Number.isFinite(centavos)) return '';
  const rounded = Math.round(centavos);
  const abs = Math.abs(rounded);
  const reais = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, '.');
  const cents = String(abs % 100).padStart(2, '0');
  return `${rounded < 0 ? '-' : ''}${reais},${cents}`;
}

/** Centavos → "R$ 1.234,56" with a plain space (Intl would put U+00A0, which masked inputs reject). */
export function formatMoney(centavos: number): string {
  const plain = formatMoneyPlain(centavos);
  if (plain === '') return '';
  return plain.startsWith('-') ? `-R$ ${plain.slice(1)}` : `R$ ${plain}`;
}
