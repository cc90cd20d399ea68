import type { ExtensionBrowser } from '../e2e/extension';
import { CLIENT_ID } from '../sandbox/server';

/**
 * Points the freshly loaded extension at the local sandbox, as an admin would in the
 * options page (custom API root + client id). Authorization itself is done in the
 * walk-through through the real "Autorizar" flow.
 */
export async function configureExtensionForSandbox(ext: ExtensionBrowser, apiRoot: string): Promise<void> {
  await ext.worker.evaluate(
    async ({ apiRoot, clientId }) => {
      const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as {
        credere?: Record<string, unknown>;
      };
      await chrome.storage.local.set({
        settings: {
          ...current,
          credere: { ...(current.credere ?? {}), environment: 'custom', customApiRoot: apiRoot, clientId },
        },
      });
    },
    { apiRoot, clientId: CLIENT_ID },
  );
}
