import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { AppError, ERROR_CODES, type ErrorCode } from '../errors';
import type { ContentRequest } from './content-messages';
import { contentErrorSchema } from './snapshot-schema';

/** Frame ids of a tab (content scripts only live in the DMS frames; others just fail to answer). */
export async function tabFrameIds(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: () => true,
    });
    return results.map((r) => r.frameId).sort((a, b) => a - b);
  } catch {
    return [0];
  }
}

/**
 * Sends one request to the content script of a frame and validates its reply with zod:
 * the content script runs inside a page we do not control.
 */
export async function askFrame<S extends z.ZodType>(
  tabId: number,
  frameId: number,
  request: ContentRequest,
  dataSchema: S,
): Promise<z.output<S>> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, request, { frameId });
  } catch {
    throw new AppError(
      'SCREEN_NOT_FOUND',
      'A tela do LinxDMS não respondeu. Recarregue a página do LinxDMS (F5) e tente de novo.',
    );
  }
  if (reply && typeof reply === 'object' && (reply as { ok?: unknown }).ok === false) {
    const error = contentErrorSchema.safeParse((reply as { error?: unknown }).error);
    const code =
      error.success && (ERROR_CODES as readonly string[]).includes(error.data.code)
        ? (error.data.code as ErrorCode)
        : 'INTERNAL';
    throw new AppError(code, error.success ? error.data.message : undefined);
  }
  const data = dataSchema.safeParse((reply as { data?: unknown } | undefined)?.data);
  if (!data.success) throw new AppError('BAD_MESSAGE');
  return data.data;
}
