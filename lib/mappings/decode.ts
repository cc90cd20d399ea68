import { t } from '../i18n/t';
import { mappingStrings as s } from './strings';

/** Larger files are refused before reading: a DE>PARA table of 10,000 rows is well under 1 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportProblem {
  /** 1-based line of the file, null when the problem is about the whole file. */
  line: number | null;
  message: string;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; problems: ImportProblem[] };

/** Checks the size announced by the file picker, before anything is read. */
export function checkImportSize(size: number): ImportProblem | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  const mb = (size / (1024 * 1024)).toLocaleString('pt-BR', { maximumFractionDigits: 1 });
  return { line: null, message: t(s.errFileTooLarge, mb) };
}

/**
 * Offset of the first byte that breaks UTF-8, or -1. Written out because TextDecoder only
 * says "invalid", and the admin needs the line to look at.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      extra = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      extra = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      extra = 3;
      min = 0x10000;
    } else return i;
    if (i + extra >= bytes.length) return i;
    let code = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Bytes of an import file → text. Refuses files over the limit and anything that is not
 * UTF-8 (Excel's "CSV" is Windows-1252/Latin-1, which would silently turn "Mecânico" into
 * mojibake); a UTF-8 BOM is accepted and dropped.
 */
export function decodeImportBytes(bytes: Uint8Array): DecodeResult {
  const tooLarge = checkImportSize(bytes.byteLength);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const line = lineAt(bytes, offset);
    return { ok: false, problems: [{ line, message: t(s.errNotUtf8, line) }] };
  }
}
