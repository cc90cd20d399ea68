import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../lib/db/open';
import { checkImportSize, decodeImportBytes, MAX_IMPORT_BYTES } from '../../../lib/mappings/decode';
import { checkCsvImport, checkJsonImport, type KnownLists } from '../../../lib/mappings/import';
import { createMappingService } from '../../../lib/mappings/service';
import { fakeLists, worldBanks, worldProfessions, worldStores } from './fixtures';

const known: KnownLists = {
  stores: worldStores,
  banks: worldBanks,
  integrated: { '3101': worldBanks.filter((b) => ['033', '341', '623'].includes(b.code)) },
  professions: worldProfessions,
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
});

const PROF_HEADER = 'codigo_dms;nome_dms;id_profissao_credere;identificador_credere;nome_profissao_credere';

describe('decodeImportBytes', () => {
  it('accepts UTF-8 with and without BOM', () => {
    const text = 'codigo_dms;nome_dms\n0118;MECÂNICO\n';
    const plain = decodeImportBytes(new TextEncoder().encode(text));
    const bom = decodeImportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(plain).toEqual({ ok: true, text });
    expect(bom).toEqual({ ok: true, text });
  });

  it('rejects Latin-1 with the line of the first bad byte and tells to save as UTF-8', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('a;b\n0101;ADMINISTRADOR\n0118;MEC'),
      0xc2,
      0x4e,
      0x49,
      0x43,
      0x4f,
      0x0a,
    ]);
    const result = decodeImportBytes(latin1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.line).toBe(3);
    expect(result.problems[0]!.message).toMatch(/não está em UTF-8.*linha 3.*CSV UTF-8/);
  });

  it('rejects files over 5 MB by size alone', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(50 * 1024 * 1024)?.message).toMatch(/grande demais \(50 MB\).*5 MB/);
  });
});

describe('checkCsvImport', () => {
  it('accepts ; and , delimiters and completes the CREDERE side from the lists', () => {
    for (const sep of [';', ',']) {
      const csv = [
        PROF_HEADER.replaceAll(';', sep),
        ['0114', 'ENG. CIVIL', '', 'engenheiro_civil', ''].join(sep),
      ].join('\n');
      const result = checkCsvImport(csv, known, 'profissao');
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const civil = worldProfessions.find((p) => p.identifier === 'engenheiro_civil')!;
      expect(result.plan.profissao).toEqual([
        {
          dmsCode: '0114',
          dmsName: 'ENG. CIVIL',
          credereProfessionId: civil.id,
          credereIdentifier: 'engenheiro_civil',
          credereLabel: 'Engenheiro Civil',
        },
      ]);
    }
  });

  it('reports wrong columns on the header line with the expected columns', () => {
    const result = checkCsvImport('codigo;descricao\n1;X\n', known, 'profissao');
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          message: expect.stringMatching(
            /^Linha 1: colunas erradas\. Colunas desconhecidas: codigo, descricao\. Colunas que faltam: codigo_dms, nome_dms/,
          ),
        },
      ],
    });
  });

  it('reports unknown CREDERE ids, duplicates and empty codes by line, all at once', () => {
    const csv = [
      PROF_HEADER,
      '0101;ADMINISTRADOR;;administrador;',
      '0102;ADVOGADO;99999;;',
      '0103;ANALISTA;;nao_existe;',
      '0101;ADMIN DE NOVO;;administrador;',
      ';SEM CODIGO;;;',
      '0104;ARQUITETO;abc;;',
    ].join('\r\n');
    const result = checkCsvImport(csv, known, 'profissao');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7]);
    expect(result.problems[0]!.message).toBe(
      'Linha 3: id da profissão CREDERE 99999 não existe na lista de profissões da CREDERE.',
    );
    expect(result.problems[1]!.message).toMatch(
      /^Linha 4: identificador de profissão CREDERE "nao_existe" não existe/,
    );
    expect(result.problems[2]!.message).toBe('Linha 5: código DMS 0101 repetido (já aparece na linha 2).');
    expect(result.problems[3]!.message).toBe('Linha 6: código DMS vazio.');
    expect(result.problems[4]!.message).toBe('Linha 7: id da profissão CREDERE deve ser número inteiro.');
  });

  it('does not check ids when the CREDERE lists are unknown', () => {
    const result = checkCsvImport(`${PROF_HEADER}\n0102;ADVOGADO;99999;;\n`, {}, 'profissao');
    expect(result.ok).toBe(true);
  });

  it('checks bank codes against the store integrated banks', () => {
    const csv =
      'loja_credere;codigo_dms;nome_dms;codigo_febraban;id_banco_credere\n3101;10;SANTANDER;033;\n3101;15;PAN;623;1\n3101;14;SAFRA;422;\n9999;16;BV;655;\n';
    const result = checkCsvImport(csv, known, 'banco');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        line: 3,
        message: 'Linha 3: id do banco CREDERE 1 não corresponde ao código 623 (o id correto é 623).',
      },
      { line: 4, message: 'Linha 4: banco 422 não está integrado à loja CREDERE 3101.' },
      { line: 5, message: 'Linha 5: loja CREDERE 9999 não existe nesta conta CREDERE.' },
    ]);
  });

  it('reports rows with a wrong number of cells', () => {
    const result = checkCsvImport(`${PROF_HEADER}\n0101;ADMINISTRADOR;;administrador\n`, known, 'profissao');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]!.message).toMatch(/^Linha 2: tem 4 colunas, mas o cabeçalho tem 5/);
  });

  it('validates lojas CNPJ check digits', () => {
    const csv =
      'codigo_dms;nome_dms;cnpj;id_loja_credere;nome_loja_credere\n001;MATRIZ;11.222.333/0001-81;3101;\n002;FILIAL;11.222.333/0001-00;3102;\n';
    const result = checkCsvImport(csv, known, 'loja');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([{ line: 3, message: 'Linha 3: CNPJ: dígito verificador inválido.' }]);
  });
});

