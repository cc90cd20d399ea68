import { parseDateBr } from '../br/date';
import { formatMoneyPlain, parseMoney } from '../br/money';
import type { FieldSpec } from './types';

export type FieldValue = string | number | boolean | [number, number] | null;

export type Parsed = { ok: true; value: FieldValue } | { ok: false; message: string };

function parseDecimal(text: string): number | null {
  const cleaned = text.replace(/[%\s\u00a0]/g, '').replace(/\.(?=\d{3}(\D|$))/g, '');
  if (!/^-?\d+(,\d+)?$/.test(cleaned)) return null;
  return Number(cleaned.replace(',', '.'));
}

/** Applies the profile's `extract` regex (first group) to the raw text. */
export function extractRaw(raw: string, spec: FieldSpec): string {
  if (!spec.extract) return raw.trim();
  try {
    const match = new RegExp(spec.extract).exec(raw);
    return (match?.[1] ?? match?.[0] ?? '').trim();
  } catch {
    return raw.trim();
  }
}

/** Raw screen text → normalised value (centavos, ISO dates, digits-only documents, codes). */
export function parseFieldValue(raw: string, spec: FieldSpec): Parsed {
  const text = extractRaw(raw, spec);
  if (spec.truthy) {
    if (text === '') return { ok: true, value: null };
    const wanted = text.toUpperCase();
    return { ok: true, value: spec.truthy.some((t) => t.toUpperCase() === wanted) };
  }
  if (text === '') return { ok: true, value: null };
  switch (spec.kind) {
    case 'money': {
      const result = parseMoney(text);
      return result.ok ? { ok: true, value: result.data } : { ok: false, message: result.error.message };
    }
    case 'percent':
    case 'decimal': {
      const value = parseDecimal(text);
      return value === null ? { ok: false, message: 'número inválido' } : { ok: true, value };
    }
    case 'date': {
      const result = parseDateBr(text);
      return result.ok ? { ok: true, value: result.data } : { ok: false, message: result.error.message };
    }
    case 'cpfCnpj':
      return { ok: true, value: text.replace(/[^0-9A-Za-z]/g, '').toUpperCase() };
    case 'phone':
      return { ok: true, value: text.replace(/\D/g, '') };
    case 'integer': {
      const digits = /-?\d+/.exec(text.replace(/\./g, ''));
      return digits
        ? { ok: true, value: Number(digits[0]) }
        : { ok: false, message: 'número inteiro inválido' };
    }
    case 'yearPair': {
      const match = /^(\d{4})\s*\/\s*(\d{2,4})$/.exec(text);
      if (!match) return { ok: false, message: 'use o formato 2024/2025' };
      const model = match[2]!.length === 2 ? Number(match[1]!.slice(0, 2) + match[2]) : Number(match[2]);
      return { ok: true, value: [Number(match[1]), model] };
    }
    case 'checkbox':
      return { ok: true, value: text !== '' };
    default:
      return { ok: true, value: text };
  }
}

function fixed(value: number, decimals: number): string {
  return value.toFixed(decimals).replace('.', ',');
}

/** Normalised proposal value → the text the control expects (or the option code / radio value). */
export function formatFieldValue(value: string | number, spec: FieldSpec): string {
  switch (spec.kind) {
    case 'money': {
      const plain = formatMoneyPlain(Number(value));
      return spec.currencyPrefix ? `R$ ${plain}` : plain;
    }
    case 'percent':
      return fixed(Number(value), spec.decimals ?? 2);
    case 'decimal':
      return fixed(Number(value), spec.decimals ?? 6);
    case 'integer':
      return String(Math.round(Number(value)));
    default:
      // ISO-8859-1 pages mangle typographic characters: write their plain Latin-1 cousins.
      return String(value)
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[\u201c\u201d]/g, '"')
        .replace(/[\u2013\u2014]/g, '-')
        .replace(/\u2026/g, '...');
  }
}

/** Whether what the screen shows now equals what was meant (compared in normalised units). */
export function sameValue(expected: string | number, raw: string, spec: FieldSpec): boolean {
  const parsed = parseFieldValue(raw, spec);
  if (!parsed.ok) return false;
  if (typeof expected === 'number' && typeof parsed.value === 'number') {
    const decimals =
      spec.kind === 'decimal' ? (spec.decimals ?? 6) : spec.kind === 'percent' ? (spec.decimals ?? 2) : 0;
    return Math.abs(parsed.value - expected) < 10 ** -decimals / 2 + 1e-12;
  }
  const wanted = typeof expected === 'string' ? formatFieldValue(expected, spec) : String(expected);
  return String(parsed.value ?? '') === wanted.trim();
}
