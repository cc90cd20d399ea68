/**
 * Outgoing webhooks: JSON POSTs to the `webhook_url` of a simulation or proposal.
 * Every attempt is recorded (status, error, body) so tests can assert on deliveries,
 * failed ones included. The payload is the resource as its GET returns it, plus `event`.
 * `webhookMode` injects the delivery failures of the reference (§13.1): never, twice,
 * out of order, and before the create call returns.
 */
import type { HeldWebhook, SandboxState } from './state';

export function sendWebhook(
  state: SandboxState,
  url: string | null,
  event: string,
  resourceId: string,
  body: unknown,
): void {
  if (!url) return;
  const mode = state.config.webhookMode;
  if (mode === 'never') {
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
  // Snapshot now: the resource keeps changing while the delivery waits.
  const payload = JSON.parse(JSON.stringify(body)) as unknown;
  if (mode === 'out_of_order') {
    hold(state, { url, event, resourceId, body: payload });
    return;
  }
  if (mode === 'before_response') {
    const g = gate(state, resourceId);
    state.schedule(state.config.webhookDelayMs, () => {
      void attempt(state, url, event, resourceId, payload, 1).then(() => {
        g.settle();
        if (state.webhookGates.get(resourceId) === g) state.webhookGates.delete(resourceId);
      });
    });
    return;
  }
  const copies = mode === 'twice' ? 2 : 1;
  for (let copy = 0; copy < copies; copy++)
    state.schedule(
      state.config.webhookDelayMs,
      () => void attempt(state, url, event, resourceId, payload, 1),
    );
}

/**
 * before_response mode: a create handler awaits this before answering, so the receiver gets the
 * resource's first webhook (delivered or failed) before the caller gets the create response.
 * Bounded by `hangMaxMs` and released by reset, so a webhook that never fires cannot pin a request.
 */
export async function holdForWebhook(state: SandboxState, url: string | null, resourceId: string) {
  if (!url || state.config.webhookMode !== 'before_response') return;
  const { settled } = gate(state, resourceId);
  const signal = AbortSignal.any([state.lifecycle.signal, AbortSignal.timeout(state.config.hangMaxMs)]);
  await Promise.race([
    settled,
    new Promise<void>((resolve) => {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
    }),
  ]);
}

/** out_of_order mode: sends every held delivery now (newest-first per resource); returns how many. */
export function releaseHeldWebhooks(state: SandboxState): number {
  let count = 0;
  for (const resourceId of [...state.heldWebhooks.keys()]) count += release(state, resourceId);
  return count;
}

function gate(state: SandboxState, resourceId: string) {
  let g = state.webhookGates.get(resourceId);
  if (!g) {
    let settle = () => {};
    const settled = new Promise<void>((resolve) => {
      settle = resolve;
    });
    g = { settled, settle };
    state.webhookGates.set(resourceId, g);
  }
  return g;
}

function hold(state: SandboxState, delivery: HeldWebhook) {
  const batch = state.heldWebhooks.get(delivery.resourceId);
  if (batch) {
    batch.push(delivery);
    return;
  }
  const fresh = [delivery];
  state.heldWebhooks.set(delivery.resourceId, fresh);
  state.schedule(state.config.webhookReorderWindowMs, () => {
    // A control-API release may already have sent this batch and a newer one may have started.
    if (state.heldWebhooks.get(delivery.resourceId) === fresh) release(state, delivery.resourceId);
  });
}

function release(state: SandboxState, resourceId: string): number {
  const batch = state.heldWebhooks.get(resourceId) ?? [];
  state.heldWebhooks.delete(resourceId);
  const newestFirst = [...batch].reverse();
  // One after another, so the receiver sees them in exactly this order.
  void (async () => {
    for (const d of newestFirst) await attempt(state, d.url, d.event, d.resourceId, d.body, 1);
  })();
  return batch.length;
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