describe('checkJsonImport', () => {
  const doc = (extra: object) =>
    JSON.stringify(
      { format: 'ponte-credere-mappings', version: 1, lojas: [], bancos: [], profissoes: [], ...extra },
      null,
      2,
    );

  it('points at the line of a bad item', () => {
    const text = doc({
      profissoes: [
        { dmsCode: '0101', dmsName: 'ADMINISTRADOR', credereIdentifier: 'administrador' },
        { dmsCode: '', dmsName: 'X' },
      ],
    });
    const result = checkJsonImport(text, known);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('"dmsCode": ""'));
    expect(result.problems).toEqual([
      { line, message: `Linha ${line} (profissoes, item 2): código DMS vazio.` },
    ]);
  });

  it('refuses another document format or version, and broken JSON with its line', () => {
    expect(checkJsonImport('{"format":"x"}', known)).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/não é um documento de mapeamentos/) }],
    });
    expect(
      checkJsonImport(JSON.stringify({ format: 'ponte-credere-mappings', version: 2 }), known),
    ).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/versão 2/) }] });
    const broken = checkJsonImport(
      '{\n "format": "ponte-credere-mappings",\n "version": 1,\n "lojas": [ {,] }',
      known,
    );
    expect(broken).toMatchObject({ ok: false, problems: [{ line: 4 }] });
  });
});

describe('import through the service', () => {
  it('writes nothing when any row is bad, everything when all are good', async () => {
    const service = createMappingService({ api: async () => fakeLists() });
    const good = `${PROF_HEADER}\n0101;ADMINISTRADOR;;administrador;\n0102;ADVOGADO;;advogado;\n`;
    const bad = `${PROF_HEADER}\n0103;ANALISTA DE SISTEMAS;;analista_de_sistemas;\n0104;ARQUITETO;;nao_existe;\n`;
    expect(await service.importText('csv', bad, { kind: 'profissao' })).toMatchObject({ status: 'rejected' });
    expect(await service.repo.list('profissao')).toEqual([]);
    expect(await service.importText('csv', good, { kind: 'profissao' })).toEqual({
      status: 'imported',
      counts: { loja: 0, banco: 0, profissao: 2 },
    });
    expect((await service.repo.list('profissao')).map((r) => r.dmsCode).sort()).toEqual(['0101', '0102']);
  });

  it('rejects a 6 MB text even if it reaches the background', async () => {
    const service = createMappingService({ api: async () => fakeLists() });
    const big = `${PROF_HEADER}\n${'0101;X;;;\n'.repeat(600_000)}`;
    const outcome = await service.importText('csv', big, { kind: 'profissao' });
    expect(outcome).toMatchObject({
      status: 'rejected',
      problems: [{ line: null, message: expect.stringMatching(/grande demais/) }],
    });
  });

  it('round-trips: export JSON → import into an empty database gives the same rows', async () => {
    const service = createMappingService({ api: async () => fakeLists() });
    await service.repo.save('loja', [
      {
        dmsCode: '001',
        dmsName: 'AUTOSUL MATRIZ',
        cnpj: '11222333000181',
        credereStoreId: '3101',
        credereStoreName: 'Autosul Veículos - Matriz',
      },
    ]);
    await service.repo.save('banco', [
      { storeScope: '3101', dmsCode: '10', dmsName: 'SANTANDER', febrabanCode: '033', credereBankId: 33 },
    ]);
    await service.repo.save('profissao', [
      {
        dmsCode: '0114',
        dmsName: 'ENG. CIVIL',
        credereProfessionId: null,
        credereIdentifier: null,
        credereLabel: null,
      },
    ]);
    const exported = JSON.stringify(await service.exportDocument(), null, 2);
    const csv = await service.exportCsv('profissao');
    expect(csv.startsWith('\uFEFFcodigo_dms;nome_dms;')).toBe(true);

    globalThis.indexedDB = new IDBFactory();
    resetDbForTests();
    const fresh = createMappingService({ api: async () => fakeLists() });
    expect(await fresh.importText('json', exported)).toEqual({
      status: 'imported',
      counts: { loja: 1, banco: 1, profissao: 1 },
    });
    const again = JSON.parse(JSON.stringify(await fresh.exportDocument()));
    const before = JSON.parse(exported);
    delete again.exportedAt;
    delete before.exportedAt;
    expect(again).toEqual(before);
    expect(await fresh.importText('csv', csv, { kind: 'profissao' })).toMatchObject({ status: 'imported' });
  });
});
