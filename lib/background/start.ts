import { browser } from 'wxt/browser';
import { syncDmsContentScript } from '../content/registration';
import { registerMappingsPolicyImporter } from '../mappings/policy-importer';
import { createMessageRouter } from '../messaging/router';
import { startPolicyListener } from '../policy/apply';
import { loadLocalSettings, SETTINGS_STORAGE_KEY } from '../settings/store';
import { registerJournalRetention } from '../simulation/retention';
import { collectHandlers } from './handlers';

/**
 * Start-up housekeeping (the policy re-read, the journal prune) waits this long, so the
 * event that woke the worker, usually a salesperson's click, is served without contention.
 */
const HOUSEKEEPING_DELAY_MS = 2_000;

/**
 * Wires the service worker. Listeners are registered synchronously on every start so an
 * event that woke the worker is not missed; nothing that must outlive an idle worker is
 * kept in memory here.
 */
export function startBackground(): void {
  registerMappingsPolicyImporter();
  startPolicyListener({ firstReadAfterMs: HOUSEKEEPING_DELAY_MS });
  registerJournalRetention({ firstPruneAfterMs: HOUSEKEEPING_DELAY_MS });
  const handle = createMessageRouter(collectHandlers(), browser.runtime.id);
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));

  const syncScripts = async () => {
    const settings = await loadLocalSettings();
    await syncDmsContentScript(settings.dmsOrigins);
  };
  browser.runtime.onInstalled.addListener(() => void syncScripts());
  browser.runtime.onStartup.addListener(() => void syncScripts());
  browser.permissions.onAdded.addListener(() => void syncScripts());
  browser.permissions.onRemoved.addListener(() => void syncScripts());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) void syncScripts();
  });
}
