import { AppError } from '../errors';
import { t } from '../i18n/t';
import type { CredereBank, CredereLists, CredereProfession, CredereStore } from './credere-lists';
import { toMappingsCsv } from './csv';
import type { ImportProblem } from './decode';
import { MAPPINGS_DOCUMENT_FORMAT, MAPPINGS_DOCUMENT_VERSION, type MappingsDocument } from './document';
import { checkCsvImport, checkJsonImport, type KnownLists } from './import';
import {
  ALL_STORES,
  type Banco,
  isMapped,
  type Loja,
  type MappingKind,
  type Profissao,
  type RecordOf,
  type StoredOf,
  toPlain,
} from './records';
import {
  type CredereCache,
  createCredereCache,
  createMappingRepository,
  type MappingRepository,
} from './repository';
import { mappingStrings as s } from './strings';
import { type Suggestion, suggestBancos, suggestLojas, suggestProfissoes } from './suggest';

/** One option of a DMS select, as read from the LinxDMS screen. */
export interface DmsOption {
  code: string;
  name: string;
}

export interface HarvestedOptions {
  lojas: DmsOption[];
  financeiras: DmsOption[];
  profissoes: DmsOption[];
}

export interface MappingServiceDeps {
  /** The CREDERE lists; called per operation because the API needs a fresh token. */
  api: () => Promise<CredereLists>;
  repo?: MappingRepository;
  cache?: CredereCache;
}

export interface CredereChoices {
  stores?: CredereStore[];
  banks?: CredereBank[];
  professions?: CredereProfession[];
  /** The API could not be reached and these are the last known values. */
  stale: boolean;
  fetchedAt: number | null;
  /** Why the lists are stale (pt-BR). */
  warning: string | null;
}

export type ImportOutcome =
  | { status: 'imported'; counts: Record<MappingKind, number> }
  | { status: 'rejected'; problems: ImportProblem[] };

const REASON_TEXT = {
  cnpj: s.reasonCnpj,
  febraban: s.reasonFebraban,
  'nome-igual': s.reasonSameName,
  'nome-contido': s.reasonNameContained,
  'nome-parecido': s.reasonSimilarName,
} as const;

