/**
 * Independent re-statements of the published rules (linxdms-screens.md §7), written from the
 * spec rather than from lib/br or brazilian-utils, so the tests can catch a wrong library too.
 */
import fc from 'fast-check';

const mod11 = (chars: string, weights: number[]): number => {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (chars.charCodeAt(i) - 48) * (weights[i] ?? 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
};

/** 9 digits → the full 11-digit CPF. */
export function completeCpf(base: string): string {
  const first = mod11(base, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = mod11(`${base}${first}`, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return `${base}${first}${second}`;
}

/** 12 characters (0-9, A-Z) → the full 14-character CNPJ; each character counts as ASCII − 48. */
export function completeCnpj(base: string): string {
  const first = mod11(base, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = mod11(`${base}${first}`, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return `${base}${first}${second}`;
}

/** Changes one check digit so the document is certainly wrong. */
export function breakLastDigit(doc: string): string {
  const last = Number(doc.slice(-1));
  return `${doc.slice(0, -1)}${(last + 1) % 10}`;
}

const digit = fc.constantFrom(...'0123456789'.split(''));
const alnum = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));

export const cpfArb = fc
  .string({ unit: digit, minLength: 9, maxLength: 9 })
  .filter((base) => !/^(\d)\1+$/.test(base))
  .map(completeCpf);

export const cnpjArb = fc
  .string({ unit: alnum, minLength: 12, maxLength: 12 })
  .filter((base) => !/^(\d)\1+$/.test(base))
  .map(completeCnpj);

export const digitsArb = (length: number) => fc.string({ unit: digit, minLength: length, maxLength: length });
