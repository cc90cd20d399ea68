import { formatCep as buFormatCep } from '@brazilian-utils/brazilian-utils/format-cep';
import { ok, type Result } from '../result';
import { readText, reject } from './field';

/** "00000-000", "00.000-000" or 8 digits → 8 digits. */
export function parseCep(input: unknown, field = 'CEP'): Result<string> {
  const text = readText(input, field);
  if (!text.ok) return text;
  if (!/^[\d.\-\s]+$/.test(text.data)) return reject(field, 'use apenas números, com ou sem traço.');
  const digits = text.data.replace(/\D/g, '');
  if (digits.length !== 8) return reject(field, `deve ter 8 dígitos (foram informados ${digits.length}).`);
  return ok(digits);
}

/** 8 digits → "00000-000". */
export function formatCep(digits: string): string {
  return buFormatCep(digits);
}
