import { deleteSecret, writeSecret } from '../db/secrets';
import { AppError } from '../errors';
import type { Handlers } from '../messaging/router';
import { apiRootOf, type CredereSettings } from '../settings/schema';
import { loadLocalSettings, saveLocalSettings } from '../settings/store';
import { authorize, refreshProfile } from './authorize';
import { registerAuthBackground } from './background';
import { readClientSecret } from './client-secret';
import { normaliseApiRoot, validateCredereSettings } from './settings-validation';
import { revokeToken } from './token-endpoint';
import { getTokenManager, SECRET_KEYS } from './token-manager';

async function settingsView() {
  const settings = await loadLocalSettings();
  const secret = await readClientSecret();
  return { credere: settings.credere, hasClientSecret: Boolean(secret) };
}

async function disconnect(): Promise<void> {
  const manager = getTokenManager();
  const settings = (await loadLocalSettings()).credere;
  const tokens = await manager.currentTokens(settings);
  if (tokens) {
    const secret = await readClientSecret();
    // Revoking the refresh token kills its access token too (RFC 7009 / Doorkeeper).
    await revokeToken(settings, secret, tokens.refreshToken ?? tokens.accessToken);
    if (tokens.refreshToken) await revokeToken(settings, secret, tokens.accessToken);
  }
  await manager.clear();
}

registerAuthBackground();

export const authHandlers: Handlers = {
  'auth.getStatus': async ({ refreshProfile: wanted }) => {
    const manager = getTokenManager();
    // "Testar conexão": a real API call (refreshing the token if due); errors reach the page.
    if (wanted) {
      if (!(await manager.currentTokens())) throw new AppError('AUTH_REQUIRED');
      await refreshProfile(manager, true);
    }
    return manager.status();
  },

  'auth.authorize': async () => {
    await authorize();
    return getTokenManager().status();
  },

  'auth.disconnect': async () => {
    await disconnect();
    return getTokenManager().status();
  },

  'auth.revealToken': async (_payload, { senderKind }) => {
    // The router already restricts the sender; this is the second lock on the door.
    if (senderKind !== 'options') throw new AppError('FORBIDDEN_SENDER');
    const tokens = await getTokenManager().currentTokens();
    if (!tokens) throw new AppError('AUTH_REQUIRED');
    return { accessToken: tokens.accessToken, expiresAt: tokens.expiresAt };
  },

  'auth.getSettings': () => settingsView(),

  'auth.saveSettings': async ({ credere, clientSecret }) => {
    const next: CredereSettings = {
      ...credere,
      customApiRoot: normaliseApiRoot(credere.customApiRoot),
      clientId: credere.clientId.trim(),
      tokenExchangeUrl: credere.tokenExchangeUrl.trim(),
      scope: credere.scope.trim().replace(/\s+/g, ' '),
    };
    const storedSecret = await readClientSecret();
    const newSecret = clientSecret?.trim() ? clientSecret.trim() : undefined;
    const problem = validateCredereSettings(next, {
      provided: Boolean(newSecret),
      stored: Boolean(storedSecret),
    });
    if (problem) throw new AppError('VALIDATION', problem.message, { field: problem.field });
    const settings = await loadLocalSettings();
    const before = settings.credere;
    if (apiRootOf(before) !== apiRootOf(next) || before.clientId !== next.clientId) {
      // Tokens belong to one API root and client: a different one starts disconnected.
      await getTokenManager().clear();
    }
    await saveLocalSettings({ ...settings, credere: next });
    if (next.authMode === 'exchange') await deleteSecret(SECRET_KEYS.clientSecret);
    else if (newSecret) await writeSecret(SECRET_KEYS.clientSecret, newSecret);
    return settingsView();
  },
};
