import { z } from 'zod';

export const CREDERE_ROOTS = {
  production: 'https://app.meucredere.com.br/api/v1',
  staging: 'https://staging.meucredere.com.br/api/v1',
} as const;

/** Loopback DMS origins are a development convenience only (the local demo DMS). */
const DEV_DMS_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

export const credereSettingsSchema = z.object({
  environment: z.enum(['production', 'staging', 'custom']).default('production'),
  /** API root when environment is "custom" (e.g. the sandbox): `<origin>/api/v1`. */
  customApiRoot: z.string().default(''),
  clientId: z.string().trim().default(''),
  /**
   * "secret": the client secret is kept in the background's IndexedDB and sent to /token.
   * "exchange": the dealer runs its own endpoint that holds the secret and performs
   * the code exchange and refresh, so no secret lives in browsers.
   */
  authMode: z.enum(['secret', 'exchange']).default('secret'),
  tokenExchangeUrl: z.string().default(''),
  scope: z.string().default('simulator proposals'),
  /** PKCE is sent by default; CREDERE support has not confirmed it, so it can be turned off. */
  usePkce: z.boolean().default(true),
});

export const settingsSchema = z.object({
  credere: credereSettingsSchema.default(() => credereSettingsSchema.parse({})),
  /** Match patterns of the LinxDMS web origins where the content script may run. */
  dmsOrigins: z
    .array(z.string())
    .default(() =>
      typeof __PONTE_RELEASE__ !== 'undefined' && __PONTE_RELEASE__ ? [] : [...DEV_DMS_ORIGINS],
    ),
  journalRetentionDays: z.number().int().min(1).max(3650).default(90),
  supportContact: z.string().default(''),
});

export type Settings = z.infer<typeof settingsSchema>;
export type CredereSettings = z.infer<typeof credereSettingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export function apiRootOf(credere: CredereSettings): string {
  if (credere.environment === 'custom') return credere.customApiRoot.replace(/\/+$/, '');
  return CREDERE_ROOTS[credere.environment];
}
