import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../lib/mappings/normalize';
import { suggestBancos, suggestLojas, suggestProfissoes } from '../../../lib/mappings/suggest';
import { BANKS, INTEGRATED_BANKS, PROFESSIONS, STORES } from '../../seed/world';
import { worldBanks, worldProfessions, worldStores } from './fixtures';

const profRow = (dmsCode: string, dmsName: string) => ({
  dmsCode,
  dmsName,
  credereProfessionId: null,
  credereIdentifier: null,
  credereLabel: null,
});

describe('normalizeName', () => {
  it('folds accents and case and expands DMS abbreviations', () => {
    expect(normalizeName('ENG. CIVIL')).toBe('engenheiro civil');
    expect(normalizeName('AUX. DE ENFERMAGEM')).toBe('auxiliar enfermagem');
    expect(normalizeName('Auxiliar de Enfermagem')).toBe('auxiliar enfermagem');
    expect(normalizeName('PROFESSOR ENS. FUNDAMENTAL')).toBe(
      normalizeName('Professor de Ensino Fundamental'),
    );
    expect(normalizeName('Mecânico')).toBe(normalizeName('MECANICO'));
  });
});

describe('suggestProfissoes', () => {
  it('maps every world DMS profession to its CREDERE profession', () => {
    const rows = PROFESSIONS.map((p) => profRow(p.dmsCode, p.dmsName));
    const suggestions = suggestProfissoes(rows, worldProfessions);
    for (const p of PROFESSIONS) {
      const s = suggestions.find((x) => x.dmsCode === p.dmsCode);
      expect(s?.label, p.dmsName).toBe(p.credereName);
    }
  });

  it('scores abbreviation and accent cases as same name, typos as similar with a lower score', () => {
    const [eng, aux, med, typo] = suggestProfissoes(
      [
        profRow('1', 'ENG. CIVIL'),
        profRow('2', 'AUX. DE ENFERMAGEM'),
        profRow('3', 'MEDICO'),
        profRow('4', 'ENFERMERO'),
      ],
      worldProfessions,
    );
    expect(eng).toMatchObject({ label: 'Engenheiro Civil', score: 1, reason: 'nome-igual' });
    expect(eng!.patch).toMatchObject({
      credereIdentifier: 'engenheiro_civil',
      credereLabel: 'Engenheiro Civil',
    });
    expect(aux).toMatchObject({ label: 'Auxiliar de Enfermagem', reason: 'nome-igual' });
    expect(med).toMatchObject({ label: 'Médico', reason: 'nome-igual' });
    expect(typo).toMatchObject({ label: 'Enfermeiro', reason: 'nome-parecido' });
    expect(typo!.score).toBeLessThan(1);
    expect(typo!.score).toBeGreaterThan(0.5);
  });

  it('suggests nothing for a name unlike any profession', () => {
    expect(suggestProfissoes([profRow('9', 'XYZW QWERTY')], worldProfessions)).toEqual([]);
  });
});

describe('suggestLojas', () => {
  it('matches by CNPJ first, whatever the name', () => {
    const [s] = suggestLojas(
      [
        {
          dmsCode: '9',
          dmsName: 'NOME QUALQUER',
          cnpj: '11.222.333/0002-62',
          credereStoreId: null,
          credereStoreName: null,
        },
      ],
      worldStores,
    );
    expect(s).toMatchObject({ reason: 'cnpj', score: 1, patch: { credereStoreId: '3102' } });
  });

  it('falls back to the name (display name) without a CNPJ', () => {
    const rows = STORES.map((s) => ({
      dmsCode: s.dmsCode,
      dmsName: s.dmsName,
      cnpj: null,
      credereStoreId: null,
      credereStoreName: null,
    }));
    const suggestions = suggestLojas(rows, worldStores);
    expect(suggestions.map((s) => s.patch.credereStoreId)).toEqual(STORES.map((s) => String(s.credereId)));
    expect(suggestions.every((s) => s.reason === 'nome-igual')).toBe(true);
  });
});

describe('suggestBancos', () => {
  it('maps every world financeira by name among the store integrated banks', () => {
    const integrated = worldBanks.filter((b) => INTEGRATED_BANKS[3101]!.includes(b.code));
    const rows = BANKS.map((b) => ({
      storeScope: '3101',
      dmsCode: b.dmsCode,
      dmsName: b.dmsName,
      febrabanCode: null,
      credereBankId: null,
    }));
    const suggestions = suggestBancos(rows, integrated);
    for (const bank of BANKS.filter((b) => INTEGRATED_BANKS[3101]!.includes(b.code))) {
      expect(suggestions.find((s) => s.dmsCode === bank.dmsCode)?.patch, bank.dmsName).toEqual({
        febrabanCode: bank.code,
        credereBankId: bank.credereId,
      });
    }
    // FONTECRED is not integrated in 3101: no suggestion may point outside the store's banks.
    expect(suggestions.every((s) => INTEGRATED_BANKS[3101]!.includes(String(s.patch.febrabanCode)))).toBe(
      true,
    );
  });

  it('matches by febraban code when the DMS code is the COMPE code', () => {
    const [s] = suggestBancos(
      [{ storeScope: '*', dmsCode: '341', dmsName: 'BANCO X', febrabanCode: null, credereBankId: null }],
      worldBanks,
    );
    expect(s).toMatchObject({
      reason: 'febraban',
      score: 1,
      patch: { febrabanCode: '341', credereBankId: 116 },
    });
  });
});
