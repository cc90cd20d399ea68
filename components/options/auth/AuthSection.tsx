import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { validateCredereSettings } from '@/lib/auth/settings-validation';
import { authStrings as s } from '@/lib/auth/strings';
import type { AppErrorData } from '@/lib/errors';
import { commonStrings } from '@/lib/i18n/common-strings';
import { t, uiLanguage } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import type { CredereSettings } from '@/lib/settings/schema';
import { PolicyLocked } from '../policy/PolicyLock';
import { ConnectionCard } from './ConnectionCard';
import './auth.css';

type Status = ResponseOf<'auth.getStatus'>;

function originPattern(root: string): string | null {
  try {
    return `${new URL(root.trim()).origin}/*`;
  } catch {
    return null;
  }
}

export function AuthSection() {
  const [settings, setSettings] = useState<CredereSettings | null>(null);
  const [hasSecret, setHasSecret] = useState(false);
  const [secret, setSecret] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [formNotice, setFormNotice] = useState('');
  const [saving, setSaving] = useState(false);

  const loadStatus = async () => {
    const result = await sendMessage('auth.getStatus', { refreshProfile: false });
    if (result.ok) setStatus(result.data);
  };

  useEffect(() => {
    void sendMessage('auth.getSettings', {}).then((result) => {
      if (result.ok) {
        setSettings(result.data.credere);
        setHasSecret(result.data.hasClientSecret);
      } else setFormError(result.error);
    });
    void loadStatus();
  }, []);

  if (!settings) {
    return (
      <section aria-labelledby="auth-title" class="pc-card">
        <h2 id="auth-title">{t(s.sectionTitle)}</h2>
        {formError ? (
          <p class="pc-error" role="alert">
            {formError.message}
          </p>
        ) : (
          <p>{t(commonStrings.loading)}</p>
        )}
      </section>
    );
  }

  const update = (patch: Partial<CredereSettings>) => {
    setSettings({ ...settings, ...patch });
    setFormNotice('');
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setFormError(null);
    setFormNotice('');
    const problem = validateCredereSettings(settings, {
      provided: Boolean(secret.trim()),
      stored: hasSecret,
    });
    if (problem) {
      setFormError(problem);
      return;
    }
    setSaving(true);
    try {
      if (settings.environment === 'custom') {
        // Must run first, inside the click's user gesture.
        const pattern = originPattern(settings.customApiRoot);
        if (pattern) {
          const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
          if (!granted) {
            setFormError({
              code: 'PERMISSION_DENIED',
              field: 'customApiRoot',
              message: t(s.permissionRefused, pattern.replace('/*', '')),
            });
            return;
          }
        }
      }
      const result = await sendMessage('auth.saveSettings', {
        credere: settings,
        ...(settings.authMode === 'secret' && secret.trim() ? { clientSecret: secret } : {}),
      });
      if (!result.ok) {
        setFormError(result.error);
        return;
      }
      setSettings(result.data.credere);
      setHasSecret(result.data.hasClientSecret);
      setSecret('');
      setFormNotice(t(s.saved));
      await loadStatus();
    } finally {
      setSaving(false);
    }
  };

  const errorFor = (field: string) => (formError?.field === field ? formError.message : null);
  const describedBy = (field: string, hint?: string) =>
    [hint, formError?.field === field ? 'auth-form-error' : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <section aria-labelledby="auth-title">
      <div class="pc-card">
        <h2 id="auth-title">{t(s.sectionTitle)}</h2>
        <p>{t(s.intro)}</p>
      </div>

      <ConnectionCard status={status} onStatus={setStatus} reload={loadStatus} language={uiLanguage()} />

      <form class="pc-card" onSubmit={onSubmit} aria-labelledby="auth-config-title" noValidate>
        <h3 id="auth-config-title">{t(s.configTitle)}</h3>
        <PolicyLocked setting="credere.environment">
          <fieldset class="pc-field">
            <legend>{t(s.environment)}</legend>
            {(
              [
                ['production', s.envProduction],
                ['staging', s.envStaging],
                ['custom', s.envCustom],
              ] as const
            ).map(([value, label]) => (
              <label key={value} class="pc-radio">
                <input
                  type="radio"
                  name="environment"
                  value={value}
                  checked={settings.environment === value}
                  onChange={() => update({ environment: value })}
                />{' '}
                {t(label)}
              </label>
            ))}
          </fieldset>
        </PolicyLocked>

        {settings.environment === 'custom' && (
          <PolicyLocked setting="credere.customApiRoot">
            <div class="pc-field">
              <label for="auth-api-root">{t(s.customApiRoot)}</label>
              <input
                id="auth-api-root"
                type="url"
                value={settings.customApiRoot}
                aria-invalid={errorFor('customApiRoot') ? 'true' : undefined}
                aria-describedby={describedBy('customApiRoot', 'auth-api-root-hint')}
                onInput={(e) => update({ customApiRoot: (e.target as HTMLInputElement).value })}
              />
              <span id="auth-api-root-hint" class="pc-hint">
                {t(s.customApiRootHint)}
              </span>
            </div>
          </PolicyLocked>
        )}

        <PolicyLocked setting="credere.clientId">
          <div class="pc-field">
            <label for="auth-client-id">{t(s.clientId)}</label>
            <input
              id="auth-client-id"
              type="text"
              autocomplete="off"
              spellcheck={false}
              value={settings.clientId}
              aria-invalid={errorFor('clientId') ? 'true' : undefined}
              aria-describedby={describedBy('clientId')}
              onInput={(e) => update({ clientId: (e.target as HTMLInputElement).value })}
            />
          </div>
        </PolicyLocked>

        <PolicyLocked setting="credere.authMode">
          <fieldset class="pc-field">
            <legend>{t(s.authMode)}</legend>
            {(
              [
                ['secret', s.authModeSecret],
                ['exchange', s.authModeExchange],
              ] as const
            ).map(([value, label]) => (
              <label key={value} class="pc-radio">
                <input
                  type="radio"
                  name="authMode"
                  value={value}
                  checked={settings.authMode === value}
                  onChange={() => update({ authMode: value })}
                />{' '}
                {t(label)}
              </label>
            ))}
          </fieldset>
        </PolicyLocked>

        {settings.authMode === 'secret' ? (
          <PolicyLocked setting="credere.clientSecret">
            <div class="pc-field">
              <label for="auth-client-secret">{t(s.clientSecret)}</label>
              <input
                id="auth-client-secret"
                type="password"
                autocomplete="new-password"
                value={secret}
                aria-invalid={errorFor('clientSecret') ? 'true' : undefined}
                aria-describedby={describedBy('clientSecret', hasSecret ? 'auth-secret-hint' : undefined)}
                onInput={(e) => {
                  setSecret((e.target as HTMLInputElement).value);
                  setFormNotice('');
                }}
              />
              {hasSecret && (
                <span id="auth-secret-hint" class="pc-hint">
                  {t(s.clientSecretStored)}
                </span>
              )}
            </div>
          </PolicyLocked>
        ) : (
          <PolicyLocked setting="credere.tokenExchangeUrl">
            <div class="pc-field">
              <label for="auth-exchange-url">{t(s.tokenExchangeUrl)}</label>
              <input
                id="auth-exchange-url"
                type="url"
                value={settings.tokenExchangeUrl}
                aria-invalid={errorFor('tokenExchangeUrl') ? 'true' : undefined}
                aria-describedby={describedBy('tokenExchangeUrl', 'auth-exchange-hint')}
                onInput={(e) => update({ tokenExchangeUrl: (e.target as HTMLInputElement).value })}
              />
              <span id="auth-exchange-hint" class="pc-hint">
                {t(s.tokenExchangeHint)}
              </span>
            </div>
          </PolicyLocked>
        )}

        <PolicyLocked setting="credere.scope">
          <div class="pc-field">
            <label for="auth-scope">{t(s.scope)}</label>
            <input
              id="auth-scope"
              type="text"
              value={settings.scope}
              aria-invalid={errorFor('scope') ? 'true' : undefined}
              aria-describedby={describedBy('scope')}
              onInput={(e) => update({ scope: (e.target as HTMLInputElement).value })}
            />
          </div>
        </PolicyLocked>

        <PolicyLocked setting="credere.usePkce">
          <label class="pc-radio">
            <input
              id="auth-pkce"
              type="checkbox"
              checked={settings.usePkce}
              onChange={(e) => update({ usePkce: (e.target as HTMLInputElement).checked })}
            />{' '}
            {t(s.usePkce)}
          </label>
        </PolicyLocked>

        <div aria-live="polite">
          {formError && (
            <p id="auth-form-error" class="pc-error" role="alert" data-testid="auth-form-error">
              {formError.message}
            </p>
          )}
          {formNotice && (
            <p class="pc-ok" data-testid="auth-form-notice">
              {formNotice}
            </p>
          )}
        </div>
        <button type="submit" disabled={saving}>
          {t(commonStrings.save)}
        </button>
      </form>
    </section>
  );
}
