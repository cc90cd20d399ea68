/**
 * Fault injection: a list of rules, each with a method/path matcher, a use count and an
 * action. Rules are consumed in creation order; the first matching rule with uses left wins
 * (latency rules add up and let the next rule or the real handler run).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './context';
import { errorBody } from './errors';
import type { SandboxState } from './state';
import { isPlainObject, sleep } from './util';

export type DriftMode =
  | 'error_as_string'
  | 'pre_approval_status_as_string'
  | 'numbers_as_strings'
  | 'drop_optional_objects';

export type FaultAction =
  /** Answer with this status instead of running the handler (phase 'before') or after it ran ('after'). */
  | { type: 'status'; status: number; body?: unknown; html?: boolean; headers?: Record<string, string> }
  /** Never answer (until `ms`, the sandbox's hangMaxMs, reset or close); then 504. */
  | { type: 'hang'; ms?: number }
  /** Drop the TCP connection without an answer (a network error for the client). */
  | { type: 'disconnect' }
  | { type: 'rate_limit'; retryAfter?: string | number }
  /** Cut the JSON body in half (invalid JSON with a JSON content type). */
  | { type: 'truncate' }
  | { type: 'drift'; modes: DriftMode[]; drop?: string[] }
  /** Wait, then run normally. */
  | { type: 'latency'; ms: number };

export interface Fault {
  id: number;
  method: string | null;
  path: string;
  /** 'after' lets the real handler run first (the record exists) and then fails the response. */
  phase: 'before' | 'after';
  /** Remaining uses; null = unlimited. */
  remaining: number | null;
  hits: number;
  action: FaultAction;
}

export interface FaultInput {
  method?: string;
  path: string;
  phase?: 'before' | 'after';
  times?: number | null;
  action: FaultAction;
}

const DEFAULT_DROP = [
  'payment_flow',
  'expenses',
  'process_condition_payload',
  'products_options',
  'pre_aproval_task',
  'payload',
  'items',
  'user',
  'integration_error',
  'plan',
  'table',
];

export function addFault(state: SandboxState, input: FaultInput): Fault {
  if (!input || typeof input.path !== 'string' || !input.action || typeof input.action.type !== 'string')
    throw new Error('Falha inválida: informe "path" e "action.type".');
  const fault: Fault = {
    id: state.next('fault'),
    method: input.method ? input.method.toUpperCase() : null,
    path: normalizePath(input.path),
    phase:
      input.phase ?? (input.action.type === 'drift' || input.action.type === 'truncate' ? 'after' : 'before'),
    remaining: input.times === null ? null : (input.times ?? 1),
    hits: 0,
    action: input.action,
  };
  state.faults.push(fault);
  return fault;
}

function normalizePath(path: string): string {
  return path.startsWith('^') ? path : path.replace(/^\/api\/v1(?=\/|$)/, '') || '/';
}

