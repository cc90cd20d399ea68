import { browser } from 'wxt/browser';
import { AppError } from '../errors';
import type { Handlers } from '../messaging/router';
import { loadLocalSettings } from '../settings/store';
import { prepareLoad } from '../simulation/handlers';
import { applyToTab, undoOnTab } from './apply';
import { askFrame, tabFrameIds } from './frames';
import { harvestDmsOptions } from './harvest';
import { profilesForUrl } from './match';
import { SHIPPED_PROFILES } from './profiles';
import { openSimulationWindow, readStoredSnapshot, storeSnapshot } from './session';
import { diagnosticReportSchema } from './snapshot-schema';
import { deleteCustomProfile, effectiveProfiles, saveCustomProfile, validateProfileOrThrow } from './store';

export const screensHandlers: Handlers = {
  'screens.getProfiles': async (_payload, { senderUrl }) => ({
    profiles: senderUrl ? profilesForUrl(await effectiveProfiles(), senderUrl) : [],
  }),

  'screens.requestSimulation': async ({ snapshot }, { tabId, frameId }) => {
    if (tabId === undefined) throw new AppError('FORBIDDEN_SENDER');
    await storeSnapshot(tabId, frameId ?? 0, snapshot);
    prepareLoad(tabId, frameId ?? 0);
    return openSimulationWindow(tabId, frameId ?? 0, snapshot.deal.atendimento);
  },

  'screens.getSnapshot': async ({ tabId, frameId }) => {
    const stored = await readStoredSnapshot(tabId, frameId);
    if (!stored)
      throw new AppError('SCREEN_NOT_FOUND', 'Nenhuma leitura da tela "Calcular fator" para esta aba.');
    return { snapshot: stored.snapshot, storedAt: stored.storedAt };
  },

  'screens.applyProposal': ({ tabId, frameId, values, fingerprint }) =>
    applyToTab(tabId, frameId, values, fingerprint),

  'screens.undo': async ({ tabId, frameId }) => ({ fields: await undoOnTab(tabId, frameId) }),

  'screens.listProfiles': async () => ({
    profiles: await effectiveProfiles(),
    shippedIds: SHIPPED_PROFILES.map((p) => p.id),
  }),

  'screens.saveProfile': async ({ profile }) => ({ id: (await saveCustomProfile(profile)).id }),

  'screens.deleteProfile': async ({ id }) => ({ deleted: await deleteCustomProfile(id) }),

  'screens.importProfiles': async ({ profiles }) => {
    // All or nothing: validate every profile before storing any.
    const valid = profiles.map((candidate, index) => {
      try {
        return validateProfileOrThrow(candidate);
      } catch (error) {
        if (error instanceof AppError)
          throw new AppError('VALIDATION', `Perfil ${index + 1}: ${error.message}`);
        throw error;
      }
    });
    for (const profile of valid) await saveCustomProfile(profile);
    return { saved: valid.map((p) => p.id) };
  },

  'screens.listDmsTabs': async () => {
    const { dmsOrigins } = await loadLocalSettings();
    if (dmsOrigins.length === 0) return { tabs: [] };
    const tabs = await browser.tabs.query({ url: dmsOrigins });
    return {
      tabs: tabs
        .filter((tab) => tab.id !== undefined)
        .map((tab) => ({ tabId: tab.id!, title: tab.title ?? '', url: tab.url ?? '' })),
    };
  },

  'screens.diagnose': async ({ tabId, profile }) => {
    const draft = profile === undefined ? undefined : validateProfileOrThrow(profile);
    const frames = [];
    for (const frameId of await tabFrameIds(tabId)) {
      try {
        const report = await askFrame(
          tabId,
          frameId,
          { type: 'content.diagnose', profile: draft },
          diagnosticReportSchema,
        );
        frames.push({ ...report, frameId });
      } catch {
        // Frames outside the DMS origins have no content script.
      }
    }
    return { frames };
  },

  'screens.harvestOptions': ({ tabId }) => harvestDmsOptions(tabId),
};
