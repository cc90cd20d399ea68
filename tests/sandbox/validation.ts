/** Body checks shared by the write endpoints; every message names the field (pt-BR). */
import type { Context } from 'hono';
import type { AppEnv } from './context';
import { ApiError, unprocessable } from './errors';
import { isPlainObject } from './util';

export async function jsonBody(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = await c.req.json();
  } catch {
    throw new ApiError(400, 'Corpo da requisição não é um JSON válido.');
  }
  if (!isPlainObject(parsed)) throw new ApiError(400, 'Corpo da requisição deve ser um objeto JSON.');
  return parsed;
}

export function rootObject(body: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = body[key];
  if (!isPlainObject(value)) throw new ApiError(400, `param is missing or the value is empty: ${key}`);
  return value;
}

/** Money is integer centavos: decimals, strings and negatives are refused naming the field. */
export function cents(
  value: unknown,
  field: string,
  opts: { optional?: boolean; min?: number } = {},
): number | null {
  if (value === undefined || value === null) {
    if (opts.optional) return null;
    throw unprocessable(`${field} é obrigatório (valor inteiro em centavos).`, { field });
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value))
    throw unprocessable(
      `${field} deve ser um número inteiro em centavos (recebido ${JSON.stringify(value)}). Ex.: R$ 1.234,56 = 123456.`,
      { field },
    );
  if (value < (opts.min ?? 0))
    throw unprocessable(`${field} não pode ser menor que ${opts.min ?? 0}.`, { field });
  return value;
}

export function integer(
  value: unknown,
  field: string,
  opts: { optional?: boolean; min?: number } = {},
): number | null {
  if (value === undefined || value === null) {
    if (opts.optional) return null;
    throw unprocessable(`${field} é obrigatório.`, { field });
  }
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw unprocessable(`${field} deve ser um número inteiro (recebido ${JSON.stringify(value)}).`, {
      field,
    });
  if (opts.min !== undefined && value < opts.min)
    throw unprocessable(`${field} deve ser maior ou igual a ${opts.min} (recebido ${value}).`, { field });
  return value;
}

export function str(value: unknown, field: string, opts: { optional?: boolean } = {}): string | null {
  if (value === undefined || value === null || value === '') {
    if (opts.optional) return null;
    throw unprocessable(`${field} é obrigatório.`, { field });
  }
  if (typeof value !== 'string' && typeof value !== 'number')
    throw unprocessable(`${field} deve ser texto (recebido ${JSON.stringify(value)}).`, { field });
  return String(value);
}
