/**
 * Local CREDERE API sandbox. `startSandbox()` listens on 127.0.0.1 and a random port by
 * default and serves the API under `${origin}/api/v1` plus the control API at `/__control`.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { DEFAULT_CONFIG, mergeConfig, type SandboxConfig } from './config';
import { SandboxState } from './state';

export type { SandboxConfig } from './config';
export { DEFAULT_CONFIG } from './config';
export { CLIENT_ID, CLIENT_SECRET, EXTENSION_ID, SEED_REDIRECT_URIS } from './seed';

export interface SandboxOptions {
  port?: number;
  host?: string;
  config?: Partial<SandboxConfig>;
}

export interface RunningSandbox {
  origin: string;
  apiRoot: string;
  /** In-process access to the state, for tests that need more than the control API. */
  state: SandboxState;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const base = mergeConfig(DEFAULT_CONFIG, options.config);
  const state = new SandboxState(base);
  const app = createApp(state, () => base);
  const host = options.host ?? '127.0.0.1';
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve, reject) => {
      const srv = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, (info: AddressInfo) =>
        resolve({ server: srv, port: info.port }),
      );
      srv.once('error', reject);
    },
  );
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin,
    apiRoot: `${origin}/api/v1`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        state.cancelAsync();
        const s = server as import('node:http').Server;
        s.close(() => resolve());
        s.closeAllConnections?.();
      }),
  };
}
