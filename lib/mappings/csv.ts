import Papa from 'papaparse';
import { t } from '../i18n/t';
import type { ImportProblem } from './decode';
import type { MappingKind } from './records';
import { mappingStrings as s } from './strings';

/**
 * CSV layout, one file per kind (docs/mappings.md). The header row names the columns, in any
 * order; `;` (Excel pt-BR) and `,` are both accepted; UTF-8 with or without BOM.
 * Empty CREDERE columns mean "DMS value not mapped yet".
 */
export const CSV_COLUMNS = {
  loja: ['codigo_dms', 'nome_dms', 'cnpj', 'id_loja_credere', 'nome_loja_credere'],
  banco: ['loja_credere', 'codigo_dms', 'nome_dms', 'codigo_febraban', 'id_banco_credere'],
  profissao: [
    'codigo_dms',
    'nome_dms',
    'id_profissao_credere',
    'identificador_credere',
    'nome_profissao_credere',
  ],
} as const satisfies Record<MappingKind, readonly string[]>;

/** Columns a file must have to be read as that kind. */
const REQUIRED: Record<MappingKind, string[]> = {
  loja: ['codigo_dms', 'nome_dms', 'id_loja_credere'],
  banco: ['codigo_dms', 'nome_dms', 'codigo_febraban'],
  profissao: ['codigo_dms', 'nome_dms'],
};

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export type CsvParseResult =
  | { ok: true; kind: MappingKind; rows: CsvRow[] }
  | { ok: false; problems: ImportProblem[] };

function headerKey(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Which kind a header describes: the kind whose columns contain every header cell. */
function kindOfHeader(header: string[]): MappingKind | null {
  const kinds = Object.keys(CSV_COLUMNS) as MappingKind[];
  const fits = kinds.filter((kind) =>
    header.every((cell) => (CSV_COLUMNS[kind] as readonly string[]).includes(cell)),
  );
  return fits.find((kind) => REQUIRED[kind].every((column) => header.includes(column))) ?? fits[0] ?? null;
}

/**
 * The header decides the delimiter: the most frequent of ; , and tab on the first line.
 * (Papa's own guess averages over every line and is thrown by blank trailing lines.)
 */
function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return [';', ',', '\t'].reduce((best, ch) => (count(ch) > count(best) ? ch : best), ';');
}

/**
 * Splits a CSV file into rows keyed by column. `expected` is the section the admin is in:
 * a file of another kind is refused with the columns it should have.
 */
export function parseMappingsCsv(text: string, expected?: MappingKind): CsvParseResult {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { delimiter: guessDelimiter(clean), skipEmptyLines: false });
  const data = parsed.data;
  const firstRow = data.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (firstRow < 0) return { ok: false, problems: [{ line: null, message: t(s.errEmptyFile) }] };
  const header = data[firstRow]!.map(headerKey);
  const detected = kindOfHeader(header.filter(Boolean));
  const kind = expected ?? detected;
  const problems: ImportProblem[] = [];
  const headerLine = firstRow + 1;
  if (!kind) {
    problems.push({ line: headerLine, message: t(s.errUnknownHeader, headerLine, header.join(', ')) });
    return { ok: false, problems };
  }
  const columns = CSV_COLUMNS[kind] as readonly string[];
  const unknown = header.filter((cell) => !columns.includes(cell));
  const missing = REQUIRED[kind].filter((column) => !header.includes(column));
  if (
    kind === 'profissao' &&
    !header.includes('id_profissao_credere') &&
    !header.includes('identificador_credere')
  ) {
    missing.push('id_profissao_credere ou identificador_credere');
  }
  const repeated = header.filter((cell, index) => cell && header.indexOf(cell) !== index);
  if (unknown.length || missing.length || repeated.length) {
    const details = [
      unknown.length ? t(s.errColumnsUnknown, unknown.map((c) => c || '(vazia)').join(', ')) : '',
      missing.length ? t(s.errColumnsMissing, missing.join(', ')) : '',
      repeated.length ? t(s.errColumnsRepeated, repeated.join(', ')) : '',
    ]
      .filter(Boolean)
      .join(' ');
    problems.push({
      line: headerLine,
      message: t(s.errWrongColumns, headerLine, details, columns.join(';')),
    });
    return { ok: false, problems };
  }
  const rows: CsvRow[] = [];
  for (let index = firstRow + 1; index < data.length; index++) {
    const cells = data[index]!;
    if (cells.every((cell) => cell.trim() === '')) continue;
    const line = index + 1;
    if (cells.length !== header.length) {
      problems.push({ line, message: t(s.errCellCount, line, cells.length, header.length) });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((column, i) => {
      values[column] = cells[i]!.trim();
    });
    rows.push({ line, values });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, kind, rows };
}

/** Writes rows as CSV (`;`, BOM so Excel reads the accents). */
export function toMappingsCsv(kind: MappingKind, rows: Record<string, string | number | null>[]): string {
  const columns = [...CSV_COLUMNS[kind]];
  const body = Papa.unparse(
    { fields: columns, data: rows.map((row) => columns.map((column) => row[column] ?? '')) },
    { delimiter: ';', newline: '\r\n' },
  );
  return `\uFEFF${body}\r\n`;
}
