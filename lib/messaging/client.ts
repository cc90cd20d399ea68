import { browser } from 'wxt/browser';
import { DEFAULT_MESSAGES, toErrorData } from '../errors';
import type { Result } from '../result';
import type { MessageType, RequestOf, ResponseOf } from './protocol';

/**
 * Sends a typed request to the background and resolves to its Result. Never throws:
 * a dead extension context (after an update) becomes EXTENSION_RELOADED so the UI can
 * tell the salesperson to reload the DMS page.
 */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<Result<ResponseOf<K>>> {
  try {
    const response = (await browser.runtime.sendMessage({ type, payload })) as
      | Result<ResponseOf<K>>
      | undefined;
    if (!response || typeof response !== 'object' || !('ok' in response)) {
      return { ok: false, error: { code: 'BAD_MESSAGE', message: DEFAULT_MESSAGES.BAD_MESSAGE } };
    }
    return response;
  } catch (error) {
    const data = toErrorData(error);
    if (
      data.code === 'INTERNAL' &&
      error instanceof Error &&
      /Receiving end does not exist|message port closed/i.test(error.message)
    ) {
      return {
        ok: false,
        error: { code: 'EXTENSION_RELOADED', message: DEFAULT_MESSAGES.EXTENSION_RELOADED },
      };
    }
    return { ok: false, error: data };
  }
}

/** Like sendMessage but throws the error data; handy inside UI tasks that already catch. */
export async function callBackground<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const result = await sendMessage(type, payload);
  if (!result.ok) throw result.error;
  return result.data;
}
