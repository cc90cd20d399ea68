import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseCep,
  parseCnpj,
  parseCpf,
  parseCpfCnpj,
  parseDateBr,
  parseIsoDate,
  parseMoney,
  parsePercent,
  parsePhone,
  parsePhoneParts,
} from '../../../lib/br';
import type { Result } from '../../../lib/result';

const LABEL = 'Campo de teste';
const WELL_FORMED = new RegExp(`^${LABEL}: \\S.*\\.$`);
const SUSPICIOUS = /undefined|NaN|null|\[object/;

/** What an accepted value must look like, per parser: the parsers may only hand out clean data. */
const parsers: [string, (input: unknown, field: string) => Result<unknown>, (data: unknown) => boolean][] = [
  ['parseCpf', parseCpf, (d) => typeof d === 'string' && /^\d{11}$/.test(d)],
  ['parseCnpj', parseCnpj, (d) => typeof d === 'string' && /^[\dA-Z]{12}\d\d$/.test(d)],
  [
    'parseCpfCnpj',
    parseCpfCnpj,
    (d) => {
      const v = d as { kind: string; value: string };
      return (
        (v.kind === 'cpf' && /^\d{11}$/.test(v.value)) ||
        (v.kind === 'cnpj' && /^[\dA-Z]{12}\d\d$/.test(v.value))
      );
    },
  ],
  ['parseMoney', (i, f) => parseMoney(i, f), (d) => Number.isSafeInteger(d)],
  ['parsePercent', (i, f) => parsePercent(i, f), (d) => typeof d === 'number' && Number.isFinite(d)],
  ['parseDateBr', parseDateBr, (d) => typeof d === 'string' && /^\d{4}-\d\d-\d\d$/.test(d)],
  ['parseIsoDate', parseIsoDate, (d) => typeof d === 'string' && /^\d{4}-\d\d-\d\d$/.test(d)],
  ['parsePhone', parsePhone, (d) => typeof d === 'string' && /^\d{10,11}$/.test(d)],
  [
    'parsePhoneParts',
    parsePhoneParts,
    (d) => {
      const v = d as { code: number; number: number };
      return Number.isInteger(v.code) && Number.isInteger(v.number);
    },
  ],
  ['parseCep', parseCep, (d) => typeof d === 'string' && /^\d{8}$/.test(d)],
];

// Mostly "near misses" built from the characters these formats use, so the deeper checks run too,
// plus unrestricted text (emoji, control characters, lone surrogates) and very long strings.
const formatChars = fc.constantFrom(...'0123456789 .,-/()+%R$:TZAbx\u00a0'.split(''));
const inputs = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: formatChars, maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: formatChars, minLength: 60, maxLength: 70 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 200, maxLength: 1200 }) },
);

describe('every parser, on arbitrary input', () => {
  it.each(parsers)(
    '%s never throws and every rejection names the field in pt-BR',
    (_name, parse, isClean) => {
      fc.assert(
        // Plain boolean checks: expect() in a 10,000-run loop costs more than the parsers themselves.
        fc.property(inputs, (input) => {
          const result = parse(input, LABEL);
          if (result.ok) return isClean(result.data);
          const { code, field, message } = result.error;
          return (
            code === 'VALIDATION' && field === LABEL && WELL_FORMED.test(message) && !SUSPICIOUS.test(message)
          );
        }),
        { numRuns: 10000 },
      );
    },
  );

  it.each(parsers)('%s handles non-string input', (_name, parse) => {
    for (const input of [null, undefined, 0, 12345678909, Number.NaN, {}, [], true, Symbol('x'), 10n]) {
      const result = parse(input, LABEL);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error.message).toMatch(/^Campo de teste: (não informado|valor em formato)/);
    }
  });
});
