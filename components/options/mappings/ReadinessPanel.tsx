import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/t';
import { mappingUiStrings as s } from '@/lib/mappings/ui-strings';
import { sendMessage } from '@/lib/messaging/client';

interface Failure {
  check: string;
  message: string;
  link: string;
}

/** The same check the salesperson's flow runs before simulating, for one DMS store. */
export function ReadinessPanel() {
  const [lojas, setLojas] = useState<{ dmsCode: string; dmsName: string }[]>([]);
  const [loja, setLoja] = useState('');
  const [profession, setProfession] = useState('');
  const [result, setResult] = useState<{
    ready: boolean;
    failures: Failure[];
    banks: number;
    store: string;
  } | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    void sendMessage('mappings.list', { kind: 'loja' }).then((r) => {
      if (r.ok) setLojas(r.data.rows.map((row) => ({ dmsCode: row.dmsCode, dmsName: row.dmsName })));
    });
  }, []);

  async function check() {
    setError('');
    const r = await sendMessage('mappings.readiness', {
      lojaDmsCode: loja,
      professionDmsCode: profession.trim() || undefined,
    });
    if (!r.ok) return setError(r.error.message);
    setResult({
      ready: r.data.ready,
      failures: r.data.failures,
      banks: r.data.resolved.bankCodes.length,
      store: r.data.resolved.credereStoreName ?? loja,
    });
  }

  return (
    <section class="pc-mappings__readiness" aria-labelledby="readiness-title">
      <h3 id="readiness-title">{t(s.readinessTitle)}</h3>
      <p class="pc-hint">{t(s.readinessIntro)}</p>
      <div class="pc-mappings__add-fields">
        <div class="pc-field">
          <label for="readiness-loja">{t(s.readinessLoja)}</label>
          <select id="readiness-loja" value={loja} onChange={(e) => setLoja(e.currentTarget.value)}>
            <option value="">{t(s.chooseLoja)}</option>
            {lojas.map((row) => (
              <option key={row.dmsCode} value={row.dmsCode}>
                {row.dmsCode} — {row.dmsName}
              </option>
            ))}
          </select>
        </div>
        <div class="pc-field">
          <label for="readiness-profession">{t(s.readinessProfession)}</label>
          <input
            id="readiness-profession"
            value={profession}
            onInput={(e) => setProfession(e.currentTarget.value)}
          />
        </div>
        <button type="button" onClick={() => void check()}>
          {t(s.readinessButton)}
        </button>
      </div>
      <div role="status" data-testid="readiness-result">
        {result?.ready && <p class="pc-ok">{t(s.readinessOk, result.store, result.banks)}</p>}
        {result && !result.ready && (
          <>
            <p class="pc-error">{t(s.readinessFail)}</p>
            <ul>
              {result.failures.map((failure) => (
                <li key={failure.check}>
                  {failure.message}{' '}
                  <a href={browser.runtime.getURL(`/${failure.link}` as '/options.html')}>
                    {t(s.readinessFix)}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {error && (
        <p role="alert" class="pc-error">
          {error}
        </p>
      )}
    </section>
  );
}
