import { useEffect, useState } from 'preact/hooks';
import { commonStrings } from '@/lib/i18n/common-strings';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/client';

/** Toolbar popup: at-a-glance status for the salesperson. */
export function PopupApp() {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void sendMessage('system.ping', { text: 'popup' }).then((result) => {
      if (result.ok) setVersion(result.data.version);
    });
  }, []);
  return (
    <main style={{ minWidth: '18rem', padding: '0.75rem' }}>
      <h1>{t(commonStrings.popupTitle)}</h1>
      <p role="status">{version ? t(commonStrings.version, version) : t(commonStrings.loading)}</p>
    </main>
  );
}
