import { REAUTHORIZE_MESSAGE } from '../auth/token-endpoint';
import { getTokenManager, isConfigured, SECRET_KEYS } from '../auth/token-manager';
import { readSecret } from '../db/secrets';
import { AppError } from '../errors';
import { apiRootOf } from '../settings/schema';
import { loadLocalSettings } from '../settings/store';
import { createCredereClient } from './client';
import type { CredereApi } from './credere-api';

/**
 * A ready CREDERE client for background code. Throws AUTH_CONFIG when the "Autenticação"
 * settings are incomplete and AUTH_REQUIRED (pt-BR text telling the user to authorise)
 * when there is no usable token. Cheap: build one per task, not per worker.
 */
export async function getCredereApi(): Promise<CredereApi> {
  const settings = (await loadLocalSettings()).credere;
  const secret = await readSecret<string>(SECRET_KEYS.clientSecret);
  if (!isConfigured(settings, Boolean(secret))) throw new AppError('AUTH_CONFIG');
  const manager = getTokenManager();
  if (!(await manager.currentTokens(settings))) {
    const status = await manager.status();
    throw new AppError('AUTH_REQUIRED', status.needsReauthorization ? REAUTHORIZE_MESSAGE : undefined);
  }
  return createCredereClient({ apiRoot: apiRootOf(settings), tokens: manager });
}
