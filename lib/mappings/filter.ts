import { fold } from './normalize';

export interface FilterableRow {
  dmsCode: string;
  dmsName: string;
  /** Name of the CREDERE value the row maps to ('' when unmapped). */
  credereLabel: string;
  mapped: boolean;
}

/**
 * Precomputes the folded search text of each row once per data change, so each keystroke
 * is a plain substring scan (10,000 rows stay well under a frame).
 */
export function buildSearchIndex(rows: readonly FilterableRow[]): string[] {
  return rows.map((row) => fold(`${row.dmsCode} ${row.dmsName} ${row.credereLabel}`));
}

/** Rows whose code or names contain every word of the query (accents and case ignored). */
export function filterRows<T extends FilterableRow>(
  rows: readonly T[],
  index: readonly string[],
  query: string,
  onlyUnmapped: boolean,
): T[] {
  const words = fold(query).split(' ').filter(Boolean);
  const out: T[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (onlyUnmapped && row.mapped) continue;
    const text = index[i]!;
    let hit = true;
    for (const word of words) {
      if (!text.includes(word)) {
        hit = false;
        break;
      }
    }
    if (hit) out.push(row);
  }
  return out;
}