function pathMatches(pattern: string, path: string): boolean {
  if (pattern.startsWith('^')) return new RegExp(pattern).test(path);
  const regex = pattern
    .split(/(\*\*|\*)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${regex}/?$`).test(path);
}

function take(state: SandboxState, method: string, apiPath: string, phase: Fault['phase'], types?: string[]) {
  const found: Fault[] = [];
  for (const fault of state.faults) {
    if (fault.remaining !== null && fault.remaining <= 0) continue;
    if (fault.phase !== phase) continue;
    if (fault.method && fault.method !== method) continue;
    if (types && !types.includes(fault.action.type)) continue;
    if (!pathMatches(fault.path, apiPath)) continue;
    found.push(fault);
  }
  return found;
}

function consume(fault: Fault) {
  fault.hits += 1;
  if (fault.remaining !== null) fault.remaining -= 1;
}

const PROXY_HTML = (status: number) =>
  `<html>\r\n<head><title>${status} Bad Gateway</title></head>\r\n<body>\r\n<center><h1>${status} Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** Raw Responses, not Context helpers: in the 'after' phase the context is already finalized. */
async function respondWith(c: Context<AppEnv>, state: SandboxState, fault: Fault): Promise<Response | null> {
  const action = fault.action;
  c.set('faultId', fault.id);
  switch (action.type) {
    case 'status': {
      if (action.html)
        return new Response(PROXY_HTML(action.status), {
          status: action.status,
          headers: { 'content-type': 'text/html', ...(action.headers ?? {}) },
        });
      const body = action.body ?? errorBody(action.status, defaultMessage(action.status));
      return jsonResponse(body, action.status, action.headers);
    }
    case 'rate_limit':
      return jsonResponse(errorBody(429, 'Too Many Requests'), 429, {
        'Retry-After': String(action.retryAfter ?? 1),
      });
    case 'hang': {
      await sleep(action.ms ?? state.config.hangMaxMs, state.lifecycle.signal);
      return jsonResponse(errorBody(504, 'Gateway Timeout'), 504);
    }
    case 'disconnect': {
      c.env.incoming.socket.destroy();
      // The socket is gone; this response is never written.
      return new Response(null, { status: 500 });
    }
    default:
      return null;
  }
}

function defaultMessage(status: number): string {
  if (status === 500) return 'Internal Server Error';
  if (status === 502) return 'Bad Gateway';
  if (status === 503) return 'Service Unavailable';
  if (status === 504) return 'Gateway Timeout';
  if (status === 403) return 'Forbidden';
  if (status === 404) return 'Endpoint requested not found';
  if (status === 422) return 'Unprocessable Entity';
  return 'Erro injetado pelo sandbox';
}

export function faultMiddleware(state: SandboxState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    const apiPath = c.req.path.replace(/^\/api\/v1/, '') || '/';
    for (const fault of take(state, method, apiPath, 'before', ['latency'])) {
      consume(fault);
      await sleep(fault.action.type === 'latency' ? fault.action.ms : 0, state.lifecycle.signal);
    }
    const before = take(state, method, apiPath, 'before').find((f) => f.action.type !== 'latency');
    if (before) {
      consume(before);
      const res = await respondWith(c, state, before);
      if (res) return res;
    }
    await next();
    const after = take(state, method, apiPath, 'after').find((f) => f.action.type !== 'latency');
    if (!after) return;
    consume(after);
    c.set('faultId', after.id);
    const action = after.action;
    if (action.type === 'truncate') {
      const text = await c.res.text();
      const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
      replace(c, new Response(cut, { status: c.res.status, headers: withoutLength(c.res.headers) }));
      return;
    }
    if (action.type === 'drift') {
      const type = c.res.headers.get('content-type') ?? '';
      if (!type.includes('json')) return;
      const json = (await c.res.json()) as unknown;
      const drifted = drift(json, action.modes, action.drop ?? DEFAULT_DROP);
      replace(
        c,
        new Response(JSON.stringify(drifted), {
          status: c.res.status,
          headers: withoutLength(c.res.headers),
        }),
      );
      return;
    }
    // Replacing c.res with a fresh response drops the handler's body: the create happened,
    // the client just never learns it (the indeterminate case).
    const res = await respondWith(c, state, after);
    if (res) replace(c, res);
  };
}

function withoutLength(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.delete('content-length');
  return copy;
}

/** Hono merges the old response's headers into a new one unless the old one is cleared first. */
function replace(c: Context<AppEnv>, res: Response) {
  c.res = undefined as unknown as Response;
  c.res = res;
}

const ID_KEY = /(^id$|_id$|^uuid$|_code$|^cpf|^cnpj|identifier$)/;

export function drift(value: unknown, modes: DriftMode[], drop: string[], key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => drift(v, modes, drop, key));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (modes.includes('drop_optional_objects') && drop.includes(k)) continue;
      out[k] = drift(v, modes, drop, k);
    }
    return out;
  }
  if (key === 'error' && typeof value === 'boolean' && modes.includes('error_as_string'))
    return value ? 'Erro de integração com o banco' : null;
  if (
    key === 'pre_approval_status' &&
    typeof value === 'number' &&
    modes.includes('pre_approval_status_as_string')
  )
    return String(value);
  if (
    typeof value === 'number' &&
    modes.includes('numbers_as_strings') &&
    !ID_KEY.test(key) &&
    key !== 'status'
  )
    return String(value);
  return value;
}
