import { formatCpf as buFormatCpf } from '@brazilian-utils/brazilian-utils/format-cpf';
import { isValidCpf } from '@brazilian-utils/brazilian-utils/is-valid-cpf';
import { ok, type Result } from '../result';
import { readText, reject } from './field';

const CPF_CHARS = /^[\d.\-\s/]+$/;

/** Accepts `000.000.000-00` or 11 digits (spaces around allowed) and returns the 11 digits. */
export function parseCpf(input: unknown, field = 'CPF'): Result<string> {
  const text = readText(input, field);
  if (!text.ok) return text;
  if (!CPF_CHARS.test(text.data)) return reject(field, 'use apenas números, com ou sem pontos e traço.');
  const digits = text.data.replace(/\D/g, '');
  return checkCpfDigits(digits, field);
}

/** Shared with parseCpfCnpj, which has already stripped the mask. */
export function checkCpfDigits(digits: string, field: string): Result<string> {
  if (digits.length !== 11) return reject(field, `deve ter 11 dígitos (foram informados ${digits.length}).`);
  if (/^(\d)\1{10}$/.test(digits)) return reject(field, 'números repetidos não formam um CPF válido.');
  if (!isValidCpf(digits)) return reject(field, 'dígito verificador inválido.');
  return ok(digits);
}

/** 11 digits → `000.000.000-00`. */
export function formatCpf(digits: string): string {
  return buFormatCpf(digits);
}
