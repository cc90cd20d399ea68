import Fuse from 'fuse.js';
import type { CredereBank, CredereProfession, CredereStore } from './credere-lists';
import { cnpjKey, fold, normalizeName } from './normalize';
import type { Banco, Loja, Profissao } from './records';

export type SuggestionReason = 'cnpj' | 'febraban' | 'nome-igual' | 'nome-contido' | 'nome-parecido';

export interface Suggestion<P> {
  dmsCode: string;
  /** 0–1, 1 = certain. */
  score: number;
  reason: SuggestionReason;
  /** The CREDERE side to write into the row when accepted. */
  patch: P;
  /** What the admin sees: the CREDERE value's name. */
  label: string;
}

export type LojaPatch = Pick<Loja, 'credereStoreId' | 'credereStoreName'>;
export type BancoPatch = Pick<Banco, 'febrabanCode' | 'credereBankId'>;
export type ProfissaoPatch = Pick<Profissao, 'credereProfessionId' | 'credereIdentifier' | 'credereLabel'>;

/** Fuse threshold: above it a match is more noise than help (checked against the seed's names). */
const FUZZY_THRESHOLD = 0.4;

function fuzzyIndex<T>(items: T[], keyOf: (item: T) => string[]) {
  const entries = items.flatMap((item) => keyOf(item).map((key) => ({ key, item })));
  return new Fuse(entries, {
    keys: ['key'],
    includeScore: true,
    threshold: FUZZY_THRESHOLD,
    ignoreLocation: true,
  });
}

function best<T>(fuse: Fuse<{ key: string; item: T }>, query: string): { item: T; score: number } | null {
  if (!query) return null;
  const [top] = fuse.search(query, { limit: 1 });
  if (!top) return null;
  const score = Math.max(0, Math.min(0.94, 1 - (top.score ?? 1)));
  return { item: top.item.item, score: Math.round(score * 100) / 100 };
}

export function suggestLojas(rows: Loja[], stores: CredereStore[]): Suggestion<LojaPatch>[] {
  const byCnpj = new Map(stores.filter((s) => s.cnpj).map((s) => [cnpjKey(s.cnpj), s]));
  const byName = new Map<string, CredereStore>();
  for (const store of stores) {
    for (const name of [store.displayName, store.name]) if (name) byName.set(normalizeName(name), store);
  }
  const fuse = fuzzyIndex(stores, (s) => [s.name, s.displayName ?? ''].filter(Boolean).map(normalizeName));
  const out: Suggestion<LojaPatch>[] = [];
  for (const row of rows) {
    const patchOf = (store: CredereStore): LojaPatch => ({
      credereStoreId: store.id,
      credereStoreName: store.name,
    });
    const cnpjMatch = row.cnpj ? byCnpj.get(cnpjKey(row.cnpj)) : undefined;
    if (cnpjMatch) {
      out.push({
        dmsCode: row.dmsCode,
        score: 1,
        reason: 'cnpj',
        patch: patchOf(cnpjMatch),
        label: cnpjMatch.name,
      });
      continue;
    }
    const key = normalizeName(row.dmsName);
    const exact = byName.get(key);
    if (exact) {
      out.push({
        dmsCode: row.dmsCode,
        score: 0.95,
        reason: 'nome-igual',
        patch: patchOf(exact),
        label: exact.name,
      });
      continue;
    }
    const fuzzy = best(fuse, key);
    if (fuzzy) {
      out.push({
        dmsCode: row.dmsCode,
        score: fuzzy.score,
        reason: 'nome-parecido',
        patch: patchOf(fuzzy.item),
        label: fuzzy.item.name,
      });
    }
  }
  return out;
}

/** Words that say "this is a bank" and nothing about which one. */
const BANK_GENERIC = new Set([
  'banco',
  'bank',
  'financeira',
  'financiamento',
  'financiamentos',
  'sa',
  's',
  'ltda',
  'sociedade',
  'credito',
  'direto',
  'scmepp',
  'brasil',
  'unibanco',
]);

function bankKey(text: string): string {
  return normalizeName(text)
    .split(' ')
    .filter((word) => !BANK_GENERIC.has(word))
    .join(' ');
}

export function suggestBancos(rows: Banco[], banks: CredereBank[]): Suggestion<BancoPatch>[] {
  const byCode = new Map(banks.map((b) => [fold(b.code), b]));
  const fuse = fuzzyIndex(banks, (b) =>
    [b.tradename ?? '', b.name].filter(Boolean).map(bankKey).filter(Boolean),
  );
  const out: Suggestion<BancoPatch>[] = [];
  for (const row of rows) {
    const patchOf = (bank: CredereBank): BancoPatch => ({ febrabanCode: bank.code, credereBankId: bank.id });
    const label = (bank: CredereBank) => `${bank.tradename ?? bank.name} (${bank.code})`;
    // Some DMS installations key financeiras by the COMPE/febraban code itself.
    const codeMatch = byCode.get(fold(row.febrabanCode ?? '')) ?? byCode.get(fold(row.dmsCode));
    if (codeMatch) {
      out.push({
        dmsCode: row.dmsCode,
        score: 1,
        reason: 'febraban',
        patch: patchOf(codeMatch),
        label: label(codeMatch),
      });
      continue;
    }
    const rowWords = new Set(bankKey(row.dmsName).split(' ').filter(Boolean));
    const contained = banks.find((bank) => {
      const words = bankKey(bank.tradename ?? bank.name)
        .split(' ')
        .filter(Boolean);
      return words.length > 0 && words.every((word) => rowWords.has(word));
    });
    if (contained) {
      out.push({
        dmsCode: row.dmsCode,
        score: 0.9,
        reason: 'nome-contido',
        patch: patchOf(contained),
        label: label(contained),
      });
      continue;
    }
    const fuzzy = best(fuse, bankKey(row.dmsName));
    if (fuzzy) {
      out.push({
        dmsCode: row.dmsCode,
        score: fuzzy.score,
        reason: 'nome-parecido',
        patch: patchOf(fuzzy.item),
        label: label(fuzzy.item),
      });
    }
  }
  return out;
}

export function suggestProfissoes(
  rows: Profissao[],
  professions: CredereProfession[],
): Suggestion<ProfissaoPatch>[] {
  const exact = new Map<string, CredereProfession>();
  for (const profession of professions) {
    const key = normalizeName(profession.label);
    if (!exact.has(key)) exact.set(key, profession);
  }
  const fuse = fuzzyIndex(professions, (p) => [normalizeName(p.label)]);
  const out: Suggestion<ProfissaoPatch>[] = [];
  for (const row of rows) {
    const patchOf = (p: CredereProfession): ProfissaoPatch => ({
      credereProfessionId: p.id,
      credereIdentifier: p.identifier,
      credereLabel: p.label,
    });
    const key = normalizeName(row.dmsName);
    const same = exact.get(key);
    if (same) {
      out.push({
        dmsCode: row.dmsCode,
        score: 1,
        reason: 'nome-igual',
        patch: patchOf(same),
        label: same.label,
      });
      continue;
    }
    const fuzzy = best(fuse, key);
    if (fuzzy) {
      out.push({
        dmsCode: row.dmsCode,
        score: fuzzy.score,
        reason: 'nome-parecido',
        patch: patchOf(fuzzy.item),
        label: fuzzy.item.label,
      });
    }
  }
  return out;
}
