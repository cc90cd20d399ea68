import type { z } from 'zod';
import { parseCnpj } from '../br/cnpj';
import { t } from '../i18n/t';
import type { CredereBank, CredereProfession, CredereStore } from './credere-lists';
import { parseMappingsCsv } from './csv';
import type { ImportProblem } from './decode';
import { MAX_IMPORT_BYTES } from './decode';
import { DOCUMENT_KEYS, MAPPINGS_DOCUMENT_FORMAT, MAPPINGS_DOCUMENT_VERSION } from './document';
import { lineOfOffset, locateJsonItems } from './json-lines';
import {
  ALL_STORES,
  type Banco,
  type Loja,
  MAPPING_KINDS,
  type MappingKind,
  mappingId,
  type Profissao,
  RECORD_SCHEMAS,
  type RecordOf,
  scopeOf,
} from './records';
import { mappingStrings as s } from './strings';

/** CREDERE lists known when importing; an absent list means "cannot check", not "empty". */
export interface KnownLists {
  stores?: CredereStore[];
  banks?: CredereBank[];
  /** Integrated banks per CREDERE store id. */
  integrated?: Record<string, CredereBank[]>;
  professions?: CredereProfession[];
}

export interface ImportPlan {
  loja: Loja[];
  banco: Banco[];
  profissao: Profissao[];
}

export type ImportCheck =
  | { ok: true; plan: ImportPlan; rows: number }
  | { ok: false; problems: ImportProblem[] };

/** More than this many errors are summarised: nobody reads 10,000 of them. */
export const MAX_REPORTED_PROBLEMS = 200;

interface Candidate {
  kind: MappingKind;
  /** Where the row came from, for messages: "Linha 5" or "Linha 12 (profissoes, item 3)". */
  where: string;
  line: number | null;
  raw: unknown;
}

const FIELD_LABELS: Record<string, string> = {
  dmsCode: 'código DMS',
  dmsName: 'nome DMS',
  cnpj: 'CNPJ',
  credereStoreId: 'id da loja CREDERE',
  credereStoreName: 'nome da loja CREDERE',
  storeScope: 'loja CREDERE',
  febrabanCode: 'código febraban',
  credereBankId: 'id do banco CREDERE',
  credereProfessionId: 'id da profissão CREDERE',
  credereIdentifier: 'identificador CREDERE',
  credereLabel: 'nome da profissão CREDERE',
};

function blankToNull(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}

/** CSV cell → integer, or the text itself so zod reports "expected number" on the right field. */
function intCell(value: string | undefined): number | string | null {
  const text = blankToNull(value);
  if (text === null) return null;
  return /^\d{1,12}$/.test(text) ? Number(text) : text;
}

function csvRecord(kind: MappingKind, values: Record<string, string>): unknown {
  switch (kind) {
    case 'loja':
      return {
        dmsCode: values.codigo_dms ?? '',
        dmsName: values.nome_dms ?? '',
        cnpj: blankToNull(values.cnpj),
        credereStoreId: blankToNull(values.id_loja_credere),
        credereStoreName: blankToNull(values.nome_loja_credere),
      };
    case 'banco':
      return {
        storeScope: blankToNull(values.loja_credere) ?? ALL_STORES,
        dmsCode: values.codigo_dms ?? '',
        dmsName: values.nome_dms ?? '',
        febrabanCode: blankToNull(values.codigo_febraban),
        credereBankId: intCell(values.id_banco_credere),
      };
    case 'profissao':
      return {
        dmsCode: values.codigo_dms ?? '',
        dmsName: values.nome_dms ?? '',
        credereProfessionId: intCell(values.id_profissao_credere),
        credereIdentifier: blankToNull(values.identificador_credere),
        credereLabel: blankToNull(values.nome_profissao_credere),
      };
  }
}

