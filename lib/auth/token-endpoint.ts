/**
 * Calls to the OAuth token endpoint: CREDERE's `/token` with the client secret, or the
 * dealer's own exchange endpoint (docs/auth.md) that holds the secret server-side.
 * Never retried: a refresh token may rotate on the first, unanswered attempt.
 */
import ky, { HTTPError, isNetworkError, isTimeoutError } from 'ky';
import { describeErrorBody, type TokenResponse, tokenResponseSchema } from '../api/schemas';
import { AppError } from '../errors';
import type { CredereSettings } from '../settings/schema';
import { apiRootOf } from '../settings/schema';

export const TOKEN_TIMEOUT_MS = 15_000;

export const REAUTHORIZE_MESSAGE =
  'A autorização com a CREDERE não vale mais (foi revogada ou expirou). Um administrador precisa abrir as opções da Ponte CREDERE, seção "Autenticação", e clicar em "Autorizar" de novo.';

/** Token-endpoint failure; `oauthError` is the OAuth error code (invalid_grant, invalid_client…). */
export class TokenEndpointError extends AppError {
  readonly oauthError: string | null;
  constructor(
    code: ConstructorParameters<typeof AppError>[0],
    message: string | undefined,
    oauthError: string | null,
    status?: number,
  ) {
    super(code, message, status ? { status } : {});
    this.oauthError = oauthError;
  }
}

export type TokenGrant =
  | { grant_type: 'authorization_code'; code: string; redirect_uri: string; code_verifier?: string }
  | { grant_type: 'refresh_token'; refresh_token: string };

export async function callTokenEndpoint(
  settings: CredereSettings,
  clientSecret: string | undefined,
  grant: TokenGrant,
  fetchImpl?: typeof fetch,
): Promise<TokenResponse> {
  const apiRoot = apiRootOf(settings);
  let url: string;
  let body: Record<string, unknown>;
  if (settings.authMode === 'exchange') {
    url = settings.tokenExchangeUrl;
    body = { ...grant, client_id: settings.clientId, api_root: apiRoot };
  } else {
    if (!clientSecret)
      throw new AppError(
        'AUTH_CONFIG',
        'Informe o segredo do cliente (client secret) nas opções, seção "Autenticação".',
      );
    url = `${apiRoot}/token`;
    body = { ...grant, client_id: settings.clientId, client_secret: clientSecret };
  }
  if (grant.grant_type === 'authorization_code') body.scope = settings.scope;
  let text: string;
  try {
    const response = await ky.post(url, {
      json: body,
      timeout: TOKEN_TIMEOUT_MS,
      retry: 0,
      headers: { accept: 'application/json' },
      fetch: fetchImpl,
    });
    text = await response.text();
  } catch (error) {
    if (error instanceof HTTPError) {
      const data = typeof error.data === 'string' ? safeJson(error.data) : error.data;
      const { oauthError, message } = describeErrorBody(data);
      const status = error.response.status;
      if (oauthError === 'invalid_grant') {
        throw new TokenEndpointError('AUTH_REQUIRED', REAUTHORIZE_MESSAGE, oauthError, status);
      }
      if (oauthError === 'invalid_client' || status === 401) {
        throw new TokenEndpointError(
          'AUTH_CONFIG',
          'A CREDERE recusou o client id ou o segredo do cliente (invalid_client). Confira os dois campos na seção "Autenticação".',
          oauthError ?? 'invalid_client',
          status,
        );
      }
      if (status >= 500) throw new TokenEndpointError('API_UNAVAILABLE', undefined, oauthError, status);
      throw new TokenEndpointError(
        'API_REJECTED',
        `A troca do código de autorização foi recusada (${status}${oauthError ? `, ${oauthError}` : ''})${message && message !== oauthError ? `: ${message}` : '.'}`,
        oauthError,
        status,
      );
    }
    if (isTimeoutError(error)) throw new TokenEndpointError('TIMEOUT', undefined, null);
    if (isNetworkError(error) || error instanceof TypeError)
      throw new TokenEndpointError('NETWORK', undefined, null);
    throw error;
  }
  const parsed = tokenResponseSchema.safeParse(safeJson(text));
  if (!parsed.success) throw new TokenEndpointError('API_BAD_RESPONSE', undefined, null);
  return parsed.data;
}

/** RFC 7009 revoke at CREDERE; best effort (a failure must not keep a user connected locally). */
export async function revokeToken(
  settings: CredereSettings,
  clientSecret: string | undefined,
  token: string,
  fetchImpl?: typeof fetch,
): Promise<boolean> {
  try {
    await ky.post(`${apiRootOf(settings)}/revoke`, {
      json: {
        token,
        client_id: settings.clientId,
        ...(settings.authMode === 'secret' && clientSecret ? { client_secret: clientSecret } : {}),
      },
      headers: { authorization: `Bearer ${token}` },
      timeout: TOKEN_TIMEOUT_MS,
      retry: 0,
      fetch: fetchImpl,
    });
    return true;
  } catch {
    return false;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
