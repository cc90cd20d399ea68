import { z } from 'zod';
import { defineMessages, EXTENSION_PAGES } from '../messaging/define';
import { settingsSchema } from '../settings/schema';
import { PROBLEM_KINDS } from './parse';

export const policyStateSchema = z.object({
  status: z.enum(['pending', 'read', 'unavailable']),
  readAt: z.number().nullable(),
  values: z.record(z.string(), z.unknown()),
  hasClientSecret: z.boolean(),
  locked: z.array(z.string()),
  lockMode: z.enum(['present', 'list']),
  problems: z.array(
    z.object({ field: z.string(), expected: z.enum(PROBLEM_KINDS), received: z.string().optional() }),
  ),
});

const settingsView = z.object({ settings: settingsSchema, locked: z.array(z.string()) });

/** Managed policy and the settings in force (policy applied, locks enforced). */
export const policyMessages = defineMessages({
  'policy.status': { request: z.object({}), response: policyStateSchema, from: EXTENSION_PAGES },
  /** Reads storage.managed again now (the "Ler a política de novo" button). */
  'policy.refresh': { request: z.object({}), response: policyStateSchema, from: ['options'] },
  'settings.get': { request: z.object({}), response: settingsView, from: EXTENSION_PAGES },
  /** Refused with POLICY_LOCKED when it changes a setting the policy locks. */
  'settings.save': {
    request: z.object({ settings: settingsSchema }),
    response: settingsView,
    from: ['options'],
  },
});
