import { AppError, DEFAULT_MESSAGES, toErrorData } from '../errors';
import { fail, ok, type Result } from '../result';
import type { SenderKind } from './define';
import { type MessageType, type ParsedRequestOf, protocol, type ResponseOf } from './protocol';

export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  documentId?: string;
}

export interface HandlerContext {
  senderKind: SenderKind;
  /** Tab and frame of a content-script sender. */
  tabId?: number;
  frameId?: number;
  senderUrl?: string;
}

export type Handler<K extends MessageType> = (
  payload: ParsedRequestOf<K>,
  context: HandlerContext,
) => Promise<ResponseOf<K>> | ResponseOf<K>;

export type Handlers = { [K in MessageType]?: Handler<K> };

const PAGE_KINDS: Record<string, SenderKind> = {
  '/options.html': 'options',
  '/simulation.html': 'simulation',
  '/popup.html': 'popup',
};

/**
 * Classifies a runtime sender. Only messages from this extension count; content scripts
 * are recognised by having a tab whose document is not an extension page.
 */
export function classifySender(sender: MessageSender, extensionId: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const mozOrigin = 'moz-extension://';
  const url = sender.url ?? '';
  const isExtensionPage = url.startsWith(extensionOrigin) || url.startsWith(mozOrigin);
  if (isExtensionPage) {
    try {
      return PAGE_KINDS[new URL(url).pathname] ?? null;
    } catch {
      return null;
    }
  }
  if (sender.tab?.id !== undefined && /^https?:/.test(url)) return 'content';
  return null;
}

/**
 * Builds the background's single entry point for messages: sender check, zod parse of
 * the request, handler, zod parse of the response. The response check keeps handlers
 * from leaking fields (tokens, secrets) that the protocol does not declare.
 */
export function createMessageRouter(handlers: Handlers, extensionId: string) {
  return async function handle(message: unknown, sender: MessageSender): Promise<Result<unknown>> {
    const senderKind = classifySender(sender, extensionId);
    if (!senderKind) return fail({ code: 'FORBIDDEN_SENDER', message: DEFAULT_MESSAGES.FORBIDDEN_SENDER });
    if (!message || typeof message !== 'object' || !('type' in message)) {
      return fail({ code: 'BAD_MESSAGE', message: DEFAULT_MESSAGES.BAD_MESSAGE });
    }
    const type = (message as { type: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) {
      return fail({ code: 'BAD_MESSAGE', message: DEFAULT_MESSAGES.BAD_MESSAGE });
    }
    const spec = protocol[type as MessageType];
    if (!(spec.from as readonly SenderKind[]).includes(senderKind)) {
      return fail({ code: 'FORBIDDEN_SENDER', message: DEFAULT_MESSAGES.FORBIDDEN_SENDER });
    }
    const handler = handlers[type as MessageType] as Handler<MessageType> | undefined;
    if (!handler) return fail({ code: 'BAD_MESSAGE', message: DEFAULT_MESSAGES.BAD_MESSAGE });
    const parsed = spec.request.safeParse((message as { payload?: unknown }).payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || undefined;
      return fail({ code: 'BAD_MESSAGE', message: DEFAULT_MESSAGES.BAD_MESSAGE, field });
    }
    try {
      const data = await handler(parsed.data as never, {
        senderKind,
        tabId: sender.tab?.id,
        frameId: sender.frameId,
        senderUrl: sender.url,
      });
      const checked = spec.response.safeParse(data);
      if (!checked.success) throw new AppError('INTERNAL');
      return ok(checked.data);
    } catch (error) {
      return fail(toErrorData(error));
    }
  };
}
