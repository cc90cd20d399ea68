import { z } from 'zod';
import { FIELD_KEYS, WRITE_KEYS } from './types';

/** Zod schemas for what the content script sends back (the page is not trusted). */
const code = z.string().trim().min(1).max(40);
const digits = z.string().regex(/^[0-9A-Z]{1,20}$/);
const cents = z.number().int().min(0).max(1e12);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const year = z.number().int().min(1900).max(2100);

export const dealSnapshotSchema = z.strictObject({
  atendimento: z.string().trim().min(1, 'Nº do atendimento não encontrado na tela').max(40),
  storeCode: code.nullable(),
  seller: z.strictObject({ code: code.nullable(), cpf: digits.nullable() }),
  customer: z.strictObject({
    code: code.nullable(),
    cpf: digits.nullable(),
    name: z.string().max(200).nullable(),
    birthdate: isoDate.nullable(),
    email: z.string().max(200).nullable(),
    phone: z
      .string()
      .regex(/^\d{8,13}$/)
      .nullable(),
    monthlyIncomeCents: cents.nullable(),
    professionCode: code.nullable(),
  }),
  vehicle: z.strictObject({
    description: z.string().max(200).nullable(),
    fipeCode: z.string().max(20).nullable(),
    manufactureYear: year.nullable(),
    modelYear: year.nullable(),
    zeroKm: z.boolean().nullable(),
    chassi: z.string().max(30).nullable(),
    plate: z.string().max(10).nullable(),
    valueCents: cents.nullable(),
  }),
  negotiation: z.strictObject({
    downPaymentCents: cents.nullable(),
    financedAmountCents: cents.nullable(),
    termMonths: z.number().int().min(1).max(120).nullable(),
    financeiraCode: code.nullable(),
    planCode: code.nullable(),
    retorno: code.nullable(),
  }),
});

export const fieldProblemSchema = z.strictObject({
  field: z.enum(FIELD_KEYS),
  code: z.enum(['FIELD_NOT_FOUND', 'AMBIGUOUS', 'UNPARSABLE']),
  message: z.string().max(300),
});

export const screenSnapshotSchema = z.strictObject({
  profileId: z.string().max(64),
  url: z.string().max(2000),
  fingerprint: z.string().max(200),
  readAt: z.number(),
  deal: dealSnapshotSchema,
  problems: z.array(fieldProblemSchema).max(FIELD_KEYS.length),
});

export const proposalValuesSchema = z.partialRecord(
  z.enum(WRITE_KEYS),
  z.union([z.string().max(500), z.number().finite()]),
);

export const fieldFillReportSchema = z.object({
  field: z.enum(FIELD_KEYS),
  status: z.enum(['filled', 'unchanged', 'skipped', 'failed']),
  reason: z.string().max(40).optional(),
  message: z.string().max(300).optional(),
  actual: z.string().max(500).optional(),
});

export const fillReportSchema = z.object({
  ok: z.boolean(),
  fingerprint: z.string().max(200),
  fields: z.array(fieldFillReportSchema),
  canUndo: z.boolean(),
});

export const diagnosticReportSchema = z.object({
  url: z.string().max(2000),
  isTopFrame: z.boolean(),
  profileId: z.string().nullable(),
  urlMatches: z.boolean(),
  markerVisible: z.boolean(),
  anchorFound: z.boolean(),
  fields: z.array(
    z.object({
      field: z.enum(FIELD_KEYS),
      found: z.boolean(),
      locator: z.number().int().optional(),
      count: z.number().int(),
      raw: z.string().max(2000).optional(),
      value: z.unknown(),
      problem: z.string().max(300).optional(),
    }),
  ),
});

const optionSchema = z.object({ code: z.string().max(40), name: z.string().max(200) });
export const harvestResultSchema = z.object({
  url: z.string().max(2000),
  profileId: z.string(),
  lojas: z.array(optionSchema),
  financeiras: z.array(optionSchema),
  profissoes: z.array(optionSchema),
});

export const contentErrorSchema = z.object({ code: z.string(), message: z.string().max(500) });

export type ScreenSnapshotParsed = z.output<typeof screenSnapshotSchema>;
