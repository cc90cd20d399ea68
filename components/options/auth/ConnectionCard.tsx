import { useEffect, useState } from 'preact/hooks';
import { authStrings as s } from '@/lib/auth/strings';
import type { AppErrorData } from '@/lib/errors';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';

type Status = ResponseOf<'auth.getStatus'>;

function timeLeft(ms: number): string {
  const total = Math.floor(ms / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return t(s.durationDays, days, hours);
  if (hours > 0) return t(s.durationHours, hours, minutes);
  return t(s.durationMinutes, minutes, seconds);
}

export function ConnectionCard(props: {
  status: Status | null;
  onStatus: (status: Status) => void;
  reload: () => Promise<void>;
  language: string;
}) {
  const { status } = props;
  const [busy, setBusy] = useState<'authorize' | 'disconnect' | 'test' | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [notice, setNotice] = useState('');
  const [revealed, setRevealed] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  // A revealed token is only valid for the token it came from.
  useEffect(() => setRevealed(null), [status?.maskedToken]);

  const run = async (kind: 'authorize' | 'disconnect' | 'test') => {
    setBusy(kind);
    setError(null);
    setNotice(kind === 'authorize' ? t(s.authorizing) : '');
    try {
      const result =
        kind === 'authorize'
          ? await sendMessage('auth.authorize', {})
          : kind === 'disconnect'
            ? await sendMessage('auth.disconnect', {})
            : await sendMessage('auth.getStatus', { refreshProfile: true });
      if (result.ok) {
        props.onStatus(result.data);
        setNotice(
          t(kind === 'authorize' ? s.authorizedOk : kind === 'disconnect' ? s.disconnected : s.connectionOk),
        );
      } else {
        setNotice('');
        setError(result.error);
        await props.reload();
      }
    } finally {
      setBusy(null);
    }
  };

  const reveal = async () => {
    if (revealed) {
      setRevealed(null);
      return;
    }
    const result = await sendMessage('auth.revealToken', {});
    if (result.ok) setRevealed(result.data.accessToken);
    else setError(result.error);
  };

  const copy = async () => {
    const result = await sendMessage('auth.revealToken', {});
    if (!result.ok) {
      setError(result.error);
      return;
    }
    try {
      await navigator.clipboard.writeText(result.data.accessToken);
      setNotice(t(s.copied));
    } catch {
      setNotice(t(s.copyFailed));
    }
  };

  const dateFormat = new Intl.DateTimeFormat(props.language, { dateStyle: 'short', timeStyle: 'medium' });
  const connected = status?.connected ?? false;

  return (
    <section class="pc-card" aria-labelledby="auth-connection-title">
      <h3 id="auth-connection-title">{t(s.connectionTitle)}</h3>
      {status?.needsReauthorization && (
        <p class="pc-error" role="alert" data-testid="auth-reauthorize">
          {t(s.needsReauthorization)}
        </p>
      )}
      <p id="auth-state" data-testid="auth-state" class={connected ? 'pc-ok' : undefined}>
        {!status
          ? ''
          : connected
            ? t(s.connected)
            : status.configured
              ? t(s.notConnected)
              : t(s.notConfigured)}
      </p>
      {connected && status && (
        <dl class="pc-auth-details">
          <dt>{t(s.token)}</dt>
          <dd>
            <code data-testid="auth-token">{revealed ?? status.maskedToken}</code>{' '}
            <button
              type="button"
              class="secondary"
              onClick={reveal}
              aria-pressed={revealed ? 'true' : 'false'}
            >
              {t(revealed ? s.hide : s.reveal)}
            </button>{' '}
            <button type="button" class="secondary" onClick={copy}>
              {t(s.copy)}
            </button>
          </dd>
          <dt>{t(s.validUntil)}</dt>
          <dd data-testid="auth-expires">
            {status.expiresAt ? dateFormat.format(new Date(status.expiresAt)) : t(s.noExpiry)}
          </dd>
          <dt>{t(s.timeLeft)}</dt>
          <dd data-testid="auth-time-left">
            {status.expiresAt === null
              ? t(s.noExpiry)
              : status.expiresAt > now
                ? timeLeft(status.expiresAt - now)
                : t(s.expired)}
          </dd>
          <dt>{t(s.renewal)}</dt>
          <dd>{t(status.hasRefreshToken ? s.renewalOn : s.renewalOff)}</dd>
          <dt>{t(s.user)}</dt>
          <dd data-testid="auth-user">{status.userName ?? t(s.unknown)}</dd>
          <dt>{t(s.stores)}</dt>
          <dd data-testid="auth-stores">{status.storeCount ?? t(s.unknown)}</dd>
        </dl>
      )}
      <div aria-live="polite">
        {error && (
          <p class="pc-error" role="alert" data-testid="auth-error">
            {error.message}
          </p>
        )}
        {notice && (
          <p class="pc-ok" data-testid="auth-notice">
            {notice}
          </p>
        )}
      </div>
      <p class="pc-auth-actions">
        <button
          type="button"
          onClick={() => run('authorize')}
          disabled={busy !== null || !status?.configured}
          aria-describedby={!status?.configured ? 'auth-state' : undefined}
        >
          {t(s.authorize)}
        </button>{' '}
        {connected && (
          <>
            <button type="button" class="secondary" onClick={() => run('test')} disabled={busy !== null}>
              {t(s.testConnection)}
            </button>{' '}
            <button type="button" class="danger" onClick={() => run('disconnect')} disabled={busy !== null}>
              {t(s.disconnect)}
            </button>
          </>
        )}
      </p>
    </section>
  );
}
