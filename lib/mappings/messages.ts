import { z } from 'zod';
import { ANY_SENDER, defineMessages, EXTENSION_PAGES, type SenderKind } from '../messaging/define';
import { credereBankSchema, credereProfessionSchema, credereStoreSchema } from './credere-lists';
import { mappingsDocumentSchema } from './document';
import { bancoSchema, lojaSchema, mappingKindSchema, profissaoSchema, storedMappingSchema } from './records';

const ADMIN: readonly SenderKind[] = ['options'];
const kindScope = { kind: mappingKindSchema, scope: z.string().max(40).optional() };

const recordsOfKind = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('loja'), records: z.array(lojaSchema).max(20_000) }),
  z.object({ kind: z.literal('banco'), records: z.array(bancoSchema).max(20_000) }),
  z.object({ kind: z.literal('profissao'), records: z.array(profissaoSchema).max(20_000) }),
]);

const storedList = z.array(storedMappingSchema);

/** The CREDERE side to write into the row when the suggestion is accepted. */
const patchSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

export const suggestionSchema = z.object({
  dmsCode: z.string(),
  scope: z.string(),
  score: z.number(),
  reason: z.enum(['cnpj', 'febraban', 'nome-igual', 'nome-contido', 'nome-parecido']),
  reasonText: z.string(),
  label: z.string(),
  patch: patchSchema,
});

export const importProblemSchema = z.object({ line: z.number().nullable(), message: z.string() });
const countsSchema = z.object({ loja: z.number(), banco: z.number(), profissao: z.number() });

export const readinessRequestSchema = z.object({
  lojaDmsCode: z.string().max(60),
  professionDmsCode: z.string().max(60).optional(),
  financeiraCodes: z.array(z.string().max(60)).max(200).optional(),
});

export const readinessResultSchema = z.object({
  ready: z.boolean(),
  failures: z.array(
    z.object({
      check: z.enum(['autorizacao', 'loja', 'bancos', 'profissao']),
      message: z.string(),
      link: z.string(),
    }),
  ),
  resolved: z.object({
    credereStoreId: z.string().nullable(),
    credereStoreName: z.string().nullable(),
    bankCodes: z.array(z.string()),
    profession: z.object({ id: z.number().nullable(), identifier: z.string().nullable() }).nullable(),
  }),
});

export const mappingMessages = defineMessages({
  'mappings.list': {
    request: z.object(kindScope),
    response: z.object({ rows: storedList }),
    from: EXTENSION_PAGES,
  },
  'mappings.get': {
    request: z.object({ ...kindScope, dmsCode: z.string().min(1).max(60) }),
    response: z.object({ row: storedMappingSchema.nullable() }),
    from: ANY_SENDER,
  },
  'mappings.save': {
    request: recordsOfKind,
    response: z.object({ saved: z.number() }),
    from: ADMIN,
  },
  'mappings.delete': {
    request: z.object({ ids: z.array(z.string().max(200)).min(1).max(20_000) }),
    response: z.object({ deleted: z.number() }),
    from: ADMIN,
  },
  /** CREDERE values a row may map to (banks: the store's integrated banks). */
  'mappings.choices': {
    request: z.object({ kind: mappingKindSchema, storeId: z.string().max(40).optional() }),
    response: z.object({
      stores: z.array(credereStoreSchema).optional(),
      banks: z.array(credereBankSchema).optional(),
      professions: z.array(credereProfessionSchema).optional(),
      stale: z.boolean(),
      fetchedAt: z.number().nullable(),
      warning: z.string().nullable(),
    }),
    from: ADMIN,
  },
  'mappings.suggest': {
    request: z.object(kindScope),
    response: z.object({ suggestions: z.array(suggestionSchema) }),
    from: ADMIN,
  },
  /** The file's text (already decoded as UTF-8 by the page); validated here, written all or nothing. */
  'mappings.import': {
    request: z.object({
      format: z.enum(['csv', 'json']),
      content: z.string(),
      kind: mappingKindSchema.optional(),
      mode: z.enum(['merge', 'replace']).default('merge'),
    }),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('imported'), counts: countsSchema }),
      z.object({ status: z.literal('rejected'), problems: z.array(importProblemSchema) }),
    ]),
    from: ADMIN,
  },
  'mappings.export': {
    request: z.object({ format: z.enum(['csv', 'json']), kind: mappingKindSchema.optional() }),
    response: z.object({ filename: z.string(), mimeType: z.string(), content: z.string() }),
    from: ADMIN,
  },
  /** The same document as JSON export, as an object (for policy tooling and tests). */
  'mappings.document': {
    request: z.object({}),
    response: mappingsDocumentSchema,
    from: EXTENSION_PAGES,
  },
  /** Browser tabs that can be read for DMS values (the DMS origins). */
  'mappings.dmsTabs': {
    request: z.object({}),
    response: z.object({
      tabs: z.array(z.object({ tabId: z.number(), title: z.string(), url: z.string(), active: z.boolean() })),
    }),
    from: ADMIN,
  },
  /** Reads the loja, financeira and profissão selects of the DMS screen in that tab. */
  'mappings.harvest': {
    request: z.object({ tabId: z.number().int() }),
    response: z.object({
      added: z.number(),
      renamed: z.number(),
      found: countsSchema,
    }),
    from: ADMIN,
  },
  'mappings.readiness': {
    request: readinessRequestSchema,
    response: readinessResultSchema,
    from: ANY_SENDER,
  },
});
