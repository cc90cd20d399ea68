import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type ContentPingReply, isContentPing } from './messages';

/**
 * Entry of the DMS content script. It only listens until a screen profile matches this
 * frame; pages that are not a DMS financing screen see no change.
 */
export function startDmsBridge(ctx: ContentScriptContext): void {
  const onMessage = (message: unknown, sender: { id?: string }): Promise<ContentPingReply> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isContentPing(message)) {
      return Promise.resolve({ ok: true, frameUrl: location.href, isTopFrame: window === window.top });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
