import { isValidCnpj } from '@brazilian-utils/brazilian-utils/is-valid-cnpj';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCnpj, formatCpf, parseCnpj, parseCpf, parseCpfCnpj } from '../../../lib/br';
import { CUSTOMERS, FOREIGN_STORE, SELLERS, STORES } from '../../seed/world';
import { breakLastDigit, cnpjArb, completeCnpj, completeCpf, cpfArb } from './oracles';

describe('parseCpf', () => {
  it('accepts masked, digits-only and space-padded CPFs', () => {
    expect(parseCpf('529.982.247-25')).toEqual({ ok: true, data: '52998224725' });
    expect(parseCpf('52998224725')).toEqual({ ok: true, data: '52998224725' });
    expect(parseCpf('  111.444.777-35\u00a0')).toEqual({ ok: true, data: '11144477735' });
  });

  it('accepts every CPF of the seed world', () => {
    for (const cpf of [...CUSTOMERS.map((c) => c.cpf), ...SELLERS.map((s) => s.cpf)]) {
      expect(parseCpf(cpf)).toEqual({ ok: true, data: cpf });
    }
  });

  it('rejects a wrong check digit, naming the field', () => {
    expect(parseCpf('529.982.247-24', 'CPF do cliente')).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'CPF do cliente',
        message: 'CPF do cliente: dígito verificador inválido.',
      },
    });
  });

  it('rejects all-equal sequences even though their check digits add up', () => {
    for (let d = 0; d <= 9; d++) {
      const same = String(d).repeat(11);
      expect(completeCpf(same.slice(0, 9))).toBe(same);
      const result = parseCpf(same, 'CPF');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toBe('CPF: números repetidos não formam um CPF válido.');
    }
  });

  it('rejects wrong lengths, letters, empty and non-string input with specific messages', () => {
    const message = (input: unknown) => {
      const r = parseCpf(input, 'CPF do cliente');
      return r.ok ? 'accepted' : r.error.message;
    };
    expect(message('5299822472')).toBe('CPF do cliente: deve ter 11 dígitos (foram informados 10).');
    expect(message('529.982.247-2A')).toBe('CPF do cliente: use apenas números, com ou sem pontos e traço.');
    expect(message('   ')).toBe('CPF do cliente: não informado.');
    expect(message(undefined)).toBe('CPF do cliente: não informado.');
    expect(message(52998224725)).toBe('CPF do cliente: valor em formato inesperado (esperado texto).');
  });

  it('uses "CPF" as the default label', () => {
    const r = parseCpf('1');
    expect(!r.ok && r.error.field).toBe('CPF');
  });

  it('round-trips format → parse for any valid CPF and rejects a changed check digit', () => {
    fc.assert(
      fc.property(cpfArb, (cpf) => {
        const formatted = formatCpf(cpf);
        expect(formatted).toMatch(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
        expect(parseCpf(formatted)).toEqual({ ok: true, data: cpf });
        expect(parseCpf(breakLastDigit(cpf)).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseCnpj', () => {
  it('accepts the seed stores (numeric CNPJs)', () => {
    for (const cnpj of [...STORES.map((s) => s.cnpj), FOREIGN_STORE.cnpj]) {
      expect(parseCnpj(cnpj)).toEqual({ ok: true, data: cnpj });
      expect(parseCnpj(formatCnpj(cnpj))).toEqual({ ok: true, data: cnpj });
    }
    expect(formatCnpj('11222333000181')).toBe('11.222.333/0001-81');
  });

  it('accepts the Receita Federal alphanumeric example 12.ABC.345/01DE-35, any case', () => {
    // Computed independently from the published weights, so the example is not taken on trust.
    expect(completeCnpj('12ABC34501DE')).toBe('12ABC34501DE35');
    expect(parseCnpj('12.ABC.345/01DE-35')).toEqual({ ok: true, data: '12ABC34501DE35' });
    expect(parseCnpj(' 12.abc.345/01de-35 ')).toEqual({ ok: true, data: '12ABC34501DE35' });
    expect(parseCnpj('12abc34501de35')).toEqual({ ok: true, data: '12ABC34501DE35' });
    expect(formatCnpj('12abc34501de35')).toBe('12.ABC.345/01DE-35');
  });

  it('accepts a second alphanumeric CNPJ computed here', () => {
    const cnpj = completeCnpj('AB1CD2EF0001');
    expect(cnpj).toMatch(/^AB1CD2EF0001\d\d$/);
    expect(parseCnpj(formatCnpj(cnpj), 'CNPJ da loja')).toEqual({ ok: true, data: cnpj });
    const wrong = parseCnpj(breakLastDigit(cnpj), 'CNPJ da loja');
    expect(!wrong.ok && wrong.error.message).toBe('CNPJ da loja: dígito verificador inválido.');
  });

  it('rejects letters in the check digits, wrong lengths, repeated digits and symbols', () => {
    const message = (input: string) => {
      const r = parseCnpj(input, 'CNPJ da loja');
      return r.ok ? 'accepted' : r.error.message;
    };
    expect(message('12.ABC.345/01DE-3A')).toBe(
      'CNPJ da loja: os dois dígitos verificadores devem ser números.',
    );
    expect(message('1122233300018')).toBe('CNPJ da loja: deve ter 14 caracteres (foram informados 13).');
    expect(message('00.000.000/0000-00')).toBe('CNPJ da loja: números repetidos não formam um CNPJ válido.');
    expect(message('11.222.333/0001-8*')).toBe(
      'CNPJ da loja: use apenas letras e números, com ou sem pontos, barra e traço.',
    );
    expect(message('11.222.333/0001-82')).toBe('CNPJ da loja: dígito verificador inválido.');
  });

  it('round-trips format → parse for any alphanumeric CNPJ, and agrees with brazilian-utils', () => {
    fc.assert(
      fc.property(cnpjArb, fc.boolean(), (cnpj, lower) => {
        const formatted = formatCnpj(cnpj);
        expect(formatted).toMatch(/^[\dA-Z]{2}\.[\dA-Z]{3}\.[\dA-Z]{3}\/[\dA-Z]{4}-\d{2}$/);
        expect(parseCnpj(lower ? formatted.toLowerCase() : formatted)).toEqual({ ok: true, data: cnpj });
        expect(isValidCnpj(cnpj, { version: 2 })).toBe(true);
        expect(parseCnpj(breakLastDigit(cnpj)).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseCpfCnpj', () => {
  it('decides by length', () => {
    expect(parseCpfCnpj('529.982.247-25')).toEqual({ ok: true, data: { kind: 'cpf', value: '52998224725' } });
    expect(parseCpfCnpj('11.222.333/0001-81')).toEqual({
      ok: true,
      data: { kind: 'cnpj', value: '11222333000181' },
    });
    expect(parseCpfCnpj('12.abc.345/01de-35')).toEqual({
      ok: true,
      data: { kind: 'cnpj', value: '12ABC34501DE35' },
    });
  });

  it('names the field in each rejection', () => {
    const message = (input: string) => {
      const r = parseCpfCnpj(input, 'Documento do cliente');
      return r.ok ? 'accepted' : r.error.message;
    };
    expect(message('1234567890')).toBe(
      'Documento do cliente: deve ter 11 dígitos (CPF) ou 14 caracteres (CNPJ); foram informados 10.',
    );
    expect(message('5299822472A')).toBe('Documento do cliente: CPF deve ter apenas números.');
    expect(message('529.982.247-24')).toBe('Documento do cliente: dígito verificador inválido.');
    expect(message('11.222.333/0001-82')).toBe('Documento do cliente: dígito verificador inválido.');
  });

  it('round-trips both kinds', () => {
    fc.assert(
      fc.property(fc.oneof(cpfArb, cnpjArb), (doc) => {
        const kind = doc.length === 11 ? 'cpf' : 'cnpj';
        const formatted = kind === 'cpf' ? formatCpf(doc) : formatCnpj(doc);
        expect(parseCpfCnpj(formatted)).toEqual({ ok: true, data: { kind, value: doc } });
      }),
      { numRuns: 1000 },
    );
  });
});
