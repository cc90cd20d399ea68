import { browser } from 'wxt/browser';

export const DMS_SCRIPT_ID = 'ponte-credere-dms';
/** Output path WXT gives the runtime-registered content script `entrypoints/dms.content.ts`. */
export const DMS_SCRIPT_FILE = 'content-scripts/dms.js';

/** Keeps only the origins this extension may actually run on (granted or manifest hosts). */
export async function grantedOrigins(patterns: string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const pattern of new Set(patterns)) {
    try {
      if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
    } catch {
      // An invalid match pattern from settings or policy is ignored rather than fatal.
    }
  }
  return granted;
}

/**
 * Registers the DMS content script for exactly the configured, granted origins, in all
 * frames (legacy DMS screens live in framesets and iframes). With no origin it is
 * unregistered, so the extension runs on no page at all.
 */
export async function syncDmsContentScript(patterns: string[]): Promise<string[]> {
  const matches = await grantedOrigins(patterns);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [DMS_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [DMS_SCRIPT_ID] });
    return [];
  }
  const script = {
    id: DMS_SCRIPT_ID,
    js: [DMS_SCRIPT_FILE],
    matches,
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}
