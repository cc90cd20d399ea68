import { describe, expect, it } from 'vitest';
import { parseProfile } from '@/lib/screens/profile-schema';
import { SHIPPED_PROFILES } from '@/lib/screens/profiles';
import { formatFieldValue, parseFieldValue, sameValue } from '@/lib/screens/values';

describe('screen profile schema', () => {
  it('accepts every shipped profile as plain JSON', () => {
    for (const profile of SHIPPED_PROFILES) {
      const parsed = parseProfile(JSON.parse(JSON.stringify(profile)));
      expect(parsed.ok, profile.id).toBe(true);
    }
  });

  it('names the path of each problem in pt-BR', () => {
    const broken = JSON.parse(JSON.stringify(SHIPPED_PROFILES[0]));
    broken.fields.entrada.kind = 'dinheiro';
    broken.fields.prazo.lokators = [];
    broken.anchor.position = 'dentro';
    const parsed = parseProfile(broken);
    expect(parsed.ok).toBe(false);
    const text = parsed.ok ? '' : parsed.errors.join('\n');
    expect(text).toMatch(/^fields\.entrada\.kind: valor inválido; use um de: text, money/m);
    expect(text).toMatch(/fields\.prazo: chave\(s\) desconhecida\(s\): lokators/);
    expect(text).toMatch(/anchor\.position: valor inválido/);
    const noId = JSON.parse(JSON.stringify(SHIPPED_PROFILES[0]));
    delete noId.fields.atendimentoId;
    const parsedNoId = parseProfile(noId);
    expect(parsedNoId.ok ? [] : parsedNoId.errors).toEqual(['fields: o campo atendimentoId é obrigatório']);
  });

  it('rejects an invalid extract regex and a bad id', () => {
    const broken = JSON.parse(JSON.stringify(SHIPPED_PROFILES[1]));
    broken.id = 'Minha Tela';
    broken.fields.lojaCode.extract = '([';
    const parsed = parseProfile(broken);
    const text = parsed.ok ? '' : parsed.errors.join('\n');
    expect(text).toMatch(/^id: use letras minúsculas/m);
    expect(text).toMatch(/fields\.lojaCode\.extract: expressão regular inválida/);
  });
});

describe('field values', () => {
  it('parses masked screen text into normalised units', () => {
    expect(parseFieldValue('R$ 189.900,00', { locators: [], kind: 'money' })).toEqual({
      ok: true,
      value: 18990000,
    });
    expect(parseFieldValue('0,026516', { locators: [], kind: 'decimal' })).toEqual({
      ok: true,
      value: 0.026516,
    });
    expect(parseFieldValue('2024/2025', { locators: [], kind: 'yearPair' })).toEqual({
      ok: true,
      value: [2024, 2025],
    });
    expect(parseFieldValue('V017 - MARINA', { locators: [], kind: 'text', extract: '^(\\S+)' })).toEqual({
      ok: true,
      value: 'V017',
    });
    expect(parseFieldValue('USADO', { locators: [], kind: 'text', truthy: ['NOVO'] })).toEqual({
      ok: true,
      value: false,
    });
    expect(parseFieldValue('31/02/1990', { locators: [], kind: 'date' }).ok).toBe(false);
  });

  it('formats proposal values for the control and compares them back', () => {
    const money = { locators: [], kind: 'money' as const, currencyPrefix: true };
    expect(formatFieldValue(4500000, money)).toBe('R$ 45.000,00');
    expect(sameValue(4500000, 'R$ 45.000,00', money)).toBe(true);
    expect(sameValue(4500001, 'R$ 45.000,00', money)).toBe(false);
    const text = { locators: [], kind: 'text' as const };
    expect(formatFieldValue('“ok” — sim', text)).toBe('"ok" - sim');
    expect(sameValue('“ok” — sim', '"ok" - sim', text)).toBe(true);
  });
});
