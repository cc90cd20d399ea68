/**
 * Outgoing webhooks: JSON POSTs to the `webhook_url` of a simulation or proposal.
 * Every attempt is recorded (status, error, body) so tests can assert on deliveries,
 * failed ones included. The payload is the resource as its GET returns it, plus `event`.
 */
import type { SandboxState } from './state';

export function sendWebhook(
  state: SandboxState,
  url: string | null,
  event: string,
  resourceId: string,
  body: unknown,
): void {
  if (!url) return;
  const copies = state.config.webhookMode === 'twice' ? 2 : 1;
  if (state.config.webhookMode === 'never') {
    record(state, {
      url,
      event,
      resourceId,
      attempt: 0,
      status: null,
      ok: false,
      error: 'não enviado (webhookMode=never)',
      body,
    });
    return;
  }
  const payload = JSON.parse(JSON.stringify(body)) as unknown;
  for (let copy = 0; copy < copies; copy++)
    state.schedule(
      state.config.webhookDelayMs,
      () => void attempt(state, url, event, resourceId, payload, 1),
    );
}

async function attempt(
  state: SandboxState,
  url: string,
  event: string,
  resourceId: string,
  body: unknown,
  n: number,
) {
  const signal = AbortSignal.any([
    state.lifecycle.signal,
    AbortSignal.timeout(state.config.webhookTimeoutMs),
  ]);
  let status: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'CREDERE-Sandbox-Webhook/1.0',
        'x-sandbox-event': event,
      },
      body: JSON.stringify(body),
      signal,
    });
    status = res.status;
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok) error = `HTTP ${res.status}`;
  } catch (err) {
    if (state.lifecycle.signal.aborted) return;
    error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  }
  const ok = error === null;
  record(state, { url, event, resourceId, attempt: n, status, ok, error, body });
  if (!ok && n <= state.config.webhookRetries)
    state.schedule(
      state.config.webhookRetryDelayMs,
      () => void attempt(state, url, event, resourceId, body, n + 1),
    );
}

function record(
  state: SandboxState,
  d: {
    url: string;
    event: string;
    resourceId: string;
    attempt: number;
    status: number | null;
    ok: boolean;
    error: string | null;
    body: unknown;
  },
) {
  state.webhooks.push({ seq: state.next('webhook'), at: new Date().toISOString(), ...d });
}
