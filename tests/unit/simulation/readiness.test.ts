import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuthStatus } from '../../../lib/auth/status';
import { resetDbForTests } from '../../../lib/db/open';
import { checkReadiness } from '../../../lib/mappings/readiness';
import { createMappingRepository } from '../../../lib/mappings/repository';
import { createSimulationService } from '../../../lib/simulation/service';
import { dealHandle, fakeApi, fakePorts } from './fake-ports';

const auth = (over: Partial<AuthStatus> = {}): AuthStatus => ({
  connected: true,
  needsReauthorization: false,
  configured: true,
  environment: 'custom',
  apiRoot: 'http://127.0.0.1/api/v1',
  expiresAt: null,
  obtainedAt: null,
  hasRefreshToken: true,
  scope: null,
  userName: null,
  userId: '42100',
  storeCount: null,
  maskedToken: null,
  ...over,
});

let repo: ReturnType<typeof createMappingRepository>;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  repo = createMappingRepository();
  await repo.save('loja', [{ dmsCode: '002', dmsName: 'AUTOSUL CAMPINAS' }]);
});

describe('simulation.load runs the DE>PARA readiness check', () => {
  it('returns the check’s pt-BR messages with their options links, and opens no journal entry', async () => {
    const handle = dealHandle();
    handle.snapshot.deal.storeCode = '002';
    handle.snapshot.deal.customer.professionCode = '0999';
    const ports = fakePorts({ handles: [handle] });
    ports.readiness = (input) =>
      checkReadiness(input, { repo, getAuthStatus: async () => auth({ connected: false }) });
    const result = await createSimulationService(ports).load(7, 0);
    expect(result.ready).toBe(false);
    if (result.ready) return;
    expect(result.failures.map((f) => [f.check, f.link])).toEqual([
      ['autorizacao', 'options.html#autenticacao'],
      ['loja', 'options.html#lojas?codigo=002'],
      ['profissao', 'options.html#profissoes?codigo=0999'],
    ]);
    expect(result.failures[1]!.message).toContain(
      'A loja 002 (AUTOSUL CAMPINAS) do LinxDMS não está mapeada',
    );
    expect(ports.entries.size).toBe(0);
  });

  it('opens the session when the check passes, with the store the check resolved', async () => {
    await repo.save('loja', [
      { dmsCode: '001', dmsName: 'MATRIZ', credereStoreId: '3101', credereStoreName: 'Matriz' },
    ]);
    await repo.save('banco', [
      { storeScope: '*', dmsCode: '10', dmsName: 'SANTANDER', febrabanCode: '033', credereBankId: 33 },
    ]);
    const clock = { now: 0 };
    const ports = fakePorts({ api: fakeApi([], clock) as never });
    ports.readiness = (input) => checkReadiness(input, { repo, getAuthStatus: async () => auth() });
    const result = await createSimulationService(ports).load(7, 0);
    expect(result.ready).toBe(true);
    if (!result.ready) return;
    expect([...ports.entries.values()][0]!.storeId).toBe('3101');
    expect(result.view.banks.map((b) => b.code)).toEqual(['033', '341']);
  });

  it('a store whose mapped banks are not integrated in CREDERE is reported with the Bancos link', async () => {
    const clock = { now: 0 };
    const api = fakeApi([], clock);
    api.listIntegratedBanks = async () => [];
    const result = await createSimulationService(fakePorts({ api })).load(7, 0);
    expect(result).toEqual({
      ready: false,
      failures: [
        {
          check: 'bancos',
          message: expect.stringContaining('Opções > Bancos'),
          link: 'options.html#bancos?loja=3101',
        },
      ],
    });
  });
});
