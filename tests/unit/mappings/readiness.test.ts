import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuthStatus } from '../../../lib/auth/status';
import { resetDbForTests } from '../../../lib/db/open';
import { checkReadiness } from '../../../lib/mappings/readiness';
import { createCredereCache, createMappingRepository } from '../../../lib/mappings/repository';

const connected: AuthStatus = {
  connected: true,
  needsReauthorization: false,
  configured: true,
  environment: 'custom',
  apiRoot: 'http://127.0.0.1/api/v1',
  expiresAt: Date.now() + 3600_000,
  obtainedAt: Date.now(),
  hasRefreshToken: true,
  scope: 'simulator proposals',
  userName: 'Gerente',
  userId: '42100',
  storeCount: 3,
  maskedToken: 'abcd••••wxyz',
};

let repo: ReturnType<typeof createMappingRepository>;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  repo = createMappingRepository();
  await repo.save('loja', [
    {
      dmsCode: '001',
      dmsName: 'AUTOSUL MATRIZ',
      credereStoreId: '3101',
      credereStoreName: 'Autosul Veículos - Matriz',
    },
    { dmsCode: '002', dmsName: 'AUTOSUL FILIAL CAMPINAS' },
  ]);
  await repo.save('banco', [
    { storeScope: '3101', dmsCode: '10', dmsName: 'SANTANDER', febrabanCode: '033', credereBankId: 33 },
    { storeScope: '*', dmsCode: '19', dmsName: 'FONTECRED', febrabanCode: 'fontecred', credereBankId: 1001 },
  ]);
  await repo.save('profissao', [
    { dmsCode: '0101', dmsName: 'ADMINISTRADOR', credereProfessionId: 2, credereIdentifier: 'administrador' },
    { dmsCode: '0114', dmsName: 'ENG. CIVIL' },
  ]);
});

describe('checkReadiness', () => {
  it('is ready when authorised, store, banks and profession are mapped, and resolves them', async () => {
    const result = await checkReadiness(
      { lojaDmsCode: '001', professionDmsCode: '0101' },
      { repo, getAuthStatus: async () => connected },
    );
    expect(result).toEqual({
      ready: true,
      failures: [],
      resolved: {
        credereStoreId: '3101',
        credereStoreName: 'Autosul Veículos - Matriz',
        bankCodes: ['033', 'fontecred'],
        profession: { id: 2, identifier: 'administrador' },
      },
    });
  });

  it('lists each failure in pt-BR with a link to fix it', async () => {
    const result = await checkReadiness(
      { lojaDmsCode: '002', professionDmsCode: '0114' },
      { repo, getAuthStatus: async () => ({ ...connected, connected: false }) },
    );
    expect(result.ready).toBe(false);
    expect(result.failures).toEqual([
      {
        check: 'autorizacao',
        message: expect.stringMatching(/clique em "Autorizar"/),
        link: 'options.html#autenticacao',
      },
      {
        check: 'loja',
        message:
          'A loja 002 (AUTOSUL FILIAL CAMPINAS) do LinxDMS não está mapeada para uma loja CREDERE. Mapeie-a em Opções > Lojas.',
        link: 'options.html#lojas?codigo=002',
      },
      {
        check: 'profissao',
        message:
          'A profissão 0114 (ENG. CIVIL) do cliente não está mapeada para uma profissão CREDERE. Mapeie-a em Opções > Profissões.',
        link: 'options.html#profissoes?codigo=0114',
      },
    ]);
  });

  it('counts "all stores" banks only where they are integrated, and honours the screen financeiras', async () => {
    const cache = createCredereCache();
    await cache.write('integrated:3101', [{ code: '033' }, { code: '341' }]);
    const deps = { repo, cache, getAuthStatus: async () => connected };
    expect((await checkReadiness({ lojaDmsCode: '001' }, deps)).resolved.bankCodes).toEqual(['033']);
    const onlyFontecred = await checkReadiness({ lojaDmsCode: '001', financeiraCodes: ['19'] }, deps);
    expect(onlyFontecred.failures).toEqual([
      {
        check: 'bancos',
        message: expect.stringMatching(
          /^Nenhuma das financeiras da tela \(19\) está mapeada para um banco integrado à loja CREDERE "Autosul Veículos - Matriz"/,
        ),
        link: 'options.html#bancos?loja=3101',
      },
    ]);
  });

  it('reports an auth status that cannot be read instead of throwing', async () => {
    const result = await checkReadiness(
      { lojaDmsCode: '001' },
      { repo, getAuthStatus: async () => Promise.reject(new Error('boom')) },
    );
    expect(result.failures.map((f) => f.check)).toEqual(['autorizacao']);
  });
});
