import { memo } from 'preact/compat';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import type { CredereBank, CredereProfession, CredereStore } from '@/lib/mappings/credere-lists';
import { buildSearchIndex, filterRows } from '@/lib/mappings/filter';
import { ALL_STORES, type MappingKind, type StoredMapping } from '@/lib/mappings/records';
import { mappingUiStrings as s } from '@/lib/mappings/ui-strings';
import { sendMessage } from '@/lib/messaging/client';
import { HarvestButton } from './HarvestButton';
import { ImportExport } from './ImportExport';
import { type Choice, choicesOf, recordFor, type ViewRow, viewRows } from './view-model';
import './mappings.css';

export const PAGE_SIZE = 50;

interface Lists {
  stores?: CredereStore[];
  banks?: CredereBank[];
  professions?: CredereProfession[];
}

interface SuggestionView {
  dmsCode: string;
  score: number;
  reasonText: string;
  label: string;
  patch: Record<string, string | number | null>;
}

const TITLES = { loja: s.sectionLojas, banco: s.sectionBancos, profissao: s.sectionProfissoes } as const;
const INTROS = { loja: s.introLojas, banco: s.introBancos, profissao: s.introProfissoes } as const;
const IDS = { loja: 'lojas', banco: 'bancos', profissao: 'profissoes' } as const;

function hashParam(name: string): string | null {
  const query = location.hash.split('?')[1];
  return query ? new URLSearchParams(query).get(name) : null;
}

/** Options of a select, memoised: 336 professions × 50 rows must not re-diff on every keystroke. */
const ChoiceOptions = memo(function ChoiceOptions({
  choices,
  extra,
}: {
  choices: Choice[];
  extra: Choice | null;
}) {
  return (
    <>
      <option value="">{t(s.notMapped)}</option>
      {extra && <option value={extra.value}>{extra.label}</option>}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </>
  );
});

