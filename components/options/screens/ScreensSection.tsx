import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { screensOptionsStrings as s } from '@/lib/screens/options-strings';
import type { EffectiveProfile } from '@/lib/screens/types';
import { OriginsPanel } from './OriginsPanel';
import { PROFILE_TEMPLATE } from './profile-template';

type Diagnosis = ResponseOf<'screens.diagnose'>['frames'];
type Notice = { text: string; tone: 'ok' | 'error' } | null;

const SOURCE = { shipped: s.sourceShipped, custom: s.sourceCustom, policy: s.sourcePolicy } as const;

function stripSource(profile: EffectiveProfile): Omit<EffectiveProfile, 'source'> {
  const { source: _source, ...rest } = profile;
  return rest;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: t(s.jsonInvalid, error instanceof Error ? error.message : '') };
  }
}

export function ScreensSection() {
  const [profiles, setProfiles] = useState<EffectiveProfile[]>([]);
  const [editor, setEditor] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [tabs, setTabs] = useState<{ tabId: number; title: string; url: string }[]>([]);
  const [tabId, setTabId] = useState<number | null>(null);
  const [diagnosis, setDiagnosis] = useState<Diagnosis | null>(null);

  const reload = async () => {
    const result = await sendMessage('screens.listProfiles', {});
    if (result.ok) setProfiles(result.data.profiles as EffectiveProfile[]);
  };
  const reloadTabs = async () => {
    const result = await sendMessage('screens.listDmsTabs', {});
    if (result.ok) {
      setTabs(result.data.tabs);
      setTabId((current) => current ?? result.data.tabs[0]?.tabId ?? null);
    }
  };
  useEffect(() => {
    void reload();
    void reloadTabs();
  }, []);

  const save = async () => {
    const parsed = parseJson(editor);
    if (!parsed.ok) return setNotice({ text: parsed.message, tone: 'error' });
    const result = await sendMessage('screens.saveProfile', { profile: parsed.value });
    if (!result.ok) return setNotice({ text: result.error.message, tone: 'error' });
    setNotice({ text: t(s.profileSaved, result.data.id), tone: 'ok' });
    await reload();
  };

  const remove = async (id: string) => {
    const result = await sendMessage('screens.deleteProfile', { id });
    setNotice(
      result.ok
        ? { text: t(s.profileDeleted, id), tone: 'ok' }
        : { text: result.error.message, tone: 'error' },
    );
    await reload();
  };

  const exportAll = () => {
    const blob = new Blob([JSON.stringify(profiles.map(stripSource), null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'ponte-credere-perfis-de-tela.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseJson(await file.text());
    if (!parsed.ok) return setNotice({ text: parsed.message, tone: 'error' });
    const list = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    const result = await sendMessage('screens.importProfiles', { profiles: list });
    setNotice(
      result.ok
        ? { text: t(s.imported, result.data.saved.length), tone: 'ok' }
        : { text: result.error.message, tone: 'error' },
    );
    await reload();
  };

  const diagnose = async (withDraft: boolean) => {
    if (tabId === null) return;
    let profile: unknown;
    if (withDraft) {
      const parsed = parseJson(editor);
      if (!parsed.ok) return setNotice({ text: parsed.message, tone: 'error' });
      profile = parsed.value;
    }
    const result = await sendMessage('screens.diagnose', { tabId, profile });
    if (!result.ok) return setNotice({ text: result.error.message, tone: 'error' });
    setDiagnosis(result.data.frames);
  };

  const yesNo = (value: boolean) => t(value ? s.yes : s.no);

  return (
    <section aria-labelledby="telas-title" class="pc-card">
      <h2 id="telas-title">{t(s.section)}</h2>
      <OriginsPanel />

      <h3 id="telas-perfis">{t(s.profilesTitle)}</h3>
      <p class="pc-hint">{t(s.profilesHint)}</p>
      <ul aria-labelledby="telas-perfis" data-testid="profiles-list">
        {profiles.map((profile) => (
          <li key={profile.id}>
            <strong>{profile.label}</strong> <code>{profile.id}</code> ({t(SOURCE[profile.source])}){' '}
            <button
              type="button"
              class="secondary"
              onClick={() => setEditor(JSON.stringify(stripSource(profile), null, 2))}
            >
              {t(s.edit, profile.id)}
            </button>{' '}
            {profile.source === 'custom' ? (
              <button type="button" class="danger" onClick={() => void remove(profile.id)}>
                {t(s.remove, profile.id)}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <p>
        <button
          type="button"
          class="secondary"
          onClick={() => setEditor(JSON.stringify(PROFILE_TEMPLATE, null, 2))}
        >
          {t(s.newProfile)}
        </button>{' '}
        <button type="button" class="secondary" onClick={exportAll}>
          {t(s.exportAll)}
        </button>
      </p>
      <div class="pc-field">
        <label for="telas-import">{t(s.importLabel)}</label>
        <input
          id="telas-import"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.currentTarget.files?.[0])}
        />
      </div>
      <div class="pc-field">
        <label for="telas-editor">{t(s.editorLabel)}</label>
        <textarea
          id="telas-editor"
          rows={18}
          spellcheck={false}
          style={{ fontFamily: 'monospace', width: '100%' }}
          value={editor}
          onInput={(e) => setEditor(e.currentTarget.value)}
        />
      </div>
      <p>
        <button type="button" onClick={() => void save()}>
          {t(s.saveProfile)}
        </button>
      </p>
      {notice ? (
        <p
          role={notice.tone === 'error' ? 'alert' : 'status'}
          class={notice.tone === 'ok' ? 'pc-ok' : 'pc-error'}
        >
          {notice.text}
        </p>
      ) : null}

      <h3>{t(s.diagTitle)}</h3>
      <p class="pc-hint">{t(s.diagHint)}</p>
      {tabs.length === 0 ? <p>{t(s.diagNoTabs)}</p> : null}
      <div class="pc-field">
        <label for="telas-aba">{t(s.diagTab)}</label>
        <select id="telas-aba" value={tabId ?? ''} onChange={(e) => setTabId(Number(e.currentTarget.value))}>
          {tabs.map((tab) => (
            <option key={tab.tabId} value={tab.tabId}>
              {tab.title || tab.url}
            </option>
          ))}
        </select>
      </div>
      <p>
        <button type="button" class="secondary" onClick={() => void reloadTabs()}>
          {t(s.diagRefresh)}
        </button>{' '}
        <button type="button" disabled={tabId === null} onClick={() => void diagnose(false)}>
          {t(s.diagRun)}
        </button>{' '}
        <button
          type="button"
          disabled={tabId === null || editor.trim() === ''}
          onClick={() => void diagnose(true)}
        >
          {t(s.diagRunDraft)}
        </button>
      </p>
      {diagnosis?.map((frame) => (
        <div key={frame.frameId} data-testid="diagnosis-frame">
          <p>
            <strong>
              {t(
                s.diagFrame,
                frame.frameId,
                frame.profileId ?? t(s.none),
                yesNo(frame.markerVisible),
                yesNo(frame.anchorFound),
              )}
            </strong>
            <br />
            <code>{frame.url}</code>
          </p>
          {frame.fields.length > 0 ? (
            <table>
              <thead>
                <tr>
                  <th>{t(s.diagField)}</th>
                  <th>{t(s.diagFound)}</th>
                  <th>{t(s.diagRaw)}</th>
                  <th>{t(s.diagValue)}</th>
                </tr>
              </thead>
              <tbody>
                {frame.fields.map((field) => (
                  <tr key={field.field}>
                    <td>{field.field}</td>
                    <td>{field.found ? t(s.yes) : (field.problem ?? t(s.no))}</td>
                    <td>{field.raw ?? ''}</td>
                    <td>{field.value === undefined ? '' : JSON.stringify(field.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ))}
    </section>
  );
}
