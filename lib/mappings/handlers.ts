import { browser } from 'wxt/browser';
import { getCredereApi } from '../api/get-api';
import { getAuthStatus } from '../auth/status';
import { AppError } from '../errors';
import type { Handlers } from '../messaging/router';
import { loadLocalSettings } from '../settings/store';
import { credereListsFromApi } from './credere-adapter';
import { harvestDmsOptions } from './harvest-adapter';
import { checkReadiness } from './readiness';
import { ALL_STORES } from './records';
import { createCredereCache } from './repository';
import { createMappingService, type MappingService } from './service';

let service: MappingService | null = null;
const cache = createCredereCache();

/** The background's mapping service (one per worker instance). */
export function mappings(): MappingService {
  service ??= createMappingService({
    api: async () => credereListsFromApi(await getCredereApi()),
    cache,
  });
  return service;
}

const today = () => new Date().toISOString().slice(0, 10);

export const mappingHandlers: Handlers = {
  'mappings.list': async ({ kind, scope }) => ({ rows: await mappings().repo.list(kind, scope) }),
  'mappings.get': async ({ kind, scope, dmsCode }) => ({
    row: await mappings().repo.get(kind, scope ?? ALL_STORES, dmsCode),
  }),
  'mappings.save': async (request) => {
    const saved = await mappings().repo.save(request.kind, request.records as never[]);
    return { saved: saved.length };
  },
  'mappings.delete': async ({ ids }) => {
    await mappings().repo.remove(ids);
    return { deleted: ids.length };
  },
  'mappings.choices': ({ kind, storeId }) => mappings().choices(kind, storeId),
  'mappings.suggest': async ({ kind, scope }) => ({ suggestions: await mappings().suggest(kind, scope) }),
  'mappings.import': ({ format, content, kind, mode }) =>
    mappings().importText(format, content, { kind, mode }),
  'mappings.export': async ({ format, kind }) => {
    if (format === 'json') {
      const doc = await mappings().exportDocument();
      return {
        filename: `ponte-credere-mapeamentos-${today()}.json`,
        mimeType: 'application/json',
        content: `${JSON.stringify(doc, null, 2)}\n`,
      };
    }
    if (!kind)
      throw new AppError('VALIDATION', 'Exportação CSV: informe qual lista (lojas, bancos ou profissões).');
    const names = { loja: 'lojas', banco: 'bancos', profissao: 'profissoes' } as const;
    return {
      filename: `ponte-credere-${names[kind]}-${today()}.csv`,
      mimeType: 'text/csv;charset=utf-8',
      content: await mappings().exportCsv(kind),
    };
  },
  'mappings.document': () => mappings().exportDocument(),
  'mappings.dmsTabs': async () => {
    const settings = await loadLocalSettings();
    if (!settings.dmsOrigins.length) return { tabs: [] };
    const tabs = await browser.tabs.query({ url: settings.dmsOrigins });
    return {
      tabs: tabs
        .filter((tab) => tab.id !== undefined)
        .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
        .map((tab) => ({ tabId: tab.id!, title: tab.title ?? '', url: tab.url ?? '', active: !!tab.active })),
    };
  },
  'mappings.harvest': async ({ tabId }) => {
    const options = await harvestDmsOptions(tabId);
    const result = await mappings().harvestInto(options);
    return {
      ...result,
      found: {
        loja: options.lojas.length,
        banco: options.financeiras.length,
        profissao: options.profissoes.length,
      },
    };
  },
  'mappings.readiness': (input) => checkReadiness(input, { repo: mappings().repo, getAuthStatus, cache }),
};