export function MappingSection({
  kind,
  children,
}: {
  kind: MappingKind;
  children?: preact.ComponentChildren;
}) {
  const id = IDS[kind];
  const [stored, setStored] = useState<StoredMapping[] | null>(null);
  const [lists, setLists] = useState<Lists>({});
  const [stores, setStores] = useState<CredereStore[]>([]);
  const [listWarning, setListWarning] = useState<string | null>(null);
  const [scope, setScope] = useState<string>(kind === 'banco' ? (hashParam('loja') ?? '') : ALL_STORES);
  const [query, setQuery] = useState(hashParam('codigo') ?? '');
  const [onlyUnmapped, setOnlyUnmapped] = useState(false);
  const [page, setPage] = useState(0);
  const [suggestions, setSuggestions] = useState<Map<string, SuggestionView>>(new Map());
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const reload = useCallback(async () => {
    const result = await sendMessage('mappings.list', { kind });
    if (result.ok) setStored(result.data.rows);
    else setError(result.error.message);
  }, [kind]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // Banks are chosen per CREDERE store: load the stores first and default to the first one.
  useEffect(() => {
    if (kind !== 'banco') return;
    void sendMessage('mappings.choices', { kind: 'loja' }).then((result) => {
      if (!result.ok) return setListWarning(t(s.credereUnavailable, result.error.message));
      const list = result.data.stores ?? [];
      setStores(list);
      setScope((current) => current || list[0]?.id || ALL_STORES);
    });
  }, [kind]);

  useEffect(() => {
    if (kind === 'banco' && !scope) return;
    setLists({});
    void sendMessage('mappings.choices', { kind, storeId: kind === 'banco' ? scope : undefined }).then(
      (result) => {
        if (!result.ok) return setListWarning(t(s.credereUnavailable, result.error.message));
        setLists(result.data);
        setListWarning(result.data.warning ? t(s.credereStale, result.data.warning) : null);
      },
    );
  }, [kind, scope]);

  const loadSuggestions = useCallback(
    async (announce = false) => {
      if (kind === 'banco' && !scope) return;
      const result = await sendMessage('mappings.suggest', {
        kind,
        scope: kind === 'banco' ? scope : undefined,
      });
      if (!result.ok) return setError(result.error.message);
      setSuggestions(new Map(result.data.suggestions.map((x) => [x.dmsCode, x])));
      if (announce && !result.data.suggestions.length) setStatus(t(s.noSuggestions));
    },
    [kind, scope],
  );

  const rows = useMemo(() => (stored ? viewRows(kind, stored, scope) : []), [kind, stored, scope]);
  const index = useMemo(() => buildSearchIndex(rows), [rows]);
  const filtered = useMemo(
    () => filterRows(rows, index, query, onlyUnmapped),
    [rows, index, query, onlyUnmapped],
  );
  const choices = useMemo(() => choicesOf(kind, lists), [kind, lists]);
  const unmappedKey = rows
    .filter((row) => !row.mapped)
    .map((row) => row.dmsCode)
    .join('|');
  const listsLoaded = !!(lists.stores || lists.banks || lists.professions);
  // Suggestions follow the CREDERE lists and the set of unmapped rows.
  useEffect(() => {
    if (listsLoaded && unmappedKey) void loadSuggestions();
  }, [listsLoaded, unmappedKey, loadSuggestions]);
  const mappedCount = rows.filter((row) => row.mapped).length;
  const pageCount = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount - 1);
  const visible = filtered.slice(currentPage * PAGE_SIZE, (currentPage + 1) * PAGE_SIZE);
  const storeName =
    stores.find((x) => x.id === scope)?.name ?? (scope === ALL_STORES ? t(s.allStores) : scope);

  async function save(records: ReturnType<typeof recordFor>[], message: string) {
    setError('');
    const result = await sendMessage('mappings.save', { kind, records } as never);
    if (!result.ok) return setError(result.error.message);
    setStatus(message);
    const codes = new Set(records.map((r) => r.dmsCode));
    setSuggestions((current) => {
      const next = new Map(current);
      for (const code of codes) next.delete(code);
      return next;
    });
    await reload();
  }

  function change(row: ViewRow, value: string) {
    const record = recordFor(kind, row, value, scope, lists, row.stored);
    void save([record], value ? t(s.saved, row.dmsCode) : t(s.unmappedSaved, row.dmsCode));
  }

  function accept(row: ViewRow, suggestion: SuggestionView) {
    const base = recordFor(kind, row, '', scope, lists, row.stored);
    void save([{ ...base, ...suggestion.patch } as never], t(s.saved, row.dmsCode));
  }

  function acceptAll() {
    const records = rows.flatMap((row) => {
      const suggestion = suggestions.get(row.dmsCode);
      if (!suggestion || row.mapped) return [];
      return [{ ...recordFor(kind, row, '', scope, lists, row.stored), ...suggestion.patch } as never];
    });
    if (records.length) void save(records, t(s.acceptedAll, records.length));
  }

  async function remove(row: ViewRow) {
    if (!row.stored) return;
    const result = await sendMessage('mappings.delete', { ids: [row.stored.id] });
    if (!result.ok) return setError(result.error.message);
    setStatus(t(s.removed, row.dmsCode));
    await reload();
  }

  const pendingSuggestions = rows.filter((row) => !row.mapped && suggestions.has(row.dmsCode)).length;
  const title = t(TITLES[kind]);
  const countText =
    kind === 'loja'
      ? t(s.countLojas, mappedCount, rows.length)
      : kind === 'banco'
        ? t(s.countBancos, mappedCount, rows.length, storeName)
        : t(s.countProfissoes, mappedCount, rows.length);

  return (
    <section aria-labelledby={`${id}-title`} class="pc-card pc-mappings">
      <h2 id={`${id}-title`}>{title}</h2>
      <p class="pc-hint">{t(INTROS[kind])}</p>
      {listWarning && (
        <p class="pc-error" role="alert">
          {listWarning}
        </p>
      )}
      {kind === 'banco' && (
        <div class="pc-field pc-mappings__scope">
          <label for="bancos-scope">{t(s.storeScope)}</label>
          <select
            id="bancos-scope"
            value={scope}
            onChange={(event) => {
              setScope(event.currentTarget.value);
              setPage(0);
              setSuggestions(new Map());
            }}
          >
            {stores.map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
            <option value={ALL_STORES}>{t(s.allStores)}</option>
          </select>
        </div>
      )}
      <p class="pc-mappings__count" data-testid={`${id}-count`}>
        <strong>{countText}</strong>
      </p>
      <div class="pc-mappings__toolbar">
        <div class="pc-field">
          <label for={`${id}-search`}>{t(s.search)}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              setPage(0);
            }}
          />
        </div>
        <div class="pc-mappings__check">
          <input
            id={`${id}-unmapped`}
            type="checkbox"
            checked={onlyUnmapped}
            onChange={(event) => {
              setOnlyUnmapped(event.currentTarget.checked);
              setPage(0);
            }}
          />
          <label for={`${id}-unmapped`}>{t(s.onlyUnmapped)}</label>
        </div>
        <button type="button" class="secondary" onClick={() => void loadSuggestions(true)}>
          {t(s.suggest)}
        </button>
        <button type="button" disabled={!pendingSuggestions} onClick={acceptAll}>
          {t(s.acceptAll, pendingSuggestions)}
        </button>
        <HarvestButton
          onDone={(message) => {
            setStatus(message);
            void reload();
          }}
          onError={setError}
        />
      </div>
      <p role="status" class="pc-ok pc-mappings__status" data-testid={`${id}-status`}>
        {status}
      </p>
      {error && (
        <p role="alert" class="pc-error">
          {error}
        </p>
      )}
      {stored && !rows.length && <p>{t(s.noRows)}</p>}
      {rows.length > 0 && !filtered.length && <p>{t(s.noMatch)}</p>}
      {visible.length > 0 && (
        <table class="pc-mappings__table" data-testid={`${id}-table`}>
          <caption class="visually-hidden">{t(s.tableCaption, title)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(s.colDmsCode)}</th>
              <th scope="col">{t(s.colDmsName)}</th>
              {kind === 'loja' && <th scope="col">{t(s.colCnpj)}</th>}
              <th scope="col">{t(s.colCredere)}</th>
              <th scope="col">{t(s.colSuggestion)}</th>
              <th scope="col">{t(s.colActions)}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => {
              const suggestion = row.mapped ? undefined : suggestions.get(row.dmsCode);
              const known = !row.value || choices.some((c) => c.value === row.value);
              const extra = known ? null : { value: row.value, label: row.credereLabel || row.value };
              const name = row.dmsName || row.dmsCode;
              return (
                <tr
                  key={row.dmsCode}
                  data-code={row.dmsCode}
                  class={row.mapped ? '' : 'pc-mappings__unmapped'}
                >
                  <th scope="row">{row.dmsCode}</th>
                  <td>{row.dmsName}</td>
                  {kind === 'loja' && <td>{row.cnpj ?? ''}</td>}
                  <td>
                    <select
                      aria-label={t(s.selectLabel, name, row.dmsCode)}
                      value={row.value}
                      onChange={(event) => change(row, event.currentTarget.value)}
                    >
                      <ChoiceOptions choices={choices} extra={extra} />
                    </select>
                  </td>
                  <td>
                    {suggestion && (
                      <span class="pc-mappings__suggestion">
                        <span>
                          {t(
                            s.suggestionText,
                            suggestion.label,
                            Math.round(suggestion.score * 100),
                            suggestion.reasonText,
                          )}
                        </span>{' '}
                        <button
                          type="button"
                          class="secondary"
                          aria-label={t(s.acceptLabel, suggestion.label, name, row.dmsCode)}
                          onClick={() => accept(row, suggestion)}
                        >
                          {t(s.accept)}
                        </button>
                      </span>
                    )}
                  </td>
                  <td>
                    {row.stored && (
                      <button
                        type="button"
                        class="secondary"
                        aria-label={t(s.removeLabel, name, row.dmsCode)}
                        onClick={() => void remove(row)}
                      >
                        {t(s.remove)}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {filtered.length > PAGE_SIZE && (
        <nav aria-label={t(s.pagination, title)} class="pc-mappings__pages">
          <button
            type="button"
            class="secondary"
            disabled={currentPage === 0}
            onClick={() => setPage(currentPage - 1)}
          >
            {t(s.previous)}
          </button>
          <span>
            {t(
              s.pageInfo,
              currentPage * PAGE_SIZE + 1,
              currentPage * PAGE_SIZE + visible.length,
              filtered.length,
            )}
          </span>
          <button
            type="button"
            class="secondary"
            disabled={currentPage >= pageCount - 1}
            onClick={() => setPage(currentPage + 1)}
          >
            {t(s.next)}
          </button>
        </nav>
      )}
      <AddRow
        kind={kind}
        existing={rows}
        onAdd={(code, name, cnpj) =>
          void save(
            [recordFor(kind, { dmsCode: code, dmsName: name, cnpj }, '', ALL_STORES, lists, null)],
            t(s.added, code),
          )
        }
      />
      <ImportExport kind={kind} onImported={() => void reload()} />
      {children}
    </section>
  );
}

function AddRow({
  kind,
  existing,
  onAdd,
}: {
  kind: MappingKind;
  existing: ViewRow[];
  onAdd: (code: string, name: string, cnpj: string | null) => void;
}) {
  const id = IDS[kind];
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [cnpj, setCnpj] = useState('');
  const [problem, setProblem] = useState('');
  return (
    <form
      class="pc-mappings__add"
      aria-labelledby={`${id}-add-title`}
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = code.trim();
        if (!trimmed) return setProblem(t(s.addCodeMissing));
        if (existing.some((row) => row.dmsCode === trimmed)) return setProblem(t(s.addDuplicate, trimmed));
        setProblem('');
        onAdd(
          trimmed,
          name.trim(),
          kind === 'loja' && cnpj.trim() ? cnpj.replace(/[^\dA-Za-z]/g, '').toUpperCase() : null,
        );
        setCode('');
        setName('');
        setCnpj('');
      }}
    >
      <h3 id={`${id}-add-title`}>{t(s.addTitle)}</h3>
      <div class="pc-mappings__add-fields">
        <div class="pc-field">
          <label for={`${id}-add-code`}>{t(s.addCode)}</label>
          <input id={`${id}-add-code`} value={code} onInput={(e) => setCode(e.currentTarget.value)} />
        </div>
        <div class="pc-field">
          <label for={`${id}-add-name`}>{t(s.addName)}</label>
          <input id={`${id}-add-name`} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        {kind === 'loja' && (
          <div class="pc-field">
            <label for={`${id}-add-cnpj`}>{t(s.addCnpj)}</label>
            <input id={`${id}-add-cnpj`} value={cnpj} onInput={(e) => setCnpj(e.currentTarget.value)} />
          </div>
        )}
        <button type="submit">{t(s.addButton)}</button>
      </div>
      {problem && (
        <p role="alert" class="pc-error">
          {problem}
        </p>
      )}
    </form>
  );
}
