/**
 * Messages of the "Autenticação" section. Only `auth.revealToken` carries the token,
 * and only the options page may send it; no schema here has a field for the client
 * secret in a response, and none of these messages accepts the content script.
 */
import { z } from 'zod';
import { defineMessages, EXTENSION_PAGES } from '../messaging/define';
import { credereSettingsSchema } from '../settings/schema';

export const authStatusSchema = z.object({
  connected: z.boolean(),
  needsReauthorization: z.boolean(),
  configured: z.boolean(),
  environment: z.enum(['production', 'staging', 'custom']),
  apiRoot: z.string(),
  expiresAt: z.number().nullable(),
  obtainedAt: z.number().nullable(),
  hasRefreshToken: z.boolean(),
  scope: z.string().nullable(),
  userName: z.string().nullable(),
  userId: z.string().nullable(),
  storeCount: z.number().nullable(),
  /** First and last 4 characters only. */
  maskedToken: z.string().nullable(),
});

export const authSettingsViewSchema = z.object({
  credere: credereSettingsSchema,
  /** Whether a client secret is stored; the secret itself never leaves the background. */
  hasClientSecret: z.boolean(),
});

const empty = z.object({}).default({});

export const authMessages = defineMessages({
  'auth.getStatus': {
    request: z.object({ refreshProfile: z.boolean().default(false) }).default({ refreshProfile: false }),
    response: authStatusSchema,
    from: EXTENSION_PAGES,
  },
  'auth.authorize': { request: empty, response: authStatusSchema, from: ['options'] },
  'auth.disconnect': { request: empty, response: authStatusSchema, from: ['options'] },
  'auth.revealToken': {
    request: empty,
    response: z.object({ accessToken: z.string(), expiresAt: z.number().nullable() }),
    from: ['options'],
  },
  'auth.getSettings': { request: empty, response: authSettingsViewSchema, from: ['options'] },
  'auth.saveSettings': {
    request: z.object({
      credere: credereSettingsSchema,
      /** New secret; omitted = keep the stored one. */
      clientSecret: z.string().max(500).optional(),
    }),
    response: authSettingsViewSchema,
    from: ['options'],
  },
});
