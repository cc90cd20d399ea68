import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { popupStrings as s } from '@/lib/i18n/popup-strings';
import { t, uiLanguage } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';

type AuthStatus = ResponseOf<'auth.getStatus'>;

/** One line a salesperson can act on: connected, or who must do what. */
export function ConnectionStatus() {
  const [status, setStatus] = useState<AuthStatus | null>(null);
  useEffect(() => {
    void sendMessage('auth.getStatus', {}).then((result) => {
      if (result.ok) setStatus(result.data);
    });
  }, []);
  if (!status) return null;
  const openOptions = () => void browser.runtime.openOptionsPage();
  if (status.connected) {
    const until = status.expiresAt
      ? new Date(status.expiresAt).toLocaleString(uiLanguage(), { dateStyle: 'short', timeStyle: 'short' })
      : null;
    const text = status.hasRefreshToken || !until ? t(s.connectedRefreshing) : t(s.connected, until);
    return (
      <p class="pc-ok" data-testid="popup-connection">
        {text}
      </p>
    );
  }
  return (
    <div data-testid="popup-connection">
      <p class="pc-error">{status.configured ? t(s.needsReauthorization) : t(s.notConfigured)}</p>
      <button type="button" class="secondary" onClick={openOptions}>
        {t(s.openOptions)}
      </button>
    </div>
  );
}
