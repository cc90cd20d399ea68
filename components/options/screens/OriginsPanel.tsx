import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { syncDmsContentScript } from '@/lib/content/registration';
import { toErrorData } from '@/lib/errors';
import { t } from '@/lib/i18n/t';
import { screensOptionsStrings as s } from '@/lib/screens/options-strings';
import { loadLocalSettings, loadSavedSettings, saveLocalSettings } from '@/lib/settings/store';
import { PolicyLocked } from '../policy/PolicyLock';

/** "https://linxdms.loja.com.br:8443/qualquer" → "https://linxdms.loja.com.br:8443/*"; match patterns pass as they are. */
export function toMatchPattern(input: string): string | null {
  const text = input.trim();
  if (/^https?:\/\/(\*|[^/*]+)\/\*$/.test(text)) return text;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    // Match patterns ignore ports: the host covers every port.
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

export function OriginsPanel() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error' } | null>(null);

  // Origins set by policy (or saved before a permission was revoked) may lack the grant.
  const [notGranted, setNotGranted] = useState<string[]>([]);

  useEffect(() => {
    void loadLocalSettings().then((settings) => setOrigins(settings.dmsOrigins));
  }, []);
  useEffect(() => {
    void Promise.all(
      origins.map(async (origin) =>
        (await browser.permissions.contains({ origins: [origin] }).catch(() => true)) ? null : origin,
      ),
    ).then((missing) => setNotGranted(missing.filter((origin): origin is string => origin !== null)));
  }, [origins]);

  const grant = () => {
    // Inside the click's user gesture, before any await.
    void browser.permissions.request({ origins: notGranted }).then(async (granted) => {
      if (!granted) return;
      setNotGranted([]);
      await syncDmsContentScript(origins).catch(() => undefined);
      setMessage({ text: t(s.originSaved), tone: 'ok' });
    });
  };

  const save = async (next: string[]) => {
    try {
      const saved = await loadSavedSettings();
      const stored = await saveLocalSettings({ ...saved, dmsOrigins: next });
      setOrigins(stored.dmsOrigins);
      // The background re-syncs on the storage change too; doing it here makes it immediate.
      await syncDmsContentScript(stored.dmsOrigins).catch(() => undefined);
      setMessage({ text: t(s.originSaved), tone: 'ok' });
    } catch (error) {
      setMessage({ text: toErrorData(error).message, tone: 'error' });
    }
  };

  const add = (event: Event) => {
    event.preventDefault();
    const pattern = toMatchPattern(draft);
    if (!pattern) {
      setMessage({ text: t(s.originInvalid), tone: 'error' });
      return;
    }
    // permissions.request must run inside the click's user gesture: call it before any await.
    void browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
      if (!granted) {
        setMessage({ text: t(s.originDenied, pattern), tone: 'error' });
        return;
      }
      setDraft('');
      await save([...new Set([...origins, pattern])]);
    });
  };

  const remove = (pattern: string) => void save(origins.filter((o) => o !== pattern));

  return (
    <div>
      <h3 id="telas-origens">{t(s.originsTitle)}</h3>
      <p class="pc-hint">{t(s.originsHint)}</p>
      {origins.length === 0 ? <p>{t(s.noOrigins)}</p> : null}
      {notGranted.length > 0 ? (
        <p class="pc-error" data-testid="origins-not-granted">
          {t(s.originsNotGranted, notGranted.length)}{' '}
          <button type="button" onClick={grant}>
            {t(s.originsGrant)}
          </button>
        </p>
      ) : null}
      <PolicyLocked setting="dmsOrigins">
        <ul aria-labelledby="telas-origens">
          {origins.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>{' '}
              <button
                type="button"
                class="secondary"
                onClick={() => remove(origin)}
                aria-label={t(s.originRemove, origin)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
        <form onSubmit={add} class="pc-field">
          <label for="telas-origem">{t(s.originLabel)}</label>
          <div>
            <input
              id="telas-origem"
              type="text"
              value={draft}
              onInput={(e) => setDraft(e.currentTarget.value)}
              size={40}
            />{' '}
            <button type="submit">{t(s.originAdd)}</button>
          </div>
        </form>
      </PolicyLocked>
      {message ? (
        <p role="status" class={message.tone === 'ok' ? 'pc-ok' : 'pc-error'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
