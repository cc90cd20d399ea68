import type {
  CredereBank,
  CredereLists,
  CredereProfession,
  CredereStore,
} from '../../../lib/mappings/credere-lists';
import { BANKS, INTEGRATED_BANKS, PROFESSIONS, STORES } from '../../seed/world';

/** CREDERE lists built from the shared world, like the sandbox serves them. */
export const worldStores: CredereStore[] = STORES.map((s) => ({
  id: String(s.credereId),
  name: s.credereName,
  displayName: s.dmsName,
  cnpj: s.cnpj,
}));

export const worldBanks: CredereBank[] = BANKS.map((b) => ({
  id: b.credereId,
  code: b.code,
  name: b.name,
  tradename: b.tradename,
}));

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const EXTRA = [
  'Engenheiro Mecânico',
  'Auxiliar Administrativo',
  'Professor de Ensino Médio',
  'Analista Financeiro',
];

export const worldProfessions: CredereProfession[] = [...PROFESSIONS.map((p) => p.credereName), ...EXTRA]
  .sort((a, b) => a.localeCompare(b, 'pt-BR'))
  .map((label, index) => ({ id: index + 1, identifier: slug(label), label }));

export function fakeLists(overrides: Partial<CredereLists> = {}): CredereLists {
  return {
    stores: async () => worldStores,
    banks: async () => worldBanks,
    integratedBanks: async (storeId) =>
      worldBanks.filter((b) => (INTEGRATED_BANKS[Number(storeId)] ?? []).includes(b.code)),
    professions: async () => worldProfessions,
    ...overrides,
  };
}

export function professionByLabel(label: string): CredereProfession {
  const found = worldProfessions.find((p) => p.label === label);
  if (!found) throw new Error(`no profession ${label}`);
  return found;
}
