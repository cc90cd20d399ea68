/**
 * Names of the settings that managed policy can set and lock. They are the dotted paths
 * of lib/settings/schema.ts, plus three that live outside storage.local settings: the
 * client secret (IndexedDB), screen profiles and DE>PARA mappings (their own stores).
 */
export const SETTING_KEYS = [
  'credere.environment',
  'credere.customApiRoot',
  'credere.clientId',
  'credere.authMode',
  'credere.tokenExchangeUrl',
  'credere.clientSecret',
  'credere.scope',
  'credere.usePkce',
  'dmsOrigins',
  'journalRetentionDays',
  'supportContact',
  'screenProfiles',
  'mappings',
] as const;

export type SettingKey = (typeof SETTING_KEYS)[number];

export function isSettingKey(value: unknown): value is SettingKey {
  return typeof value === 'string' && (SETTING_KEYS as readonly string[]).includes(value);
}

/** Settings whose value must never be shown (options page masks them). */
export const SECRET_KEYS: readonly SettingKey[] = ['credere.clientSecret'];

/**
 * Managed property (public/managed_schema.json) → the setting it sets. Admins write the
 * flat property names in their policy; the rest of the extension speaks setting keys.
 */
export const MANAGED_PROPERTY_TO_SETTING = {
  credereEnvironment: 'credere.environment',
  credereApiRoot: 'credere.customApiRoot',
  clientId: 'credere.clientId',
  authMode: 'credere.authMode',
  tokenExchangeUrl: 'credere.tokenExchangeUrl',
  clientSecret: 'credere.clientSecret',
  scope: 'credere.scope',
  usePkce: 'credere.usePkce',
  dmsOrigins: 'dmsOrigins',
  journalRetentionDays: 'journalRetentionDays',
  supportContact: 'supportContact',
  screenProfiles: 'screenProfiles',
  mappings: 'mappings',
} as const satisfies Record<string, SettingKey>;

export type ManagedProperty = keyof typeof MANAGED_PROPERTY_TO_SETTING;

/** Properties that configure the policy itself rather than a setting. */
export const CONTROL_PROPERTIES = ['lockedSettings'] as const;
