import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyPlain, formatPercent, parseMoney, parsePercent } from '../../../lib/br';

const message = (r: { ok: boolean; error?: { message: string } }) => (r.ok ? 'accepted' : r.error?.message);

describe('parseMoney', () => {
  it.each([
    ['R$ 1.234,56', 123456],
    ['R$\u00a01.234,56', 123456],
    ['R$1.234,56', 123456],
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1234', 123400],
    ['0,5', 50],
    ['1.234.567,89', 123456789],
    ['-R$ 10,00', -1000],
    ['-R$\u00a010,00', -1000],
    ['R$ -10,00', -1000],
    ['  R$ 0,01  ', 1],
    ['-0,00', 0],
  ])('%j → %d centavos', (input, centavos) => {
    expect(parseMoney(input)).toEqual({ ok: true, data: centavos });
  });

  it('parses Intl pt-BR output, which puts U+00A0 after R$', () => {
    const intl = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(98765.43);
    expect(parseMoney(intl)).toEqual({ ok: true, data: 9876543 });
  });

  it('rejects garbage, extra decimals, ambiguous dots and huge values, naming the field', () => {
    expect(message(parseMoney('1.234,567', 'Valor da entrada'))).toBe(
      'Valor da entrada: use no máximo 2 casas decimais (centavos).',
    );
    for (const bad of [
      '1234.56',
      '12.34',
      '1.23,00',
      'R$',
      'abc',
      '1,',
      ',50',
      '--1',
      '- R$ -1',
      '1 234,00',
    ]) {
      expect(message(parseMoney(bad, 'Valor da entrada'))).toBe(
        'Valor da entrada: valor inválido; use o formato 1.234,56.',
      );
    }
    expect(message(parseMoney('99999999999999,00', 'Valor da entrada'))).toBe(
      'Valor da entrada: valor alto demais.',
    );
    expect(parseMoney('9999999999999,99')).toEqual({ ok: true, data: 999999999999999 });
  });

  it('applies optional limits in centavos', () => {
    expect(message(parseMoney('-R$ 1,00', 'Entrada', { min: 0 }))).toBe(
      'Entrada: deve ser no mínimo R$ 0,00.',
    );
    expect(message(parseMoney('R$ 1.000,01', 'Entrada', { max: 100000 }))).toBe(
      'Entrada: deve ser no máximo R$ 1.000,00.',
    );
    expect(parseMoney('R$ 1.000,00', 'Entrada', { min: 0, max: 100000 })).toEqual({ ok: true, data: 100000 });
  });
});

describe('formatMoney', () => {
  it('uses a plain space, dots for thousands and a comma for centavos', () => {
    expect(formatMoney(123456)).toBe('R$ 1.234,56');
    expect(formatMoney(5)).toBe('R$ 0,05');
    expect(formatMoney(-1000)).toBe('-R$ 10,00');
    expect(formatMoney(0)).toBe('R$ 0,00');
    expect(formatMoneyPlain(123456789)).toBe('1.234.567,89');
    expect(formatMoneyPlain(-5)).toBe('-0,05');
    expect(formatMoney(Number.NaN)).toBe('');
    expect(formatMoney(123456)).not.toContain('\u00a0');
  });

  it('matches Intl pt-BR (with U+00A0 replaced) for amounts where floats are exact', () => {
    const intl = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (centavos) => {
        expect(formatMoney(centavos)).toBe(intl.format(centavos / 100).replace(/\u00a0/g, ' '));
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips format → parse for any safe amount, with and without the symbol', () => {
    fc.assert(
      fc.property(fc.integer({ min: -999999999999999, max: 999999999999999 }), (centavos) => {
        expect(parseMoney(formatMoney(centavos))).toEqual({ ok: true, data: centavos });
        expect(parseMoney(formatMoneyPlain(centavos))).toEqual({ ok: true, data: centavos });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parsePercent / formatPercent', () => {
  it.each([
    ['2,62', 2.62],
    ['2,62%', 2.62],
    ['2,62 %', 2.62],
    ['2,62\u00a0%', 2.62],
    ['2.62', 2.62],
    ['0', 0],
    ['1,5%', 1.5],
    ['-0,75', -0.75],
  ])('%j → %d', (input, value) => {
    expect(parsePercent(input)).toEqual({ ok: true, data: value });
  });

  it('rejects garbage and too many decimals, naming the field', () => {
    expect(message(parsePercent('2,6251', 'Taxa', { maxDecimals: 2 }))).toBe(
      'Taxa: use no máximo 2 casas decimais.',
    );
    expect(message(parsePercent('2,62%%', 'Taxa'))).toBe('Taxa: percentual inválido; use o formato 2,62.');
    expect(message(parsePercent('1.234,5', 'Taxa'))).toBe('Taxa: percentual inválido; use o formato 2,62.');
    expect(message(parsePercent('%', 'Taxa'))).toBe('Taxa: percentual inválido; use o formato 2,62.');
    expect(message(parsePercent('120', 'Taxa', { max: 100 }))).toBe('Taxa: deve ser no máximo 100%.');
    expect(message(parsePercent('-1', 'Taxa', { min: 0.5 }))).toBe('Taxa: deve ser no mínimo 0,5%.');
  });

  it('formats with configurable decimals and an optional symbol', () => {
    expect(formatPercent(2.62)).toBe('2,62');
    expect(formatPercent(2.62, { symbol: true })).toBe('2,62%');
    expect(formatPercent(2.6, { decimals: 4 })).toBe('2,6000');
    expect(formatPercent(2.625, { decimals: 1, symbol: true })).toBe('2,6%');
    expect(formatPercent(-0.001)).toBe('0,00');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('');
    expect(formatPercent(1, { decimals: 500 })).toBe(`1,${'0'.repeat(20)}`);
  });

  it('round-trips format → parse for any value with up to 4 decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: -99999999, max: 99999999 }),
        fc.boolean(),
        (decimals, scaled, symbol) => {
          const value = scaled / 10 ** decimals;
          const text = formatPercent(value, { decimals, symbol });
          expect(parsePercent(text)).toEqual({ ok: true, data: value === 0 ? 0 : value });
        },
      ),
      { numRuns: 3000 },
    );
  });
});
