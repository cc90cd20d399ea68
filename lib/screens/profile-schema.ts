import { z } from 'zod';
import { FIELD_KEYS, FIELD_KINDS, FILL_EVENTS, type ScreenProfile, WRITE_KEYS } from './types';

/**
 * Zod schema of a screen profile (background and options page only; the content script gets
 * profiles already validated). Unknown keys are rejected so a typo in an admin's JSON
 * ("lokators") is reported instead of silently ignored.
 */
const selector = z
  .string()
  .trim()
  .min(1, 'seletor CSS vazio')
  .max(500)
  .refine((value) => !/[{}]/.test(value), 'seletor CSS inválido (contém chaves)');

const locatorSchema = z.union([
  z.strictObject({ css: selector }),
  z.strictObject({ label: z.string().trim().min(1, 'texto do rótulo vazio').max(120) }),
]);

const regexSource = z
  .string()
  .max(200)
  .refine((source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  }, 'expressão regular inválida');

export const fieldSpecSchema = z.strictObject({
  locators: z.array(locatorSchema).min(1, 'informe ao menos um localizador').max(10),
  kind: z.enum(FIELD_KINDS),
  writable: z.boolean().optional(),
  events: z.array(z.enum(FILL_EVENTS)).max(12).optional(),
  postback: z.boolean().optional(),
  extract: regexSource.optional(),
  truthy: z.array(z.string().max(40)).max(10).optional(),
  currencyPrefix: z.boolean().optional(),
  decimals: z.number().int().min(0).max(8).optional(),
  optional: z.boolean().optional(),
});

const fieldsShape = Object.fromEntries(FIELD_KEYS.map((key) => [key, fieldSpecSchema.optional()])) as Record<
  (typeof FIELD_KEYS)[number],
  z.ZodOptional<typeof fieldSpecSchema>
>;

export const screenProfileSchema = z.strictObject({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'use letras minúsculas, números e hífens (ex.: minha-tela)'),
  label: z.string().trim().min(1, 'informe um nome').max(120),
  description: z.string().max(1000).optional(),
  match: z.strictObject({
    urls: z
      .array(z.string().trim().min(3, 'padrão de URL curto demais').max(500))
      .min(1, 'informe ao menos um padrão de URL'),
    marker: z.array(selector).min(1, 'informe ao menos um seletor do marcador'),
    activeTab: z.array(selector).optional(),
    scope: z.array(selector).optional(),
  }),
  anchor: z.strictObject({
    locators: z.array(selector).min(1, 'informe ao menos um seletor para o botão'),
    position: z.enum(['append', 'prepend', 'before', 'after']),
  }),
  fields: z
    .strictObject(fieldsShape)
    .refine((fields) => fields.atendimentoId !== undefined, 'o campo atendimentoId é obrigatório'),
  writeOrder: z.array(z.enum(WRITE_KEYS)).optional(),
  identity: z.array(z.enum(FIELD_KEYS)).optional(),
}) satisfies z.ZodType<ScreenProfile>;

export const effectiveProfileSchema = screenProfileSchema.extend({
  source: z.enum(['shipped', 'custom', 'policy']),
});

/** pt-BR description of each zod issue, naming the path ("fields.entrada.kind: …"). */
export function describeProfileIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(perfil)';
    return `${path}: ${issueText(issue)}`;
  });
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'campo obrigatório ausente'
        : `tipo inválido (esperado ${issue.expected})`;
    case 'unrecognized_keys':
      return `chave(s) desconhecida(s): ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `valor inválido; use um de: ${issue.values.map(String).join(', ')}`;
    case 'invalid_union':
      return 'localizador inválido; use {"css": "..."} ou {"label": "..."}';
    case 'too_small':
      return issue.message && !issue.message.startsWith('Too small')
        ? issue.message
        : 'poucos itens ou texto curto demais';
    case 'too_big':
      return 'itens demais ou texto longo demais';
    default:
      return issue.message;
  }
}

export type ParsedProfile = { ok: true; profile: ScreenProfile } | { ok: false; errors: string[] };

export function parseProfile(input: unknown): ParsedProfile {
  const parsed = screenProfileSchema.safeParse(input);
  return parsed.success
    ? { ok: true, profile: parsed.data as ScreenProfile }
    : { ok: false, errors: describeProfileIssues(parsed.error) };
}
