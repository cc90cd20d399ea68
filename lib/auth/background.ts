/**
 * Background listeners of the auth domain: the refresh alarm, and the badge restored on
 * start when a re-authorization is pending (badges do not survive a browser restart).
 * Registered when the handler map is built, which happens synchronously on worker start.
 */
import { browser } from 'wxt/browser';
import { readSecret } from '../db/secrets';
import { REFRESH_ALARM, setReauthorizationBadge } from './badge';
import { getTokenManager, type ReauthState, SECRET_KEYS } from './token-manager';

let registered = false;

export function registerAuthBackground(): void {
  if (registered || typeof browser?.alarms?.onAlarm === 'undefined') return;
  registered = true;
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void getTokenManager().refreshFromAlarm();
  });
  void readSecret<ReauthState>(SECRET_KEYS.reauth)
    .then((reauth) => (reauth?.needed ? setReauthorizationBadge(true) : undefined))
    .catch(() => undefined);
}