export function createMappingService({
  api,
  repo = createMappingRepository(),
  cache = createCredereCache(),
}: MappingServiceDeps) {
  /** Reads a list from CREDERE, caching it; falls back to the cache when CREDERE fails. */
  async function cached<T>(
    key: string,
    read: (lists: CredereLists) => Promise<T[]>,
  ): Promise<{ items: T[]; stale: boolean; fetchedAt: number | null; warning: string | null }> {
    try {
      const items = await read(await api());
      await cache.write(key, items);
      return { items, stale: false, fetchedAt: Date.now(), warning: null };
    } catch (error) {
      const previous = await cache.read<T>(key);
      if (!previous) throw error;
      const message = error instanceof AppError ? error.message : t(s.listsUnavailable);
      return { items: previous.items, stale: true, fetchedAt: previous.fetchedAt, warning: message };
    }
  }

  async function choices(kind: MappingKind, storeId?: string): Promise<CredereChoices> {
    if (kind === 'loja') {
      const result = await cached('stores', (lists) => lists.stores());
      return {
        stores: result.items,
        stale: result.stale,
        fetchedAt: result.fetchedAt,
        warning: result.warning,
      };
    }
    if (kind === 'banco') {
      const scope = storeId ?? ALL_STORES;
      const result =
        scope === ALL_STORES
          ? await cached('banks', (lists) => lists.banks())
          : await cached(`integrated:${scope}`, (lists) => lists.integratedBanks(scope));
      return {
        banks: result.items,
        stale: result.stale,
        fetchedAt: result.fetchedAt,
        warning: result.warning,
      };
    }
    const result = await cached('professions', (lists) => lists.professions());
    return {
      professions: result.items,
      stale: result.stale,
      fetchedAt: result.fetchedAt,
      warning: result.warning,
    };
  }

  /**
   * Lists to check an import against: fresh from CREDERE when reachable, else the cache;
   * a list known neither way is left out (its ids cannot be checked).
   */
  async function knownLists(): Promise<KnownLists> {
    const known: KnownLists = {};
    const attempt = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await fn();
      } catch {
        return undefined;
      }
    };
    known.stores = (await attempt(() => choices('loja')))?.stores;
    known.banks = (await attempt(() => choices('banco')))?.banks;
    known.professions = (await attempt(() => choices('profissao')))?.professions;
    if (known.stores) {
      const integrated: Record<string, CredereBank[]> = {};
      for (const store of known.stores) {
        const banks = (await attempt(() => choices('banco', store.id)))?.banks;
        if (banks) integrated[store.id] = banks;
      }
      known.integrated = integrated;
    }
    return known;
  }

  async function unmappedRows<K extends MappingKind>(kind: K, scope: string): Promise<RecordOf[K][]> {
    if (kind !== 'banco') {
      const rows = await repo.list(kind);
      return rows.filter((row) => !isMapped(kind, row)) as unknown as RecordOf[K][];
    }
    // Banks: every financeira the DMS knows (from any scope) that has no mapping in this scope.
    const rows = (await repo.list('banco')) as Banco[];
    const mappedHere = new Set(
      rows.filter((row) => row.storeScope === scope && isMapped('banco', row)).map((row) => row.dmsCode),
    );
    const byCode = new Map<string, Banco>();
    for (const row of rows) {
      if (mappedHere.has(row.dmsCode)) continue;
      const current = byCode.get(row.dmsCode);
      if (!current || row.storeScope === scope) byCode.set(row.dmsCode, { ...row, storeScope: scope });
    }
    return [...byCode.values()] as RecordOf[K][];
  }

  return {
    repo,
    choices,
    knownLists,

    async suggest(kind: MappingKind, scope: string = ALL_STORES) {
      const rows = await unmappedRows(kind, scope);
      let suggestions: Suggestion<Record<string, string | number | null>>[];
      if (kind === 'loja') {
        suggestions = suggestLojas(rows as Loja[], (await choices('loja')).stores ?? []);
      } else if (kind === 'banco') {
        suggestions = suggestBancos(rows as Banco[], (await choices('banco', scope)).banks ?? []);
      } else {
        suggestions = suggestProfissoes(rows as Profissao[], (await choices('profissao')).professions ?? []);
      }
      return suggestions.map((suggestion) => ({
        ...suggestion,
        scope,
        reasonText: t(REASON_TEXT[suggestion.reason]),
      }));
    },

    async importText(
      format: 'csv' | 'json',
      content: string,
      options: { kind?: MappingKind; mode?: 'merge' | 'replace' } = {},
    ): Promise<ImportOutcome> {
      const known = await knownLists();
      const check =
        format === 'csv' ? checkCsvImport(content, known, options.kind) : checkJsonImport(content, known);
      if (!check.ok) return { status: 'rejected', problems: check.problems };
      const counts = await repo.applyImport(check.plan, options.mode ?? 'merge');
      return { status: 'imported', counts };
    },

    async exportDocument(): Promise<MappingsDocument> {
      const all = await repo.all();
      return {
        format: MAPPINGS_DOCUMENT_FORMAT,
        version: MAPPINGS_DOCUMENT_VERSION,
        exportedAt: new Date().toISOString(),
        lojas: all.loja.map((row) => toPlain('loja', row)),
        bancos: all.banco.map((row) => toPlain('banco', row)),
        profissoes: all.profissao.map((row) => toPlain('profissao', row)),
      };
    },

    async exportCsv(kind: MappingKind): Promise<string> {
      const rows = await repo.list(kind);
      return toMappingsCsv(
        kind,
        rows.map((row) => csvRowOf(kind, row)),
      );
    },

    /** Adds the DMS values read from a screen as unmapped rows; existing rows keep their mapping. */
    async harvestInto(options: HarvestedOptions): Promise<{ added: number; renamed: number }> {
      let added = 0;
      let renamed = 0;
      const plan = async <K extends MappingKind>(
        kind: K,
        values: DmsOption[],
        build: (v: DmsOption) => RecordOf[K],
      ) => {
        const existing = await repo.list(kind);
        const byCode = new Map<string, StoredOf<K>[]>();
        for (const row of existing) byCode.set(row.dmsCode, [...(byCode.get(row.dmsCode) ?? []), row]);
        const writes: RecordOf[K][] = [];
        const seen = new Set<string>();
        for (const value of values) {
          const code = value.code.trim();
          if (!code || seen.has(code)) continue;
          seen.add(code);
          const rows = byCode.get(code);
          if (!rows) {
            writes.push(build({ code, name: value.name.trim() }));
            added++;
            continue;
          }
          for (const row of rows) {
            if (value.name.trim() && row.dmsName !== value.name.trim()) {
              writes.push({ ...toPlain(kind, row), dmsName: value.name.trim() });
              renamed++;
            }
          }
        }
        if (writes.length) await repo.save(kind, writes);
      };
      await plan('loja', options.lojas, (v) => ({
        dmsCode: v.code,
        dmsName: v.name,
        cnpj: null,
        credereStoreId: null,
        credereStoreName: null,
      }));
      await plan('banco', options.financeiras, (v) => ({
        storeScope: ALL_STORES,
        dmsCode: v.code,
        dmsName: v.name,
        febrabanCode: null,
        credereBankId: null,
      }));
      await plan('profissao', options.profissoes, (v) => ({
        dmsCode: v.code,
        dmsName: v.name,
        credereProfessionId: null,
        credereIdentifier: null,
        credereLabel: null,
      }));
      return { added, renamed };
    },
  };
}

export type MappingService = ReturnType<typeof createMappingService>;

export function csvRowOf(
  kind: MappingKind,
  row: RecordOf[MappingKind],
): Record<string, string | number | null> {
  if (kind === 'loja') {
    const r = row as Loja;
    return {
      codigo_dms: r.dmsCode,
      nome_dms: r.dmsName,
      cnpj: r.cnpj,
      id_loja_credere: r.credereStoreId,
      nome_loja_credere: r.credereStoreName,
    };
  }
  if (kind === 'banco') {
    const r = row as Banco;
    return {
      loja_credere: r.storeScope,
      codigo_dms: r.dmsCode,
      nome_dms: r.dmsName,
      codigo_febraban: r.febrabanCode,
      id_banco_credere: r.credereBankId,
    };
  }
  const r = row as Profissao;
  return {
    codigo_dms: r.dmsCode,
    nome_dms: r.dmsName,
    id_profissao_credere: r.credereProfessionId,
    identificador_credere: r.credereIdentifier,
    nome_profissao_credere: r.credereLabel,
  };
}
