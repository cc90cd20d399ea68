import type { HttpBindings } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AccessToken, SandboxState } from './state';

export interface AppEnv {
  Bindings: HttpBindings;
  Variables: {
    requestId: string;
    token: AccessToken;
    storeId: number;
    faultId: number | null;
  };
}

export type App = Hono<AppEnv>;

/** Every route module registers itself on the app with access to the shared state. */
export type RouteModule = (app: App, state: SandboxState) => void;
