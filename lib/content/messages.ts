/**
 * Messages the background sends to a tab's content script (background → content).
 * Plain type guards instead of zod: the content script must stay small.
 */
export interface ContentPing {
  type: 'content.ping';
}

export interface ContentPingReply {
  ok: true;
  frameUrl: string;
  isTopFrame: boolean;
}

export function isContentPing(message: unknown): message is ContentPing {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'content.ping'
  );
}
