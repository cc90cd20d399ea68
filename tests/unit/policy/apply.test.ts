import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('../../../lib/content/registration', () => ({
  syncDmsContentScript: vi.fn(async (o: string[]) => o),
}));

import { syncDmsContentScript } from '../../../lib/content/registration';
import { resetDbForTests } from '../../../lib/db/open';
import { createMessageRouter } from '../../../lib/messaging/router';
import { refreshPolicy, registerPolicyImporter, startPolicyListener } from '../../../lib/policy/apply';
import { policyHandlers } from '../../../lib/policy/handlers';
import { readPolicyClientSecret } from '../../../lib/policy/secret';
import { readPolicyState } from '../../../lib/policy/state';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { loadLocalSettings, loadSavedSettings, saveLocalSettings } from '../../../lib/settings/store';

const EXT_ID = 'lnnkbpfghhmdmheogongdnblomoaeecl';
const OPTIONS = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/options.html` };

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
  vi.mocked(syncDmsContentScript).mockClear();
});

describe('effective settings', () => {
  it('are the saved settings with locked policy values on top, until the policy is read', async () => {
    await saveLocalSettings({ ...DEFAULT_SETTINGS, supportContact: 'local', journalRetentionDays: 10 });
    expect((await loadLocalSettings()).supportContact).toBe('local');

    await fakeBrowser.storage.managed.set({ supportContact: 'TI Auto Sul', clientId: 'policy-client' });
    const state = await refreshPolicy();
    expect(state.status).toBe('read');

    const settings = await loadLocalSettings();
    expect(settings.supportContact).toBe('TI Auto Sul');
    expect(settings.credere.clientId).toBe('policy-client');
    expect(settings.journalRetentionDays).toBe(10);
    // What this browser saved is untouched, so removing the policy gives it back.
    expect((await loadSavedSettings()).supportContact).toBe('local');
  });

  it('applies unlocked policy values only where nothing was saved (lockedSettings given)', async () => {
    await fakeBrowser.storage.managed.set({
      supportContact: 'TI',
      journalRetentionDays: 45,
      lockedSettings: ['supportContact'],
    });
    await refreshPolicy();
    expect((await loadLocalSettings()).journalRetentionDays).toBe(45);
    await saveLocalSettings({ ...(await loadLocalSettings()), journalRetentionDays: 12 });
    expect((await loadLocalSettings()).journalRetentionDays).toBe(12);
    expect((await loadLocalSettings()).supportContact).toBe('TI');
  });

  it('refuses to save a locked setting with POLICY_LOCKED but accepts it unchanged', async () => {
    await fakeBrowser.storage.managed.set({ clientId: 'policy-client' });
    await refreshPolicy();
    const current = await loadLocalSettings();
    await expect(saveLocalSettings({ ...current, supportContact: 'x' })).resolves.toBeTruthy();
    await expect(
      saveLocalSettings({ ...current, credere: { ...current.credere, clientId: 'mine' } }),
    ).rejects.toMatchObject({ code: 'POLICY_LOCKED', data: { field: 'credere.clientId' } });
  });
});

describe('policy messages', () => {
  it('settings.save through the router answers POLICY_LOCKED; settings.get reports the locks', async () => {
    await fakeBrowser.storage.managed.set({ dmsOrigins: ['https://dms.autosul.test/*'] });
    await refreshPolicy();
    const handle = createMessageRouter(policyHandlers, EXT_ID);
    const got = (await handle({ type: 'settings.get', payload: {} }, OPTIONS)) as {
      ok: true;
      data: { settings: typeof DEFAULT_SETTINGS; locked: string[] };
    };
    expect(got.data.locked).toEqual(['dmsOrigins']);
    expect(got.data.settings.dmsOrigins).toEqual(['https://dms.autosul.test/*']);

    const refused = await handle(
      {
        type: 'settings.save',
        payload: { settings: { ...got.data.settings, dmsOrigins: ['https://outro.test/*'] } },
      },
      OPTIONS,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'POLICY_LOCKED', field: 'dmsOrigins' } });

    const saved = await handle(
      { type: 'settings.save', payload: { settings: { ...got.data.settings, supportContact: 'ramal 1' } } },
      OPTIONS,
    );
    expect(saved).toMatchObject({ ok: true, data: { settings: { supportContact: 'ramal 1' } } });
  });

  it('policy.status never carries the client secret', async () => {
    await fakeBrowser.storage.managed.set({ clientSecret: 'super-secret-value' });
    await refreshPolicy();
    const handle = createMessageRouter(policyHandlers, EXT_ID);
    const status = await handle({ type: 'policy.status', payload: {} }, OPTIONS);
    expect(JSON.stringify(status)).not.toContain('super-secret-value');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('super-secret-value');
    expect(status).toMatchObject({
      ok: true,
      data: { hasClientSecret: true, locked: ['credere.authMode', 'credere.clientSecret'] },
    });
    expect(await readPolicyClientSecret()).toBe('super-secret-value');

    await fakeBrowser.storage.managed.remove('clientSecret');
    await refreshPolicy();
    expect(await readPolicyClientSecret()).toBeUndefined();
  });
});

describe('live policy changes', () => {
  it('re-reads on storage.onChanged (managed), re-syncs the DMS script and calls the importers', async () => {
    const imported: unknown[] = [];
    registerPolicyImporter('mappings', async (doc) => {
      imported.push(doc);
    });
    startPolicyListener();
    await vi.waitFor(async () => expect((await readPolicyState()).status).toBe('read'));
    expect(imported).toEqual([null]);

    const doc = { format: 'ponte-credere-mappings', version: 1, lojas: [{ dmsCode: '01' }] };
    await fakeBrowser.storage.managed.set({ dmsOrigins: ['https://dms.autosul.test/*'], mappings: doc });
    await vi.waitFor(async () =>
      expect((await readPolicyState()).values.dmsOrigins).toEqual(['https://dms.autosul.test/*']),
    );
    await vi.waitFor(() => expect(imported).toHaveLength(2));
    expect(imported[1]).toMatchObject({ lojas: [{ dmsCode: '01' }], bancos: [] });
    expect(vi.mocked(syncDmsContentScript)).toHaveBeenLastCalledWith(['https://dms.autosul.test/*']);

    // Unrelated change: mappings unchanged, so no second import of the same document.
    await fakeBrowser.storage.managed.set({ supportContact: 'TI' });
    await vi.waitFor(async () => expect((await readPolicyState()).values.supportContact).toBe('TI'));
    expect(imported).toHaveLength(2);
  });

  it('does not block start-up: the listener returns before storage.managed answers', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slowGet = vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async () => {
      await gate;
      return { clientId: 'slow' };
    });
    startPolicyListener();
    expect((await readPolicyState()).status).toBe('pending');
    release();
    await vi.waitFor(async () => expect((await readPolicyState()).values['credere.clientId']).toBe('slow'));
    expect(slowGet).toHaveBeenCalled();
  });

  it('can put the first read after the event that woke the worker; a managed change still applies at once', async () => {
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get');
    startPolicyListener({ firstReadAfterMs: 150 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(get).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    await vi.waitFor(async () => expect((await readPolicyState()).status).toBe('read'));

    await fakeBrowser.storage.managed.set({ supportContact: 'TI' });
    await vi.waitFor(async () => expect((await readPolicyState()).values.supportContact).toBe('TI'));
  });

  it('records a managed area that cannot be read (Firefox without policies.json) as unavailable', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    const state = await refreshPolicy();
    expect(state).toMatchObject({ status: 'unavailable', values: {}, locked: [] });
  });
});
