import type { Handlers } from '../messaging/router';
import { loadSettingsView, saveLocalSettings } from '../settings/store';
import { refreshPolicy } from './apply';
import { readPolicyState } from './state';

export const policyHandlers: Handlers = {
  'policy.status': () => readPolicyState(),
  'policy.refresh': () => refreshPolicy(),
  'settings.get': async () => {
    const view = await loadSettingsView();
    return { settings: view.settings, locked: view.policy.locked };
  },
  'settings.save': async ({ settings }) => {
    await saveLocalSettings(settings);
    const view = await loadSettingsView();
    return { settings: view.settings, locked: view.policy.locked };
  },
};
