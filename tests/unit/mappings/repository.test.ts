import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/open';
import { createMappingRepository } from '../../../lib/mappings/repository';
import { createMappingService } from '../../../lib/mappings/service';
import { fakeLists } from './fixtures';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
});

describe('mapping repository', () => {
  it('saves, lists by kind and scope, gets and removes', async () => {
    const repo = createMappingRepository(getDb, () => 1000);
    await repo.save('banco', [
      { storeScope: '3101', dmsCode: '10', dmsName: 'SANTANDER', febrabanCode: '033', credereBankId: 33 },
      { storeScope: '3102', dmsCode: '10', dmsName: 'SANTANDER', febrabanCode: '033', credereBankId: 33 },
    ]);
    expect((await repo.list('banco')).length).toBe(2);
    expect(await repo.list('banco', '3102')).toEqual([
      {
        id: 'banco:3102:10',
        kind: 'banco',
        scope: '3102',
        updatedAt: 1000,
        storeScope: '3102',
        dmsCode: '10',
        dmsName: 'SANTANDER',
        febrabanCode: '033',
        credereBankId: 33,
      },
    ]);
    expect(await repo.get('banco', '3101', '10')).toMatchObject({ febrabanCode: '033' });
    expect(await repo.list('loja')).toEqual([]);
    await repo.remove(['banco:3101:10']);
    expect(await repo.get('banco', '3101', '10')).toBeNull();
  });

  it('skips rows that fail the zod read instead of returning garbage', async () => {
    const repo = createMappingRepository();
    await (await getDb()).put('mappings', {
      id: 'loja:*:x',
      kind: 'loja',
      scope: '*',
      dmsCode: 42,
      updatedAt: 0,
    } as never);
    await repo.save('loja', [{ dmsCode: '001', dmsName: 'MATRIZ' }]);
    expect((await repo.list('loja')).map((r) => r.dmsCode)).toEqual(['001']);
  });

  it('replace mode clears the imported kinds only, in the same transaction', async () => {
    const repo = createMappingRepository();
    await repo.save('profissao', [{ dmsCode: 'OLD', dmsName: 'ANTIGA' }]);
    await repo.save('loja', [{ dmsCode: '001', dmsName: 'MATRIZ' }]);
    await repo.applyImport(
      {
        loja: [],
        banco: [],
        profissao: [
          {
            dmsCode: 'NEW',
            dmsName: 'NOVA',
            credereProfessionId: null,
            credereIdentifier: null,
            credereLabel: null,
          },
        ],
      },
      'replace',
    );
    expect((await repo.list('profissao')).map((r) => r.dmsCode)).toEqual(['NEW']);
    expect((await repo.list('loja')).map((r) => r.dmsCode)).toEqual(['001']);
  });
});

describe('mapping service', () => {
  it('harvest adds unmapped rows, keeps existing mappings and updates changed names', async () => {
    const service = createMappingService({ api: async () => fakeLists() });
    await service.repo.save('profissao', [
      { dmsCode: '0101', dmsName: 'ADMINISTRADOR', credereIdentifier: 'administrador' },
    ]);
    const result = await service.harvestInto({
      lojas: [{ code: '001', name: 'AUTOSUL MATRIZ' }],
      financeiras: [
        { code: '10', name: 'SANTANDER FINANCIAMENTOS' },
        { code: '10', name: 'DUP' },
      ],
      profissoes: [
        { code: '0101', name: 'ADMINISTRADOR(A)' },
        { code: '0114', name: 'ENG. CIVIL' },
      ],
    });
    expect(result).toEqual({ added: 3, renamed: 1 });
    expect(await service.repo.get('profissao', '*', '0101')).toMatchObject({
      dmsName: 'ADMINISTRADOR(A)',
      credereIdentifier: 'administrador',
    });
    expect(await service.repo.get('banco', '*', '10')).toMatchObject({ febrabanCode: null });
  });

  it('suggests banks only among the store integrated banks, for financeiras unmapped in that store', async () => {
    const service = createMappingService({ api: async () => fakeLists() });
    await service.harvestInto({
      lojas: [],
      financeiras: [
        { code: '10', name: 'SANTANDER FINANCIAMENTOS' },
        { code: '19', name: 'FONTECRED' },
      ],
      profissoes: [],
    });
    await service.repo.save('banco', [
      {
        storeScope: '3103',
        dmsCode: '19',
        dmsName: 'FONTECRED',
        febrabanCode: 'fontecred',
        credereBankId: 1001,
      },
    ]);
    const for3101 = await service.suggest('banco', '3101');
    expect(for3101.map((s) => [s.dmsCode, s.patch.febrabanCode])).toEqual([['10', '033']]);
    const for3103 = await service.suggest('banco', '3103');
    expect(for3103).toEqual([]);
  });

  it('serves the cached CREDERE list with a warning when the API fails', async () => {
    let fail = false;
    const service = createMappingService({
      api: async () => {
        if (fail) throw Object.assign(new Error('down'));
        return fakeLists();
      },
    });
    const fresh = await service.choices('loja');
    expect(fresh).toMatchObject({ stale: false, warning: null });
    fail = true;
    const stale = await service.choices('loja');
    expect(stale.stale).toBe(true);
    expect(stale.stores).toEqual(fresh.stores);
    await expect(service.choices('profissao')).rejects.toThrow('down');
  });
});
