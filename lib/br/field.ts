import { fieldError } from '../errors';
import { fail, type Result } from '../result';

/** Longer than any masked Brazilian value; cutting here keeps regexes cheap on pasted garbage. */
const MAX_INPUT_LENGTH = 64;

/** A rejection whose message starts with the field label, so the user knows which field to fix. */
export function reject<T = never>(field: string, problem: string): Result<T> {
  return fail(fieldError(field, `${field}: ${problem}`));
}

/**
 * Turns whatever a screen or API handed us into trimmed text, or a rejection.
 * `trim` also strips U+00A0, which masked DMS inputs and Intl output contain.
 */
export function readText(input: unknown, field: string): Result<string> {
  if (input === null || input === undefined) return reject(field, 'não informado.');
  if (typeof input !== 'string') return reject(field, 'valor em formato inesperado (esperado texto).');
  const text = input.trim();
  if (text === '') return reject(field, 'não informado.');
  if (text.length > MAX_INPUT_LENGTH) return reject(field, 'texto longo demais para este campo.');
  return { ok: true, data: text };
}
