import { ok, type Result } from '../result';
import { checkCnpjChars } from './cnpj';
import { checkCpfDigits } from './cpf';
import { readText, reject } from './field';

export type CpfOrCnpj = { kind: 'cpf' | 'cnpj'; value: string };

/** One field that takes either document: 11 characters mean CPF, 14 mean CNPJ. */
export function parseCpfCnpj(input: unknown, field = 'CPF/CNPJ'): Result<CpfOrCnpj> {
  const text = readText(input, field);
  if (!text.ok) return text;
  const upper = text.data.toUpperCase();
  if (!/^[\dA-Z.\-\s/]+$/.test(upper)) {
    return reject(field, 'use apenas letras e números, com ou sem pontos, barra e traço.');
  }
  const chars = upper.replace(/[^\dA-Z]/g, '');
  if (chars.length === 11) {
    if (/[A-Z]/.test(chars)) return reject(field, 'CPF deve ter apenas números.');
    const cpf = checkCpfDigits(chars, field);
    return cpf.ok ? ok({ kind: 'cpf', value: cpf.data }) : cpf;
  }
  if (chars.length === 14) {
    const cnpj = checkCnpjChars(chars, field);
    return cnpj.ok ? ok({ kind: 'cnpj', value: cnpj.data }) : cnpj;
  }
  return reject(
    field,
    `deve ter 11 dígitos (CPF) ou 14 caracteres (CNPJ); foram informados ${chars.length}.`,
  );
}
