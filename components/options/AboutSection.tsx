import { useEffect, useState } from 'preact/hooks';
import { optionsShellStrings as s } from '@/lib/i18n/options-shell-strings';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/client';

export function AboutSection() {
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    void sendMessage('system.ping', { text: 'options' }).then((result) =>
      setStatus(result.ok ? t(s.backgroundStatus, `v${result.data.version}`) : t(s.backgroundUnavailable)),
    );
  }, []);
  return (
    <section aria-labelledby="sobre-title" class="pc-card">
      <h2 id="sobre-title">{t(s.sectionAbout)}</h2>
      <p>{t(s.aboutText)}</p>
      <p data-testid="background-status" role="status">
        {status ?? ''}
      </p>
    </section>
  );
}