function zodProblems(where: string, line: number | null, error: z.ZodError): ImportProblem[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const label = FIELD_LABELS[field] ?? field;
    let problem: string;
    if (field === 'dmsCode' && (issue.code === 'too_small' || issue.code === 'invalid_type'))
      problem = t(s.errEmptyCode);
    else if (issue.code === 'invalid_type')
      problem = t(s.errWrongType, label, issue.expected === 'number' ? 'número inteiro' : 'texto');
    else if (issue.code === 'too_big') problem = t(s.errTooLong, label);
    else if (issue.code === 'too_small') problem = t(s.errRequired, label);
    else problem = t(s.errInvalidValue, label);
    return { line, message: `${where}: ${problem}` };
  });
}

/** Checks a record against the CREDERE lists and completes the CREDERE side from them. */
function checkAgainstLists(kind: MappingKind, record: Loja | Banco | Profissao, known: KnownLists): string[] {
  const problems: string[] = [];
  if (kind === 'loja') {
    const loja = record as Loja;
    if (loja.cnpj) {
      const cnpj = parseCnpj(loja.cnpj, 'CNPJ');
      if (cnpj.ok) loja.cnpj = cnpj.data;
      else problems.push(cnpj.error.message);
    }
    if (loja.credereStoreId && known.stores) {
      const store = known.stores.find((candidate) => candidate.id === loja.credereStoreId);
      if (!store) problems.push(t(s.errUnknownStore, loja.credereStoreId));
      else loja.credereStoreName ??= store.name;
    }
  } else if (kind === 'banco') {
    const banco = record as Banco;
    if (
      banco.storeScope !== ALL_STORES &&
      known.stores &&
      !known.stores.some((x) => x.id === banco.storeScope)
    ) {
      problems.push(t(s.errUnknownStore, banco.storeScope));
      return problems;
    }
    if (banco.febrabanCode) {
      const choices = banco.storeScope === ALL_STORES ? known.banks : known.integrated?.[banco.storeScope];
      if (choices) {
        const bank = choices.find(
          (candidate) => candidate.code.toLowerCase() === banco.febrabanCode!.toLowerCase(),
        );
        if (!bank) {
          problems.push(
            banco.storeScope === ALL_STORES
              ? t(s.errUnknownBank, banco.febrabanCode)
              : t(s.errBankNotIntegrated, banco.febrabanCode, banco.storeScope),
          );
        } else if (banco.credereBankId !== null && bank.id !== null && banco.credereBankId !== bank.id) {
          problems.push(t(s.errBankIdMismatch, banco.credereBankId, banco.febrabanCode, bank.id));
        } else {
          banco.febrabanCode = bank.code;
          banco.credereBankId ??= bank.id;
        }
      }
    } else if (banco.credereBankId !== null) {
      problems.push(t(s.errBankCodeMissing));
    }
  } else {
    const profissao = record as Profissao;
    const { credereProfessionId: id, credereIdentifier: identifier } = profissao;
    if ((id !== null || identifier) && known.professions) {
      const byId = id !== null ? known.professions.find((p) => p.id === id) : undefined;
      const byIdentifier = identifier
        ? known.professions.find((p) => p.identifier === identifier)
        : undefined;
      if (id !== null && !byId) problems.push(t(s.errUnknownProfessionId, id));
      if (identifier && !byIdentifier) problems.push(t(s.errUnknownProfessionIdentifier, identifier));
      if (byId && byIdentifier && byId !== byIdentifier) {
        problems.push(t(s.errProfessionMismatch, id!, identifier!));
      }
      const match = byId ?? byIdentifier;
      if (match && !problems.length) {
        profissao.credereProfessionId = match.id;
        profissao.credereIdentifier = match.identifier;
        profissao.credereLabel ??= match.label;
      }
    }
  }
  return problems;
}

