/**
 * The single HTTP path to CREDERE: ky with Bearer and Store-Id headers, timeouts,
 * retries for idempotent reads only, 429 handling, one token refresh on 401, strict
 * body checks and the mapping of every failure to the error vocabulary. Logs carry the
 * method, path template and X-Request-Id only, never bodies (customer data).
 */
import ky, { HTTPError, isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import type { z } from 'zod';
import { AppError, type AppErrorData } from '../errors';
import { describeErrorBody } from './schemas';

export interface TokenSource {
  /** A valid access token (refreshing ahead of expiry); throws AUTH_REQUIRED when there is none. */
  getAccessToken(): Promise<string>;
  /** Called once after a 401 with the token that was refused; returns a fresh token or throws. */
  refreshAfterUnauthorized(refused: string): Promise<string>;
}

export interface HttpConfig {
  apiRoot: string;
  tokens: TokenSource;
  /** Per-request timeout (ms). */
  timeoutMs?: number;
  /** Retries for GET on 5xx / network errors / short 429. */
  retryLimit?: number;
  /** Longest Retry-After (s) waited inside a GET; longer ones surface as RATE_LIMITED. */
  maxInlineRetryAfterSeconds?: number;
  /** Base backoff delay (ms) for retries; tests shorten it. */
  backoffBaseMs?: number;
  fetch?: typeof fetch;
}

export interface RequestSpec<T extends z.ZodType> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the API root, no leading slash: `banks_api/leads/123`. */
  path: string;
  /** Path template for logs (no CPF): `banks_api/leads/:cpf`. */
  label?: string;
  storeId?: string;
  searchParams?: Record<string, string | number | undefined>;
  json?: unknown;
  schema: T;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const RETRY_AFTER_CAP_SECONDS = 300;

/** Retry-After: delay seconds or an HTTP date; capped; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  let seconds: number;
  if (/^\d+(\.\d+)?$/.test(trimmed)) seconds = Number(trimmed);
  else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return null;
    seconds = Math.max(0, (at - now) / 1000);
  }
  return Math.min(RETRY_AFTER_CAP_SECONDS, Math.ceil(seconds));
}

function isHtml(text: string, contentType: string | null): boolean {
  return /html/i.test(contentType ?? '') || /^\s*</.test(text);
}

function rejectedMessage(status: number, detail: string | null): string {
  const suffix = detail ? `: ${detail}` : '.';
  if (status === 403) return `A CREDERE negou acesso a este recurso (403)${suffix}`;
  if (status === 404) return `Registro não encontrado na CREDERE${suffix}`;
  return `A CREDERE recusou o pedido (${status})${suffix}`;
}

export class CredereHttp {
  private readonly ky: KyInstance;
  private readonly config: Required<Omit<HttpConfig, 'fetch'>> & { fetch?: typeof fetch };

  constructor(config: HttpConfig) {
    this.config = {
      timeoutMs: DEFAULT_TIMEOUT_MS,
      retryLimit: 2,
      maxInlineRetryAfterSeconds: 10,
      backoffBaseMs: 400,
      ...config,
      apiRoot: config.apiRoot.replace(/\/+$/, ''),
    };
    const inlineCap = this.config.maxInlineRetryAfterSeconds;
    const base = this.config.backoffBaseMs;
    this.ky = ky.create({
      prefix: `${this.config.apiRoot}/`,
      throwHttpErrors: true,
      fetch: config.fetch,
      retry: {
        limit: this.config.retryLimit,
        // Creates are never retried: the first attempt may have been recorded (INDETERMINATE).
        methods: ['get'],
        statusCodes: [429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        maxRetryAfter: inlineCap * 1000,
        backoffLimit: 5_000,
        delay: (attempt) => base * 2 ** (attempt - 1),
        jitter: (delay) => delay * (0.8 + Math.random() * 0.4),
        shouldRetry: ({ error }) => {
          if (isHTTPError(error) && error.response.status === 429) {
            const after = parseRetryAfter(error.response.headers.get('retry-after'));
            // Waiting longer inside one call would freeze the UI; the caller decides.
            if (after !== null && after > inlineCap) return false;
          }
          return undefined;
        },
      },
    });
  }

  get apiRoot(): string {
    return this.config.apiRoot;
  }

  async request<T extends z.ZodType>(spec: RequestSpec<T>): Promise<z.output<T>> {
    const token = await this.config.tokens.getAccessToken();
    try {
      return await this.send(spec, token);
    } catch (error) {
      if (error instanceof AppError && error.data.status === 401 && error.code === 'AUTH_REQUIRED') {
        // One refresh, then one more try; a second 401 means the authorization is gone.
        const fresh = await this.config.tokens.refreshAfterUnauthorized(token);
        return await this.send(spec, fresh);
      }
      throw error;
    }
  }

  private async send<T extends z.ZodType>(spec: RequestSpec<T>, token: string): Promise<z.output<T>> {
    const isRead = spec.method === 'GET';
    const label = `${spec.method} ${spec.label ?? spec.path}`;
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
    };
    // Store-Id is set here and only here.
    if (spec.storeId !== undefined) headers['store-id'] = spec.storeId;
    const searchParams: Record<string, string> = {};
    for (const [key, value] of Object.entries(spec.searchParams ?? {})) {
      if (value !== undefined) searchParams[key] = String(value);
    }
    const timeoutMs = spec.timeoutMs ?? this.config.timeoutMs;
    let response: Response;
    try {
      response = await this.ky(spec.path, {
        method: spec.method,
        headers,
        searchParams,
        json: spec.json,
        timeout: timeoutMs,
        signal: spec.signal,
      });
    } catch (error) {
      throw await this.mapFailure(error, isRead, label);
    }
    const requestId = response.headers.get('x-request-id') ?? undefined;
    let text: string;
    try {
      text = await withTimeout(response.text(), timeoutMs);
    } catch (error) {
      throw transportError(
        error instanceof BodyTimeout ? 'TIMEOUT' : 'NETWORK',
        isRead,
        requestId,
        response.status,
      );
    }
    if (response.status === 204 || text.trim() === '') {
      const empty = spec.schema.safeParse({});
      if (empty.success) return empty.data;
      throw badResponse(requestId, response.status, label, 'empty body');
    }
    if (isHtml(text, response.headers.get('content-type'))) {
      throw badResponse(requestId, response.status, label, 'HTML body');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw badResponse(requestId, response.status, label, 'invalid or truncated JSON');
    }
    const parsed = spec.schema.safeParse(body);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') ?? '';
      throw badResponse(requestId, response.status, label, `schema mismatch at ${where}`);
    }
    return parsed.data;
  }

  private async mapFailure(error: unknown, isRead: boolean, label: string): Promise<AppError> {
    if (error instanceof AppError) return error;
    if (isTimeoutError(error)) return transportError('TIMEOUT', isRead);
    if (isNetworkError(error)) return transportError('NETWORK', isRead);
    if (error instanceof HTTPError) {
      const { response } = error;
      const status = response.status;
      const requestId = response.headers.get('x-request-id') ?? undefined;
      const data = typeof error.data === 'string' ? safeJson(error.data) : error.data;
      const { message, field } = describeErrorBody(data);
      const extra: Omit<AppErrorData, 'code' | 'message'> = { status, ...(requestId ? { requestId } : {}) };
      console.warn(`[credere] ${label} → ${status}${requestId ? ` (X-Request-Id ${requestId})` : ''}`);
      if (status === 401) return new AppError('AUTH_REQUIRED', undefined, extra);
      if (status === 429) {
        const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after')) ?? 60;
        return new AppError(
          'RATE_LIMITED',
          `A CREDERE pediu para aguardar ${retryAfterSeconds} s antes de novas chamadas.`,
          { ...extra, retryAfterSeconds },
        );
      }
      if (status >= 500) {
        if (!isRead) return new AppError('INDETERMINATE', undefined, extra);
        return new AppError('API_UNAVAILABLE', undefined, extra);
      }
      if (status === 404) return new AppError('NOT_FOUND', rejectedMessage(404, message), extra);
      return new AppError('API_REJECTED', rejectedMessage(status, message), {
        ...extra,
        ...(field ? { field } : {}),
      });
    }
    if (error instanceof DOMException && error.name === 'AbortError') {
      return transportError('TIMEOUT', isRead);
    }
    // Fetch failures that ky did not classify (e.g. a reset in some runtimes).
    if (error instanceof TypeError) return transportError('NETWORK', isRead);
    return new AppError('INTERNAL', undefined, {}, { cause: error });
  }
}

class BodyTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new BodyTimeout()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A write whose fate is unknown is INDETERMINATE: the caller must reconcile, not resend. */
function transportError(
  code: 'TIMEOUT' | 'NETWORK',
  isRead: boolean,
  requestId?: string,
  status?: number,
): AppError {
  const extra = { ...(requestId ? { requestId } : {}), ...(status ? { status } : {}) };
  return new AppError(isRead ? code : 'INDETERMINATE', undefined, extra);
}

function badResponse(requestId: string | undefined, status: number, label: string, why: string): AppError {
  console.warn(`[credere] ${label} → ${status}: ${why}${requestId ? ` (X-Request-Id ${requestId})` : ''}`);
  return new AppError('API_BAD_RESPONSE', undefined, { status, ...(requestId ? { requestId } : {}) });
}

/**
 * Follows the documented pagination: `page`/`per_page`, no metadata; stops when a page
 * is shorter than `per_page`, repeats the previous page, or `maxPages` is reached.
 */
export async function collectPages<T>(
  fetchPage: (page: number, perPage: number) => Promise<T[]>,
  options: { perPage?: number; maxPages?: number; keyOf?: (item: T) => string } = {},
): Promise<T[]> {
  const perPage = options.perPage ?? 100;
  const maxPages = options.maxPages ?? 50;
  const keyOf = options.keyOf ?? ((item: T) => JSON.stringify(item));
  const out: T[] = [];
  let previous: string | null = null;
  for (let page = 1; page <= maxPages; page++) {
    const items = await fetchPage(page, perPage);
    const signature = items.map(keyOf).join('|');
    if (previous !== null && signature === previous) break;
    out.push(...items);
    if (items.length < perPage) break;
    previous = signature;
  }
  return out;
}
