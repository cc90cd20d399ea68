import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/router';

export const systemHandlers: Handlers = {
  'system.ping': ({ text }, { senderKind }) => ({
    reply: `pong:${text}`,
    version: browser.runtime.getManifest().version,
    sender: senderKind,
  }),
};
