import { describe, expect, it } from 'vitest';
import { ALL_STRING_TABLES, buildLocaleMessages, escapeDollars } from '../../../lib/i18n/catalog';
import { defineStrings } from '../../../lib/i18n/define';
import { t } from '../../../lib/i18n/t';

const placeholders = (text: string) => [...text.matchAll(/\$(\d)/g)].map((m) => m[1]).sort();

describe('string tables', () => {
  const entries = Object.values(ALL_STRING_TABLES).flatMap((table) => Object.values(table));

  it('use keys chrome.i18n accepts, each once', () => {
    const keys = entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('have a pt-BR and an English text with the same placeholders', () => {
    for (const entry of entries) {
      expect(entry.pt.trim(), entry.key).not.toBe('');
      expect(entry.en.trim(), entry.key).not.toBe('');
      expect(placeholders(entry.en), entry.key).toEqual(placeholders(entry.pt));
    }
  });

  it('build messages.json for both languages including the manifest strings', () => {
    const pt = buildLocaleMessages('pt');
    const en = buildLocaleMessages('en');
    expect(pt.extName?.message).toBe('Ponte CREDERE');
    expect(Object.keys(pt).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(pt).length).toBe(entries.length + 2);
  });
});

describe('escapeDollars', () => {
  it('doubles a literal dollar sign and keeps positional placeholders', () => {
    expect(escapeDollars('Parcela (R$) de $1 a $2')).toBe('Parcela (R$$) de $1 a $2');
    expect(escapeDollars('sem cifrão')).toBe('sem cifrão');
  });
});

describe('t', () => {
  it('falls back to the pt-BR text with substitutions where the i18n API has no message', () => {
    const table = defineStrings('test', {
      hello: { pt: 'Olá $1, você tem $2 propostas', en: 'Hi $1, you have $2 proposals' },
    });
    expect(t(table.hello, 'Ana', 3)).toBe('Olá Ana, você tem 3 propostas');
  });
});
