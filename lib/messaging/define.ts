import type { z } from 'zod';

/**
 * Which extension context may send a message. The background derives it from the
 * runtime sender (never from anything the message claims about itself).
 * - `content`: the DMS content script, running inside a page we do not control;
 * - `options`, `simulation`, `popup`: the extension's own pages.
 */
export type SenderKind = 'content' | 'options' | 'simulation' | 'popup';

export const EXTENSION_PAGES: readonly SenderKind[] = ['options', 'simulation', 'popup'];
export const ANY_SENDER: readonly SenderKind[] = ['content', ...EXTENSION_PAGES];

export interface MessageSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
  /** Contexts allowed to send it; anything else is refused before the handler runs. */
  from: readonly SenderKind[];
}

/** Identity helper that keeps literal types of a group of message specs. */
export function defineMessages<const T extends Record<string, MessageSpec>>(specs: T): T {
  return specs;
}
