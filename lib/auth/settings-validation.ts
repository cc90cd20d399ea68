/**
 * Checks of the "Autenticação" settings, with pt-BR messages that name the field.
 * Shared by the options page (before requesting the host permission) and the background
 * (which re-validates everything it is sent).
 */
import type { AppErrorData } from '../errors';
import { fieldError } from '../errors';
import type { CredereSettings } from '../settings/schema';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https, or http on loopback only (the local sandbox). */
function checkUrl(value: string, field: string, label: string): AppErrorData | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fieldError(field, `${label}: endereço inválido. Use o formato https://servidor/caminho.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return fieldError(field, `${label}: use https:// (http:// só é aceito para 127.0.0.1 ou localhost).`);
  }
  if (url.username || url.password)
    return fieldError(field, `${label}: não inclua usuário ou senha no endereço.`);
  if (url.search || url.hash)
    return fieldError(field, `${label}: não inclua parâmetros (?…) nem âncora (#…).`);
  return null;
}

export function normaliseApiRoot(value: string): string {
  return value.trim().replace(/\/+$/, '');
}

export function validateCredereSettings(
  settings: CredereSettings,
  secret: { provided: boolean; stored: boolean },
): AppErrorData | null {
  if (settings.environment === 'custom') {
    if (!settings.customApiRoot.trim())
      return fieldError(
        'customApiRoot',
        'Endereço da API: informe a raiz da API (ex.: https://servidor/api/v1).',
      );
    const problem = checkUrl(settings.customApiRoot.trim(), 'customApiRoot', 'Endereço da API');
    if (problem) return problem;
  }
  if (!settings.clientId.trim())
    return fieldError('clientId', 'Client id: informe o ID da aplicação fornecido pela CREDERE.');
  if (/\s/.test(settings.clientId.trim()) || settings.clientId.length > 200)
    return fieldError('clientId', 'Client id: não pode conter espaços nem passar de 200 caracteres.');
  if (settings.authMode === 'exchange') {
    if (!settings.tokenExchangeUrl.trim())
      return fieldError(
        'tokenExchangeUrl',
        'Endereço de troca de token: informe a URL do serviço da revenda.',
      );
    const problem = checkUrl(
      settings.tokenExchangeUrl.trim(),
      'tokenExchangeUrl',
      'Endereço de troca de token',
    );
    if (problem) return problem;
  } else if (!secret.provided && !secret.stored) {
    return fieldError('clientSecret', 'Segredo do cliente: informe o client secret fornecido pela CREDERE.');
  }
  if (!settings.scope.trim())
    return fieldError('scope', 'Escopo: informe o escopo (normalmente "simulator proposals").');
  return null;
}
