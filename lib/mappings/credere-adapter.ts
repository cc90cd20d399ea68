import type { CredereBank as ApiBank, CredereApi } from '../api/credere-api';
import { type CredereBank, type CredereLists, joinProfessions } from './credere-lists';

function numericId(id: string | null | undefined): number | null {
  if (!id || !/^\d+$/.test(id)) return null;
  return Number(id);
}

function bankOf(bank: ApiBank): CredereBank {
  return { id: numericId(bank.id), code: bank.code, name: bank.name, tradename: bank.tradename };
}

/** The CREDERE lists the mapping screens need, read through the API client. */
export function credereListsFromApi(api: CredereApi): CredereLists {
  return {
    async stores() {
      const stores = await api.listStores();
      return stores
        .filter((store) => store.active)
        .map((store) => ({
          id: store.id,
          name: store.name,
          displayName: store.displayName,
          cnpj: store.cnpj,
        }));
    },
    async banks() {
      return (await api.listBanks()).map(bankOf);
    },
    async integratedBanks(storeId) {
      return (await api.listIntegratedBanks(storeId)).filter((bank) => bank.enabled).map(bankOf);
    },
    async professions() {
      const [lead, customer] = await Promise.all([
        api.listLeadDomains({ types: ['professions'] }),
        api.listCustomerDomains(['profession']),
      ]);
      return joinProfessions(
        lead.professions.map((entry) => ({ identifier: entry.identifier, label: entry.label })),
        (customer.profession ?? []).flatMap((entry) => {
          const id = numericId(entry.id);
          return id !== null && entry.identifier
            ? [{ id, identifier: entry.identifier, name: entry.name }]
            : [];
        }),
      );
    },
  };
}
