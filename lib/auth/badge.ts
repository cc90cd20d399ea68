/** Toolbar badge and refresh alarm: the background's visible and scheduled side of auth. */
import { browser } from 'wxt/browser';
import { commonStrings } from '../i18n/common-strings';
import { t } from '../i18n/t';
import { authStrings } from './strings';

export const REFRESH_ALARM = 'credere-token-refresh';

export async function setReauthorizationBadge(needed: boolean): Promise<void> {
  try {
    await browser.action.setBadgeText({ text: needed ? '!' : '' });
    if (needed) await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
    await browser.action.setTitle({
      title: t(needed ? authStrings.badgeReauthorize : commonStrings.extName),
    });
  } catch {
    // No action API (unit tests): the status message still says it.
  }
}

/** Chrome fires alarms no sooner than 30 s from now. */
export async function scheduleRefreshAlarm(at: number | null): Promise<void> {
  try {
    await browser.alarms.clear(REFRESH_ALARM);
    if (at !== null) await browser.alarms.create(REFRESH_ALARM, { when: Math.max(at, Date.now() + 30_000) });
  } catch {
    // No alarms API (unit tests): refresh-ahead on use still applies.
  }
}
