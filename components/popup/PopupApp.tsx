import { useEffect, useState } from 'preact/hooks';
import { commonStrings } from '@/lib/i18n/common-strings';
import { t } from '@/lib/i18n/t';
import { callBackground, sendMessage } from '@/lib/messaging/client';
import { simulationStrings as S } from '@/lib/simulation/strings';
import type { PendingItem } from '@/lib/simulation/view';
import { ConnectionStatus } from './ConnectionStatus';

/** Toolbar popup: version and the proposals still waiting to be written into LinxDMS. */
export function PopupApp() {
  const [version, setVersion] = useState<string | null>(null);
  const [items, setItems] = useState<PendingItem[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const refresh = () =>
    void sendMessage('simulation.pending', {}).then((result) => setItems(result.ok ? result.data.items : []));
  useEffect(() => {
    void sendMessage('system.ping', { text: 'popup' }).then((result) => {
      if (result.ok) setVersion(result.data.version);
    });
    refresh();
  }, []);
  const apply = async (item: PendingItem) => {
    try {
      const view = await callBackground('simulation.apply', { entryId: item.entryId });
      setMessage(
        view.writeBack.status === 'applied'
          ? { ok: true, text: t(S.popupApplied, item.atendimento) }
          : { ok: false, text: t(S.pendingApply, view.writeBack.error?.message ?? '') },
      );
    } catch (error) {
      setMessage({ ok: false, text: (error as { message: string }).message });
    }
    refresh();
  };
  return (
    <main style={{ minWidth: '22rem', padding: '0.75rem' }}>
      <h1>{t(commonStrings.popupTitle)}</h1>
      <p class="pc-hint">{version ? t(commonStrings.version, version) : t(commonStrings.loading)}</p>
      <ConnectionStatus />
      <section aria-labelledby="pending-title">
        <h2 id="pending-title">{t(S.popupPendingTitle)}</h2>
        {items === null ? (
          <p role="status">{t(commonStrings.loading)}</p>
        ) : items.length === 0 ? (
          <p>{t(S.popupNone)}</p>
        ) : (
          <ul id="pending-list">
            {items.map((item) => (
              <li key={item.entryId} data-entry={item.entryId}>
                {t(S.popupItem, item.atendimento, item.proposalId)}{' '}
                <button type="button" onClick={() => void apply(item)}>
                  {t(S.popupApply)}
                </button>
                {item.error ? <div class="pc-hint">{item.error}</div> : null}
              </li>
            ))}
          </ul>
        )}
        {message ? (
          <p role="status" class={message.ok ? 'pc-ok' : 'pc-error'}>
            {message.text}
          </p>
        ) : null}
      </section>
    </main>
  );
}
