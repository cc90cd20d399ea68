/**
 * Line of each item of the document's lists (lojas, bancos, profissoes), so JSON import
 * errors can point at a line like CSV errors do. A tolerant scan: it only tracks strings
 * and nesting, and gives up quietly (no lines) on anything odd; JSON.parse judges validity.
 */
export function locateJsonItems(text: string): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let stringStart = 0;
  let lastKey = '';
  let currentList: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') {
        inString = false;
        if (depth === 1) lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (ch === '"') {
      inString = true;
      stringStart = i;
    } else if (ch === '{' || ch === '[') {
      if (depth === 1 && ch === '[') {
        currentList = lastKey;
        out[currentList] = [];
      } else if (depth === 2 && currentList) out[currentList]!.push(line);
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 1) currentList = null;
    }
  }
  return out;
}

/** 1-based line of a character offset (JSON.parse reports positions). */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
