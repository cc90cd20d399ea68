import { getAreaCodeInfo } from '@brazilian-utils/brazilian-utils/get-area-code-info';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCep,
  formatPhone,
  parseCep,
  parsePhone,
  parsePhoneParts,
  splitPhone,
  VALID_DDDS,
} from '../../../lib/br';
import { CUSTOMERS } from '../../seed/world';
import { digitsArb } from './oracles';

const message = (r: { ok: boolean; error?: { message: string } }) => (r.ok ? 'accepted' : r.error?.message);

describe('parsePhone', () => {
  it.each([
    ['(11) 98765-4321', '11987654321'],
    ['(11) 3456-7890', '1134567890'],
    ['11987654321', '11987654321'],
    ['+55 (11) 98765-4321', '11987654321'],
    ['+5582999001000', '82999001000'],
    ['55 84 3456-7890', '8434567890'],
    ['011 98765-4321', '11987654321'],
    [' (84) 90000-0000 ', '84900000000'],
  ])('%j → %s', (input, digits) => {
    expect(parsePhone(input)).toEqual({ ok: true, data: digits });
  });

  it('rejects unknown DDDs, mobiles not starting with 9, landlines starting with 6-9, letters', () => {
    expect(message(parsePhone('(10) 98765-4321', 'Celular'))).toBe('Celular: DDD 10 não existe.');
    expect(message(parsePhone('(20) 3456-7890', 'Celular'))).toBe('Celular: DDD 20 não existe.');
    expect(message(parsePhone('(11) 88765-4321', 'Celular'))).toBe(
      'Celular: celular deve ter 9 dígitos começando com 9.',
    );
    expect(message(parsePhone('(11) 8765-4321', 'Celular'))).toBe(
      'Celular: telefone fixo deve ter 8 dígitos começando com 2, 3, 4 ou 5; celular tem 9 dígitos.',
    );
    expect(message(parsePhone('98765-4321', 'Celular'))).toBe(
      'Celular: informe DDD e número: (11) 98765-4321 (celular) ou (11) 3456-7890 (fixo).',
    );
    expect(message(parsePhone('(11) 9876S-4321', 'Celular'))).toBe(
      'Celular: use apenas números, com ou sem parênteses, espaços e traço.',
    );
  });

  it('keeps the same DDD list as brazilian-utils', () => {
    for (let n = 0; n <= 99; n++) {
      const ddd = String(n).padStart(2, '0');
      expect(VALID_DDDS.includes(ddd), ddd).toBe(getAreaCodeInfo(ddd) !== null);
    }
  });

  it('formats and splits for CREDERE', () => {
    expect(formatPhone('11987654321')).toBe('(11) 98765-4321');
    expect(formatPhone('1134567890')).toBe('(11) 3456-7890');
    expect(splitPhone('84999999999')).toEqual({ code: 84, number: 999999999 });
    expect(parsePhoneParts('+5582999001000')).toEqual({ ok: true, data: { code: 82, number: 999001000 } });
    expect(message(parsePhoneParts('123', 'Telefone do cliente'))).toMatch(/^Telefone do cliente: /);
    for (const c of CUSTOMERS)
      if (c.phone) expect(parsePhone(formatPhone(c.phone))).toEqual({ ok: true, data: c.phone });
  });

  it('round-trips format → parse for every mobile and landline, with and without +55', () => {
    const mobile = fc
      .tuple(fc.constantFrom(...VALID_DDDS), digitsArb(8))
      .map(([ddd, rest]) => `${ddd}9${rest}`);
    const landline = fc
      .tuple(fc.constantFrom(...VALID_DDDS), fc.constantFrom('2', '3', '4', '5'), digitsArb(7))
      .map(([ddd, first, rest]) => `${ddd}${first}${rest}`);
    fc.assert(
      fc.property(fc.oneof(mobile, landline), (digits) => {
        const formatted = formatPhone(digits);
        expect(formatted).toMatch(/^\(\d\d\) \d{4,5}-\d{4}$/);
        expect(parsePhone(formatted)).toEqual({ ok: true, data: digits });
        expect(parsePhone(`+55 ${formatted}`)).toEqual({ ok: true, data: digits });
        const { code, number } = splitPhone(digits);
        expect(`${code}${number}`).toBe(digits);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('CEP', () => {
  it('parses and formats', () => {
    expect(parseCep('59075-810')).toEqual({ ok: true, data: '59075810' });
    expect(parseCep('59075810')).toEqual({ ok: true, data: '59075810' });
    expect(formatCep('01310100')).toBe('01310-100');
    expect(message(parseCep('5907-810', 'CEP do cliente'))).toBe(
      'CEP do cliente: deve ter 8 dígitos (foram informados 7).',
    );
    expect(message(parseCep('59075-81O', 'CEP do cliente'))).toBe(
      'CEP do cliente: use apenas números, com ou sem traço.',
    );
  });

  it('round-trips format → parse', () => {
    fc.assert(
      fc.property(digitsArb(8), (digits) => {
        expect(formatCep(digits)).toMatch(/^\d{5}-\d{3}$/);
        expect(parseCep(formatCep(digits))).toEqual({ ok: true, data: digits });
      }),
      { numRuns: 2000 },
    );
  });
});
