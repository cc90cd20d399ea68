import { ok, type Result } from '../result';
import { readText, reject } from './field';

/**
 * Anatel's DDDs. brazilian-utils only exposes its list through getAreaCodeInfo, which also bundles
 * every state's name (~0.9 KB gzip) into the content script; the unit tests check both lists agree.
 */
export const VALID_DDDS: readonly string[] = (
  '11 12 13 14 15 16 17 18 19 21 22 24 27 28 31 32 33 34 35 37 38 41 42 43 44 45 46 47 48 49 51 53 54 55 ' +
  '61 62 63 64 65 66 67 68 69 71 73 74 75 77 79 81 82 83 84 85 86 87 88 89 91 92 93 94 95 96 97 98 99'
).split(' ');

/** CREDERE customer phones take the DDD and the number as separate integers. */
export type PhoneParts = { code: number; number: number };

/**
 * "(11) 98765-4321" (mobile: DDD + 9 digits starting with 9), "(11) 3456-7890" (landline: DDD +
 * 8 digits starting with 2–5), with or without +55, or digits only → DDD + number as digits.
 */
export function parsePhone(input: unknown, field = 'Telefone'): Result<string> {
  const text = readText(input, field);
  if (!text.ok) return text;
  if (!/^\+?[\d\s().-]+$/.test(text.data)) {
    return reject(field, 'use apenas números, com ou sem parênteses, espaços e traço.');
  }
  let digits = text.data.replace(/\D/g, '');
  // Country code 55, and the long-distance trunk 0 some people still dial before the DDD.
  if ((digits.length === 12 || digits.length === 13) && digits.startsWith('55')) digits = digits.slice(2);
  else if ((digits.length === 11 || digits.length === 12) && digits.startsWith('0')) digits = digits.slice(1);
  if (digits.length !== 10 && digits.length !== 11) {
    return reject(field, 'informe DDD e número: (11) 98765-4321 (celular) ou (11) 3456-7890 (fixo).');
  }
  if (!VALID_DDDS.includes(digits.slice(0, 2))) return reject(field, `DDD ${digits.slice(0, 2)} não existe.`);
  if (digits.length === 11 && digits.charAt(2) !== '9')
    return reject(field, 'celular deve ter 9 dígitos começando com 9.');
  if (digits.length === 10 && !'2345'.includes(digits.charAt(2))) {
    return reject(
      field,
      'telefone fixo deve ter 8 dígitos começando com 2, 3, 4 ou 5; celular tem 9 dígitos.',
    );
  }
  return ok(digits);
}

/** DDD + number digits → "(11) 98765-4321" or "(11) 3456-7890". */
export function formatPhone(digits: string): string {
  const split = digits.length === 11 ? 7 : 6;
  return `(${digits.slice(0, 2)}) ${digits.slice(2, split)}-${digits.slice(split)}`;
}

/** DDD + number digits → {code: 11, number: 987654321}. */
export function splitPhone(digits: string): PhoneParts {
  return { code: Number(digits.slice(0, 2)), number: Number(digits.slice(2)) };
}

/** parsePhone, then splitPhone: the shape CREDERE customer `phones[]` expects. */
export function parsePhoneParts(input: unknown, field = 'Telefone'): Result<PhoneParts> {
  const digits = parsePhone(input, field);
  return digits.ok ? ok(splitPhone(digits.data)) : digits;
}
