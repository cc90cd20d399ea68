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

interface Match<T> {
  item: T;
  score: number;
  reason: SuggestionReason;
}

/** One suggestion per row that `matchOf` finds a CREDERE value for. */
function suggestionsFor<R extends { dmsCode: string }, T, P>(
  rows: R[],
  matchOf: (row: R) => Match<T> | null,
  patchOf: (item: T) => P,
  labelOf: (item: T) => string,
): Suggestion<P>[] {
  const out: Suggestion<P>[] = [];
  for (const row of rows) {
    const match = matchOf(row);
    if (!match) continue;
    out.push({
      dmsCode: row.dmsCode,
      score: match.score,
      reason: match.reason,
      patch: patchOf(match.item),
      label: labelOf(match.item),
    });
  }
  return out;
}

export function suggestLojas(rows: Loja[], stores: CredereStore[]): Suggestion<LojaPatch>[] {
  const byCnpj = new Map(stores.filter((s) => s.cnpj).map((s) => [cnpjKey(s.cnpj), s]));
  const byName = new Map<string, CredereStore>();
  for (const store of stores) {
    for (const name of [store.displayName, store.name]) if (name) byName.set(normalizeName(name), store);
  }
  const fuse = fuzzyIndex(stores, (s) => [s.name, s.displayName ?? ''].filter(Boolean).map(normalizeName));
  return suggestionsFor(
    rows,
    (row): Match<CredereStore> | null => {
      const cnpjMatch = row.cnpj ? byCnpj.get(cnpjKey(row.cnpj)) : undefined;
      if (cnpjMatch) return { item: cnpjMatch, score: 1, reason: 'cnpj' };
      const key = normalizeName(row.dmsName);
      const exact = byName.get(key);
      if (exact) return { item: exact, score: 0.95, reason: 'nome-igual' };
      const fuzzy = best(fuse, key);
      return fuzzy && { ...fuzzy, reason: 'nome-parecido' };
    },
    (store): LojaPatch => ({ credereStoreId: store.id, credereStoreName: store.name }),
    (store) => store.name,
  );
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
  return suggestionsFor(
    rows,
    (row): Match<CredereBank> | null => {
      // Some DMS installations key financeiras by the COMPE/febraban code itself.
      const codeMatch = byCode.get(fold(row.febrabanCode ?? '')) ?? byCode.get(fold(row.dmsCode));
      if (codeMatch) return { item: codeMatch, score: 1, reason: 'febraban' };
      const rowWords = new Set(bankKey(row.dmsName).split(' ').filter(Boolean));
      const contained = banks.find((bank) => {
        const words = bankKey(bank.tradename ?? bank.name)
          .split(' ')
          .filter(Boolean);
        return words.length > 0 && words.every((word) => rowWords.has(word));
      });
      if (contained) return { item: contained, score: 0.9, reason: 'nome-contido' };
      const fuzzy = best(fuse, bankKey(row.dmsName));
      return fuzzy && { ...fuzzy, reason: 'nome-parecido' };
    },
    (bank): BancoPatch => ({ febrabanCode: bank.code, credereBankId: bank.id }),
    (bank) => `${bank.tradename ?? bank.name} (${bank.code})`,
  );
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
  return suggestionsFor(
    rows,
    (row): Match<CredereProfession> | null => {
      const key = normalizeName(row.dmsName);
      const same = exact.get(key);
      if (same) return { item: same, score: 1, reason: 'nome-igual' };
      const fuzzy = best(fuse, key);
      return fuzzy && { ...fuzzy, reason: 'nome-parecido' };
    },
    (p): ProfissaoPatch => ({
      credereProfessionId: p.id,
      credereIdentifier: p.identifier,
      credereLabel: p.label,
    }),
    (p) => p.label,
  );
}
