import { formatCnpj as buFormatCnpj } from '@brazilian-utils/brazilian-utils/format-cnpj';
import { isValidCnpj } from '@brazilian-utils/brazilian-utils/is-valid-cnpj';
import { ok, type Result } from '../result';
import { readText, reject } from './field';

const CNPJ_CHARS = /^[\dA-Z.\-\s/]+$/;

/**
 * Accepts numeric and alphanumeric CNPJs (Receita Federal issues letters in the first 12 positions
 * since July 2026), masked or not, any case; returns the 14 characters in upper case.
 */
export function parseCnpj(input: unknown, field = 'CNPJ'): Result<string> {
  const text = readText(input, field);
  if (!text.ok) return text;
  const upper = text.data.toUpperCase();
  if (!CNPJ_CHARS.test(upper)) {
    return reject(field, 'use apenas letras e números, com ou sem pontos, barra e traço.');
  }
  return checkCnpjChars(upper.replace(/[^\dA-Z]/g, ''), field);
}

/** Shared with parseCpfCnpj, which has already stripped the mask and upper-cased. */
export function checkCnpjChars(chars: string, field: string): Result<string> {
  if (chars.length !== 14) return reject(field, `deve ter 14 caracteres (foram informados ${chars.length}).`);
  if (!/^\d\d$/.test(chars.slice(12)))
    return reject(field, 'os dois dígitos verificadores devem ser números.');
  if (/^(\d)\1{13}$/.test(chars)) return reject(field, 'números repetidos não formam um CNPJ válido.');
  if (!isValidCnpj(chars, { version: 2 })) return reject(field, 'dígito verificador inválido.');
  return ok(chars);
}

/** 14 characters → `AA.AAA.AAA/AAAA-00`. */
export function formatCnpj(chars: string): string {
  return buFormatCnpj(chars.toUpperCase(), { version: 2 });
}
