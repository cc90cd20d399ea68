import { z } from 'zod';
import type { CredereSettings } from '../settings/schema';
import {
  CONTROL_PROPERTIES,
  isSettingKey,
  MANAGED_PROPERTY_TO_SETTING,
  type ManagedProperty,
  SETTING_KEYS,
  type SettingKey,
} from './keys';

/**
 * Turns whatever storage.managed holds into what the extension may use. Chrome already
 * drops values whose JSON type contradicts public/managed_schema.json, so what arrives here
 * is type-correct at best and anything at all in Firefox or a hand-written policy: every
 * property is checked on its own, a bad one is reported and left out, and the valid ones
 * still apply (a typo in one origin must not switch the whole rollout off).
 */

export interface ManagedScreenProfile {
  id: string;
  label: string;
  [extra: string]: unknown;
}

export interface ManagedMappingsDocument {
  format: 'ponte-credere-mappings';
  version: 1;
  lojas: Record<string, unknown>[];
  bancos: Record<string, unknown>[];
  profissoes: Record<string, unknown>[];
}

export interface SettingValueMap {
  'credere.environment': CredereSettings['environment'];
  'credere.customApiRoot': string;
  'credere.clientId': string;
  'credere.authMode': CredereSettings['authMode'];
  'credere.tokenExchangeUrl': string;
  'credere.clientSecret': string;
  'credere.scope': string;
  'credere.usePkce': boolean;
  dmsOrigins: string[];
  journalRetentionDays: number;
  supportContact: string;
  screenProfiles: ManagedScreenProfile[];
  mappings: ManagedMappingsDocument;
}

export type PolicyValues = { [K in SettingKey]?: SettingValueMap[K] };

/**
 * What an admin got wrong, per field. `expected` names a string of lib/policy/strings.ts
 * (so the options page can say it in pt-BR or English); `received` is a short, never
 * secret, rendering of the offending value.
 */
export interface PolicyProblem {
  field: string;
  expected: ProblemKind;
  received?: string;
}

export const PROBLEM_KINDS = [
  'policyObject',
  'unknownProperty',
  'environment',
  'apiRoot',
  'clientId',
  'authMode',
  'exchangeUrl',
  'clientSecret',
  'scope',
  'boolean',
  'originList',
  'originPattern',
  'retention',
  'supportContact',
  'profileList',
  'profile',
  'profileDuplicate',
  'mappingsDocument',
  'mappingRow',
  'lockList',
  'lockKey',
  'authAmbiguous',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface ParsedPolicy {
  values: PolicyValues;
  locked: SettingKey[];
  /** 'present': every value the policy sets is locked; 'list': exactly `lockedSettings`. */
  lockMode: 'present' | 'list';
  problems: PolicyProblem[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https anywhere; plain http only on loopback (the local sandbox in tests). */
export function isAllowedUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.username || url.password) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  } catch {
    return false;
  }
}

/**
 * A Chrome match pattern for a DMS origin. `<all_urls>` and bare `*://*` are refused on
 * purpose: policy must name the dealership's DMS, not every site.
 */
