/**
 * "Autorizar": the authorization-code flow through identity.launchWebAuthFlow, with
 * `state` and PKCE S256, the code exchange in the background, and the CREDERE profile
 * (user, number of stores) read once for the options page.
 */
import { browser } from 'wxt/browser';
import { createCredereClient } from '../api/client';
import { writeSecret } from '../db/secrets';
import { AppError } from '../errors';
import { apiRootOf, type CredereSettings } from '../settings/schema';
import { loadLocalSettings } from '../settings/store';
import { readClientSecret } from './client-secret';
import { randomToken, s256Challenge } from './pkce';
import type { StoredProfile, TokenManager } from './token-manager';
import { getTokenManager, isConfigured, SECRET_KEYS } from './token-manager';

export const REDIRECT_PATH = 'credere';

export interface AuthorizeRequest {
  url: string;
  state: string;
  verifier: string | null;
  redirectUri: string;
}

export async function buildAuthorizeRequest(
  settings: CredereSettings,
  redirectUri: string,
): Promise<AuthorizeRequest> {
  const state = randomToken();
  const verifier = settings.usePkce ? randomToken() : null;
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri,
    // URLSearchParams writes the space as "+": `simulator+proposals`, as CREDERE documents.
    scope: settings.scope,
    state,
  });
  if (verifier) {
    params.set('code_challenge', await s256Challenge(verifier));
    params.set('code_challenge_method', 'S256');
  }
  return { url: `${apiRootOf(settings)}/authorize?${params.toString()}`, state, verifier, redirectUri };
}

/** Reads the redirect CREDERE sent back; throws the pt-BR reason when it is not a usable code. */
export function parseAuthorizeRedirect(redirectUrl: string, expectedState: string): string {
  let url: URL;
  try {
    url = new URL(redirectUrl);
  } catch {
    throw new AppError('API_BAD_RESPONSE', 'A CREDERE devolveu um endereço de retorno inválido.');
  }
  const params = url.searchParams.size ? url.searchParams : new URLSearchParams(url.hash.replace(/^#/, ''));
  const error = params.get('error');
  const state = params.get('state');
  if (error) {
    // A denial is still checked against state: a forged error must not be trusted either.
    if (state !== expectedState) throw new AppError('AUTH_STATE_MISMATCH');
    if (error === 'access_denied') {
      throw new AppError(
        'AUTH_DENIED',
        'A autorização foi negada na página da CREDERE. Clique em "Autorizar" de novo e escolha "Autorizar" na CREDERE.',
      );
    }
    throw new AppError(
      'AUTH_DENIED',
      `A CREDERE não autorizou (${error}). Confira o client id e o escopo e tente de novo.`,
    );
  }
  if (state !== expectedState) throw new AppError('AUTH_STATE_MISMATCH');
  const code = params.get('code');
  if (!code)
    throw new AppError('API_BAD_RESPONSE', 'A CREDERE voltou sem o código de autorização. Tente de novo.');
  return code;
}

function originPattern(apiRoot: string): string {
  return `${new URL(apiRoot).origin}/*`;
}

/** Reads the CREDERE user and store count after authorising (best effort). */
export async function refreshProfile(
  manager: TokenManager = getTokenManager(),
  strict = false,
): Promise<StoredProfile | null> {
  const settings = (await loadLocalSettings()).credere;
  const api = createCredereClient({ apiRoot: apiRootOf(settings), tokens: manager });
  try {
    const [user, stores] = await Promise.all([api.getCurrentUser(), api.listStores()]);
    const profile: StoredProfile = {
      userId: user.id,
      userName: user.name,
      storeCount: stores.length,
      fetchedAt: Date.now(),
    };
    await writeSecret(SECRET_KEYS.profile, profile);
    return profile;
  } catch (error) {
    if (strict || (error instanceof AppError && error.code === 'AUTH_REQUIRED')) throw error;
    return null;
  }
}

export async function authorize(manager: TokenManager = getTokenManager()): Promise<void> {
  const settings = (await loadLocalSettings()).credere;
  const secret = await readClientSecret();
  if (!isConfigured(settings, Boolean(secret))) throw new AppError('AUTH_CONFIG');
  const apiRoot = apiRootOf(settings);
  const granted = await browser.permissions.contains({ origins: [originPattern(apiRoot)] });
  if (!granted) {
    throw new AppError(
      'PERMISSION_DENIED',
      `A extensão ainda não tem permissão para acessar ${new URL(apiRoot).origin}. Salve a configuração de novo e aceite o pedido de permissão.`,
      { field: 'customApiRoot' },
    );
  }
  const redirectUri = browser.identity.getRedirectURL(REDIRECT_PATH);
  const request = await buildAuthorizeRequest(settings, redirectUri);
  let redirect: string | undefined;
  try {
    redirect = await browser.identity.launchWebAuthFlow({ url: request.url, interactive: true });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/did not approve|closed|canceled|cancelled/i.test(text)) {
      throw new AppError('AUTH_DENIED', 'A janela de autorização da CREDERE foi fechada antes de concluir.');
    }
    throw new AppError(
      'NETWORK',
      'Não foi possível abrir ou concluir a página de autorização da CREDERE. Confira o endereço da API e a conexão.',
    );
  }
  if (!redirect)
    throw new AppError('AUTH_DENIED', 'A janela de autorização da CREDERE foi fechada antes de concluir.');
  const code = parseAuthorizeRedirect(redirect, request.state);
  await manager.exchangeCode({
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    ...(request.verifier ? { code_verifier: request.verifier } : {}),
  });
  await refreshProfile(manager);
}
