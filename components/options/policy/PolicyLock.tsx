import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n/t';
import type { SettingKey } from '@/lib/policy/keys';
import { policyStrings as s } from '@/lib/policy/strings';
import { usePolicyLocks } from './usePolicy';

/** "definido pela política" next to a locked input; renders nothing when not locked. */
export function PolicyLockBadge({ setting, id }: { setting: SettingKey; id?: string }) {
  const { isLocked } = usePolicyLocks();
  if (!isLocked(setting)) return null;
  return (
    <span class="pc-policy-lock" id={id} data-testid={`policy-lock-${setting}`} title={t(s.lockedHint)}>
      {t(s.lockedBadge)}
    </span>
  );
}

/**
 * Wraps one setting's inputs: disables them (a disabled fieldset disables every control
 * inside) and shows the badge when the policy locks the setting.
 */
export function PolicyLocked({ setting, children }: { setting: SettingKey; children: ComponentChildren }) {
  const { isLocked } = usePolicyLocks();
  const locked = isLocked(setting);
  const badgeId = `policy-lock-${setting.replace(/\W/g, '-')}`;
  return (
    <fieldset
      class="pc-policy-locked"
      disabled={locked}
      data-policy-locked={locked ? 'true' : undefined}
      aria-describedby={locked ? badgeId : undefined}
    >
      {children}
      <PolicyLockBadge setting={setting} id={badgeId} />
    </fieldset>
  );
}
