import { z } from 'zod';

/** CREDERE-side values a DMS row can map to, as the mapping screens use them. */
export const credereStoreSchema = z.object({
  id: z.string(),
  name: z.string(),
  displayName: z.string().nullable(),
  cnpj: z.string().nullable(),
});
export const credereBankSchema = z.object({
  id: z.number().int().nullable(),
  code: z.string(),
  name: z.string(),
  tradename: z.string().nullable(),
});
export const credereProfessionSchema = z.object({
  /** Customer-domain id (profession_id); null when only the lead domain knows it. */
  id: z.number().int().nullable(),
  identifier: z.string(),
  label: z.string(),
});
export type CredereStore = z.output<typeof credereStoreSchema>;
export type CredereBank = z.output<typeof credereBankSchema>;
export type CredereProfession = z.output<typeof credereProfessionSchema>;

/**
 * What the mapping service needs from CREDERE. lib/mappings/credere-adapter.ts builds it
 * from the API client; unit tests pass fakes.
 */
export interface CredereLists {
  stores(): Promise<CredereStore[]>;
  /** Every bank CREDERE knows (for bank rows that apply to all stores). */
  banks(): Promise<CredereBank[]>;
  /** Banks whose credentials are okay in that store: the only valid choices for it. */
  integratedBanks(storeId: string): Promise<CredereBank[]>;
  /** Lead and customer profession domains joined by identifier. */
  professions(): Promise<CredereProfession[]>;
}

/**
 * Joins the two profession domains. Leads send the identifier, customers the numeric id;
 * a mapping keeps both, so entries are matched by identifier. Customer names win (they are
 * what proposals show); lead-only entries keep a null id.
 */
export function joinProfessions(
  lead: { identifier: string; label: string }[],
  customer: { id: number; identifier: string; name: string }[],
): CredereProfession[] {
  const byIdentifier = new Map<string, CredereProfession>();
  for (const entry of customer) {
    byIdentifier.set(entry.identifier, { id: entry.id, identifier: entry.identifier, label: entry.name });
  }
  for (const entry of lead) {
    if (!byIdentifier.has(entry.identifier)) {
      byIdentifier.set(entry.identifier, { id: null, identifier: entry.identifier, label: entry.label });
    }
  }
  return [...byIdentifier.values()].sort((a, b) => a.label.localeCompare(b.label, 'pt-BR'));
}