function validateCandidates(candidates: Candidate[], known: KnownLists): ImportCheck {
  const problems: ImportProblem[] = [];
  const plan: ImportPlan = { loja: [], banco: [], profissao: [] };
  const seen = new Map<string, string>();
  for (const candidate of candidates) {
    const parsed = RECORD_SCHEMAS[candidate.kind].safeParse(candidate.raw);
    if (!parsed.success) {
      problems.push(...zodProblems(candidate.where, candidate.line, parsed.error));
      continue;
    }
    const record = parsed.data as Loja & Banco & Profissao;
    const key = mappingId(candidate.kind, scopeOf(candidate.kind, record), record.dmsCode);
    const first = seen.get(key);
    if (first) {
      problems.push({
        line: candidate.line,
        message: `${candidate.where}: ${t(s.errDuplicate, record.dmsCode, first)}`,
      });
      continue;
    }
    seen.set(key, candidate.where.toLowerCase());
    for (const problem of checkAgainstLists(candidate.kind, record, known)) {
      problems.push({ line: candidate.line, message: `${candidate.where}: ${problem}` });
    }
    (plan[candidate.kind] as RecordOf[MappingKind][]).push(record);
  }
  if (problems.length) return { ok: false, problems: summarise(problems) };
  return { ok: true, plan, rows: candidates.length };
}

function summarise(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_REPORTED_PROBLEMS),
    { line: null, message: t(s.errMoreProblems, problems.length - MAX_REPORTED_PROBLEMS) },
  ];
}

function tooLarge(text: string): ImportCheck | null {
  // Characters, not bytes, but a file this long in characters is over the byte limit too.
  if (text.length <= MAX_IMPORT_BYTES) return null;
  return {
    ok: false,
    problems: [{ line: null, message: t(s.errFileTooLarge, (text.length / 1048576).toFixed(1)) }],
  };
}

/** Validates a CSV file of one kind. `expected` = the section it is imported from. */
export function checkCsvImport(text: string, known: KnownLists, expected?: MappingKind): ImportCheck {
  const big = tooLarge(text);
  if (big) return big;
  const parsed = parseMappingsCsv(text, expected);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  if (!parsed.rows.length) return { ok: false, problems: [{ line: null, message: t(s.errNoRows) }] };
  return validateCandidates(
    parsed.rows.map((row) => ({
      kind: parsed.kind,
      where: t(s.whereLine, row.line),
      line: row.line,
      raw: csvRecord(parsed.kind, row.values),
    })),
    known,
  );
}

/** Validates a JSON mappings document (export or policy). */
export function checkJsonImport(text: string, known: KnownLists): ImportCheck {
  const big = tooLarge(text);
  if (big) return big;
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const position = /position (\d+)/.exec(String((error as Error).message));
    const line = position ? lineOfOffset(text, Number(position[1])) : null;
    return {
      ok: false,
      problems: [{ line, message: line ? t(s.errJsonSyntaxAt, line) : t(s.errJsonSyntax) }],
    };
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    return { ok: false, problems: [{ line: 1, message: t(s.errNotDocument, MAPPINGS_DOCUMENT_FORMAT) }] };
  }
  const record = doc as Record<string, unknown>;
  if (record.format !== MAPPINGS_DOCUMENT_FORMAT) {
    return { ok: false, problems: [{ line: 1, message: t(s.errNotDocument, MAPPINGS_DOCUMENT_FORMAT) }] };
  }
  if (record.version !== MAPPINGS_DOCUMENT_VERSION) {
    return { ok: false, problems: [{ line: 1, message: t(s.errDocumentVersion, String(record.version)) }] };
  }
  const lines = locateJsonItems(text);
  const candidates: Candidate[] = [];
  const problems: ImportProblem[] = [];
  for (const kind of MAPPING_KINDS) {
    const key = DOCUMENT_KEYS[kind];
    const list = record[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push({ line: null, message: t(s.errNotList, key) });
      continue;
    }
    list.forEach((raw, index) => {
      const line = lines[key]?.[index] ?? null;
      candidates.push({
        kind,
        where: line ? t(s.whereJsonLine, line, key, index + 1) : t(s.whereJsonItem, key, index + 1),
        line,
        raw,
      });
    });
  }
  if (problems.length) return { ok: false, problems };
  return validateCandidates(candidates, known);
}
