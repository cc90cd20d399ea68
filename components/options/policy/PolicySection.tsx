import { useState } from 'preact/hooks';
import { t, uiLanguage } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/client';
import { SECRET_KEYS, SETTING_KEYS, type SettingKey } from '@/lib/policy/keys';
import type { ManagedMappingsDocument, ManagedScreenProfile, PolicyProblem } from '@/lib/policy/parse';
import type { PolicyState } from '@/lib/policy/state';
import { policyStrings as s } from '@/lib/policy/strings';
import { PolicyLockBadge } from './PolicyLock';
import { usePolicyState } from './usePolicy';
import './policy.css';

function settingLabel(key: SettingKey): string {
  const entry = s[`key_${key.replace('.', '_')}` as keyof typeof s];
  return entry ? t(entry) : key;
}

function displayValue(key: SettingKey, value: unknown): string {
  if (SECRET_KEYS.includes(key)) return t(s.secretMasked);
  if (key === 'mappings') {
    const doc = value as ManagedMappingsDocument;
    return t(s.mappingsSummary, doc.lojas.length, doc.bancos.length, doc.profissoes.length);
  }
  if (key === 'screenProfiles') {
    const profiles = value as ManagedScreenProfile[];
    return `${t(s.items, profiles.length)}: ${profiles.map((profile) => profile.id).join(', ')}`;
  }
  if (typeof value === 'boolean') return value ? t(s.yes) : 'false';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

function policyRows(state: PolicyState): { key: SettingKey; value: string; locked: boolean }[] {
  const rows = [];
  for (const key of SETTING_KEYS) {
    const value =
      key === 'credere.clientSecret'
        ? state.hasClientSecret
          ? true
          : undefined
        : state.values[key as keyof PolicyState['values']];
    if (value === undefined) continue;
    rows.push({ key, value: displayValue(key, value), locked: state.locked.includes(key) });
  }
  return rows;
}

function problemText(problem: PolicyProblem): string {
  const expected = s[`expect_${problem.expected}` as keyof typeof s];
  const text = t(s.problemLine, problem.field, expected ? t(expected) : problem.expected);
  return problem.received ? `${text} ${t(s.received, problem.received)}` : text;
}

function statusText(state: PolicyState, rows: number): string {
  if (state.status === 'pending') return t(s.statusPending);
  if (state.status === 'unavailable') return t(s.statusUnavailable);
  if (rows === 0 && state.problems.length === 0) return t(s.statusNone);
  const when = state.readAt ? new Date(state.readAt).toLocaleString(uiLanguage()) : '';
  return t(s.statusRead, when);
}

export function PolicySection() {
  const state = usePolicyState();
  const [busy, setBusy] = useState(false);
  const rows = policyRows(state);
  const support = state.values.supportContact;

  const refresh = async () => {
    setBusy(true);
    // The cache update re-renders through usePolicyState; the reply itself is not needed.
    await sendMessage('policy.refresh', {});
    setBusy(false);
  };

  return (
    <section aria-labelledby="politica-title" class="pc-card" data-testid="policy-section">
      <h2 id="politica-title">{t(s.sectionTitle)}</h2>
      <p>{t(s.intro)}</p>
      <p role="status" data-testid="policy-status">
        {statusText(state, rows.length)}
      </p>
      <button type="button" class="secondary" onClick={() => void refresh()} disabled={busy}>
        {t(s.refresh)}
      </button>

      {rows.length > 0 && (
        <>
          <h3>{t(s.valuesTitle)}</h3>
          <table class="pc-policy-table" data-testid="policy-values">
            <thead>
              <tr>
                <th scope="col">{t(s.colSetting)}</th>
                <th scope="col">{t(s.colValue)}</th>
                <th scope="col">{t(s.colLocked)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-setting={row.key}>
                  <th scope="row">{settingLabel(row.key)}</th>
                  <td>{row.value}</td>
                  <td>{row.locked ? <PolicyLockBadge setting={row.key} /> : t(s.noInitial)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3>{t(s.lockedTitle)}</h3>
      {state.locked.length === 0 ? (
        <p>{t(s.lockedNone)}</p>
      ) : (
        <>
          <p>{state.lockMode === 'list' ? t(s.lockModeList) : t(s.lockModePresent)}</p>
          <ul data-testid="policy-locked">
            {state.locked.map((key) => (
              <li key={key}>{settingLabel(key)}</li>
            ))}
          </ul>
        </>
      )}

      <h3>{t(s.supportTitle)}</h3>
      <p data-testid="policy-support">{support ?? t(s.supportNone)}</p>

      <h3>{t(s.problemsTitle)}</h3>
      {state.problems.length === 0 ? (
        <p class="pc-ok">{t(s.problemsNone)}</p>
      ) : (
        <div data-testid="policy-problems">
          <p>{t(s.problemsIntro)}</p>
          <ul>
            {state.problems.map((problem) => (
              <li key={`${problem.field}:${problem.expected}`} class="pc-error">
                {problemText(problem)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
