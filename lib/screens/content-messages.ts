/**
 * Messages the background sends to the DMS content script (background → content), and the
 * plain replies. Type guards instead of zod: the content script must stay small; the
 * background validates every reply with zod (snapshot-schema.ts) because the content script
 * runs inside a page we do not control.
 */
import type { AppErrorData } from '../errors';
import type { ProposalValues, ScreenProfile } from './types';

export type ContentRequest =
  | { type: 'content.applyProposal'; values: ProposalValues; fingerprint: string }
  | { type: 'content.undo' }
  | { type: 'content.readSnapshot' }
  | { type: 'content.harvestOptions' }
  | { type: 'content.diagnose'; profile?: ScreenProfile };

export type ContentReply<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };

const TYPES = new Set([
  'content.applyProposal',
  'content.undo',
  'content.readSnapshot',
  'content.harvestOptions',
  'content.diagnose',
]);

export function isContentRequest(message: unknown): message is ContentRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    TYPES.has((message as { type?: unknown }).type as string)
  );
}
