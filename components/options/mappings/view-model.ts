import type { CredereBank, CredereProfession, CredereStore } from '@/lib/mappings/credere-lists';
import type { FilterableRow } from '@/lib/mappings/filter';
import {
  ALL_STORES,
  type Banco,
  isMapped,
  type Loja,
  type MappingKind,
  type Profissao,
  type StoredMapping,
} from '@/lib/mappings/records';

export interface Choice {
  value: string;
  label: string;
}

export interface ViewRow extends FilterableRow {
  /** The stored row in the current scope, null for a financeira known only in other scopes. */
  stored: StoredMapping | null;
  value: string;
  cnpj: string | null;
}

export function choicesOf(
  kind: MappingKind,
  lists: { stores?: CredereStore[]; banks?: CredereBank[]; professions?: CredereProfession[] },
): Choice[] {
  if (kind === 'loja') {
    return (lists.stores ?? []).map((s) => ({
      value: s.id,
      label: s.cnpj ? `${s.name} — CNPJ ${s.cnpj}` : s.name,
    }));
  }
  if (kind === 'banco') {
    return (lists.banks ?? []).map((b) => ({ value: b.code, label: `${b.tradename ?? b.name} (${b.code})` }));
  }
  return (lists.professions ?? []).map((p) => ({ value: p.identifier, label: p.label }));
}

function valueOfRow(kind: MappingKind, row: StoredMapping | null): string {
  if (!row) return '';
  if (kind === 'loja') return (row as Loja).credereStoreId ?? '';
  if (kind === 'banco') return (row as Banco).febrabanCode ?? '';
  return (row as Profissao).credereIdentifier ?? '';
}

function labelOf(kind: MappingKind, row: StoredMapping | null): string {
  if (!row) return '';
  if (kind === 'loja') return (row as Loja).credereStoreName ?? (row as Loja).credereStoreId ?? '';
  if (kind === 'banco') return (row as Banco).febrabanCode ?? '';
  return (row as Profissao).credereLabel ?? (row as Profissao).credereIdentifier ?? '';
}

/**
 * Rows shown for a kind. Banks are per store: the list is every financeira the DMS knows
 * (from any scope), each with its mapping in the selected store.
 */
export function viewRows(kind: MappingKind, stored: StoredMapping[], scope: string): ViewRow[] {
  let rows: { dmsCode: string; dmsName: string; stored: StoredMapping | null }[];
  if (kind === 'banco') {
    const byCode = new Map<string, { dmsCode: string; dmsName: string; stored: StoredMapping | null }>();
    for (const row of stored) {
      const entry = byCode.get(row.dmsCode) ?? { dmsCode: row.dmsCode, dmsName: row.dmsName, stored: null };
      if (row.scope === scope) entry.stored = row;
      if (!entry.dmsName) entry.dmsName = row.dmsName;
      byCode.set(row.dmsCode, entry);
    }
    rows = [...byCode.values()];
  } else {
    rows = stored
      .filter((row) => row.scope === ALL_STORES)
      .map((row) => ({ dmsCode: row.dmsCode, dmsName: row.dmsName, stored: row }));
  }
  return rows
    .map((row) => ({
      ...row,
      value: valueOfRow(kind, row.stored),
      credereLabel: labelOf(kind, row.stored),
      mapped: row.stored ? isMapped(kind, row.stored) : false,
      cnpj: kind === 'loja' && row.stored ? (row.stored as Loja).cnpj : null,
    }))
    .sort((a, b) => a.dmsCode.localeCompare(b.dmsCode, 'pt-BR', { numeric: true }));
}

/** The record to save when the admin picks `value` for a row. */
export function recordFor(
  kind: MappingKind,
  row: { dmsCode: string; dmsName: string; cnpj: string | null },
  value: string,
  scope: string,
  lists: { stores?: CredereStore[]; banks?: CredereBank[]; professions?: CredereProfession[] },
  previous: StoredMapping | null,
): Loja | Banco | Profissao {
  if (kind === 'loja') {
    const store = lists.stores?.find((s) => s.id === value);
    return {
      dmsCode: row.dmsCode,
      dmsName: row.dmsName,
      cnpj: row.cnpj,
      credereStoreId: value || null,
      credereStoreName: value ? (store?.name ?? (previous as Loja | null)?.credereStoreName ?? null) : null,
    };
  }
  if (kind === 'banco') {
    const bank = lists.banks?.find((b) => b.code === value);
    return {
      storeScope: scope,
      dmsCode: row.dmsCode,
      dmsName: row.dmsName,
      febrabanCode: value || null,
      credereBankId: value ? (bank?.id ?? (previous as Banco | null)?.credereBankId ?? null) : null,
    };
  }
  const profession = lists.professions?.find((p) => p.identifier === value);
  const prev = previous as Profissao | null;
  return {
    dmsCode: row.dmsCode,
    dmsName: row.dmsName,
    credereProfessionId: value ? (profession?.id ?? prev?.credereProfessionId ?? null) : null,
    credereIdentifier: value || null,
    credereLabel: value ? (profession?.label ?? prev?.credereLabel ?? null) : null,
  };
}