const ORIGIN_PATTERN = /^(https?|\*):\/\/(\*\.)?[^/*:\s]+(:(\d{1,5}|\*))?\/\S*$/;

const urlString = z.string().trim().refine(isAllowedUrl);
const nonEmpty = (max: number) => z.string().trim().min(1).max(max);

const profileSchema = z.looseObject({
  id: nonEmpty(80),
  label: nonEmpty(200),
  match: z.looseObject({
    urls: z.array(z.string().min(1)).min(1),
    marker: z.array(z.string().min(1)).min(1),
  }),
  anchor: z.looseObject({ locators: z.array(z.string().min(1)).min(1) }),
  fields: z.record(z.string(), z.unknown()),
});

const mappingRowSchema = z.looseObject({ dmsCode: nonEmpty(60) });

/** Short, safe rendering of a rejected value for the problem list. */
export function describeReceived(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

class Collector {
  readonly problems: PolicyProblem[] = [];
  add(field: string, expected: ProblemKind, value?: unknown, secret = false): void {
    this.problems.push(
      secret || value === undefined
        ? { field, expected }
        : { field, expected, received: describeReceived(value) },
    );
  }
}

type ScalarRule = { schema: z.ZodType; problem: ProblemKind; secret?: boolean };

const SCALAR_RULES: Partial<Record<ManagedProperty, ScalarRule>> = {
  credereEnvironment: { schema: z.enum(['production', 'staging', 'custom']), problem: 'environment' },
  credereApiRoot: { schema: urlString.transform((url) => url.replace(/\/+$/, '')), problem: 'apiRoot' },
  clientId: { schema: nonEmpty(200), problem: 'clientId' },
  authMode: { schema: z.enum(['secret', 'exchange']), problem: 'authMode' },
  tokenExchangeUrl: { schema: urlString, problem: 'exchangeUrl' },
  clientSecret: { schema: nonEmpty(500), problem: 'clientSecret', secret: true },
  scope: { schema: nonEmpty(200), problem: 'scope' },
  usePkce: { schema: z.boolean(), problem: 'boolean' },
  journalRetentionDays: { schema: z.number().int().min(1).max(3650), problem: 'retention' },
  supportContact: { schema: nonEmpty(300), problem: 'supportContact' },
};

function parseOrigins(value: unknown, out: Collector): string[] | undefined {
  if (!Array.isArray(value)) {
    out.add('dmsOrigins', 'originList', value);
    return undefined;
  }
  const valid: string[] = [];
  value.forEach((item, index) => {
    if (typeof item === 'string' && ORIGIN_PATTERN.test(item.trim())) {
      if (!valid.includes(item.trim())) valid.push(item.trim());
    } else {
      out.add(`dmsOrigins[${index}]`, 'originPattern', item);
    }
  });
  return valid;
}

function parseProfiles(value: unknown, out: Collector): ManagedScreenProfile[] | undefined {
  if (!Array.isArray(value)) {
    out.add('screenProfiles', 'profileList', value);
    return undefined;
  }
  const valid: ManagedScreenProfile[] = [];
  value.forEach((item, index) => {
    const parsed = profileSchema.safeParse(item);
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path.join('.');
      out.add(`screenProfiles[${index}]${path ? `.${path}` : ''}`, 'profile');
    } else if (valid.some((profile) => profile.id === parsed.data.id)) {
      out.add(`screenProfiles[${index}].id`, 'profileDuplicate', parsed.data.id);
    } else {
      valid.push(parsed.data as ManagedScreenProfile);
    }
  });
  return valid;
}

function parseMappings(value: unknown, out: Collector): ManagedMappingsDocument | undefined {
  const head = z
    .looseObject({ format: z.literal('ponte-credere-mappings'), version: z.literal(1) })
    .safeParse(value);
  if (!head.success) {
    out.add('mappings', 'mappingsDocument', value && typeof value === 'object' ? undefined : value);
    return undefined;
  }
  const doc = head.data as Record<string, unknown>;
  const lists = { lojas: [], bancos: [], profissoes: [] } as Record<
    'lojas' | 'bancos' | 'profissoes',
    Record<string, unknown>[]
  >;
  for (const list of ['lojas', 'bancos', 'profissoes'] as const) {
    const rows = doc[list];
    if (rows === undefined) continue;
    if (!Array.isArray(rows)) {
      out.add(`mappings.${list}`, 'mappingsDocument');
      continue;
    }
    rows.forEach((row, index) => {
      const parsed = mappingRowSchema.safeParse(row);
      if (parsed.success) lists[list].push(parsed.data);
      else out.add(`mappings.${list}[${index}]`, 'mappingRow', (row as { dmsCode?: unknown })?.dmsCode);
    });
  }
  return { format: 'ponte-credere-mappings', version: 1, ...lists };
}

function parseLocks(value: unknown, out: Collector): SettingKey[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    out.add('lockedSettings', 'lockList', value);
    return undefined;
  }
  const keys = new Set<SettingKey>();
  value.forEach((item, index) => {
    if (item === '*') for (const key of SETTING_KEYS) keys.add(key);
    else if (isSettingKey(item)) keys.add(item);
    else if (typeof item === 'string' && item in MANAGED_PROPERTY_TO_SETTING)
      keys.add(MANAGED_PROPERTY_TO_SETTING[item as ManagedProperty]);
    else out.add(`lockedSettings[${index}]`, 'lockKey', item);
  });
  return [...keys];
}

export function parsePolicy(raw: unknown): ParsedPolicy {
  const out = new Collector();
  const values: Record<string, unknown> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== undefined && raw !== null) out.add('(política)', 'policyObject', raw);
    return { values: {}, locked: [], lockMode: 'present', problems: out.problems };
  }
  const input = raw as Record<string, unknown>;
  for (const [property, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    if ((CONTROL_PROPERTIES as readonly string[]).includes(property)) continue;
    if (!(property in MANAGED_PROPERTY_TO_SETTING)) {
      out.add(property, 'unknownProperty');
      continue;
    }
    const name = property as ManagedProperty;
    const key = MANAGED_PROPERTY_TO_SETTING[name];
    let parsed: unknown;
    if (name === 'dmsOrigins') parsed = parseOrigins(value, out);
    else if (name === 'screenProfiles') parsed = parseProfiles(value, out);
    else if (name === 'mappings') parsed = parseMappings(value, out);
    else {
      const rule = SCALAR_RULES[name]!;
      const result = rule.schema.safeParse(value);
      if (result.success) parsed = result.data;
      else out.add(property, rule.problem, value, rule.secret);
    }
    if (parsed !== undefined) values[key] = parsed;
  }

  // An API root alone means the custom environment; a secret or an exchange URL alone
  // says which way tokens are obtained.
  if (values['credere.customApiRoot'] !== undefined && input.credereEnvironment === undefined) {
    values['credere.environment'] = 'custom';
  }
  if (input.authMode === undefined) {
    const hasUrl = values['credere.tokenExchangeUrl'] !== undefined;
    const hasSecret = values['credere.clientSecret'] !== undefined;
    if (hasUrl && hasSecret) {
      // Keeping the secret out of browsers is the safer reading of an ambiguous policy.
      values['credere.authMode'] = 'exchange';
      out.add('authMode', 'authAmbiguous');
    } else if (hasUrl) values['credere.authMode'] = 'exchange';
    else if (hasSecret) values['credere.authMode'] = 'secret';
  }

  const listed = parseLocks(input.lockedSettings, out);
  const present = SETTING_KEYS.filter((key) => values[key] !== undefined);
  return {
    values: values as PolicyValues,
    locked: listed ?? present,
    lockMode: listed ? 'list' : 'present',
    problems: out.problems,
  };
}
