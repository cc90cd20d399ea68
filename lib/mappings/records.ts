import { z } from 'zod';

/**
 * DE>PARA records. A row with no CREDERE side is a DMS value still waiting to be mapped
 * (harvested, imported or typed in): the sections list it as "não mapeado".
 */
export const MAPPING_KINDS = ['loja', 'banco', 'profissao'] as const;
export type MappingKind = (typeof MAPPING_KINDS)[number];
export const mappingKindSchema = z.enum(MAPPING_KINDS);

/** Scope of rows that apply to every store (lojas, profissões, and bancos "todas as lojas"). */
export const ALL_STORES = '*';

const dmsCode = z.string().trim().min(1).max(60);
const dmsName = z.string().trim().max(200).default('');
const optionalText = z.string().trim().max(200).nullable().default(null);

export const lojaSchema = z.object({
  dmsCode,
  dmsName,
  /** Digits only (or the alphanumeric CNPJ in upper case). */
  cnpj: z.string().trim().max(20).nullable().default(null),
  credereStoreId: z.string().trim().max(40).nullable().default(null),
  credereStoreName: optionalText,
});

export const bancoSchema = z.object({
  /** CREDERE store id the mapping applies to, or '*' for every store. */
  storeScope: z.string().trim().min(1).max(40).default(ALL_STORES),
  dmsCode,
  dmsName,
  /** CREDERE bank code used in simulations (not always numeric: M22, fontecred). */
  febrabanCode: z.string().trim().max(40).nullable().default(null),
  /** CREDERE numeric bank id (customer references). */
  credereBankId: z.number().int().nullable().default(null),
});

export const profissaoSchema = z.object({
  dmsCode,
  dmsName,
  /** Customer-domain numeric id (profession_id). */
  credereProfessionId: z.number().int().nullable().default(null),
  /** Lead-domain identifier (retrieve_profession). */
  credereIdentifier: z.string().trim().max(120).nullable().default(null),
  credereLabel: optionalText,
});

export type Loja = z.output<typeof lojaSchema>;
export type Banco = z.output<typeof bancoSchema>;
export type Profissao = z.output<typeof profissaoSchema>;
export type LojaInput = z.input<typeof lojaSchema>;
export type BancoInput = z.input<typeof bancoSchema>;
export type ProfissaoInput = z.input<typeof profissaoSchema>;

export interface RecordOf {
  loja: Loja;
  banco: Banco;
  profissao: Profissao;
}

export interface InputOf {
  loja: LojaInput;
  banco: BancoInput;
  profissao: ProfissaoInput;
}

export const RECORD_SCHEMAS = {
  loja: lojaSchema,
  banco: bancoSchema,
  profissao: profissaoSchema,
} as const;

/** A stored row as the repository returns it. */
export const storedMetaSchema = z.object({
  id: z.string(),
  kind: mappingKindSchema,
  scope: z.string(),
  updatedAt: z.number(),
});

export const storedLojaSchema = lojaSchema.extend({ ...storedMetaSchema.shape, kind: z.literal('loja') });
export const storedBancoSchema = bancoSchema.extend({ ...storedMetaSchema.shape, kind: z.literal('banco') });
export const storedProfissaoSchema = profissaoSchema.extend({
  ...storedMetaSchema.shape,
  kind: z.literal('profissao'),
});
export const storedMappingSchema = z.discriminatedUnion('kind', [
  storedLojaSchema,
  storedBancoSchema,
  storedProfissaoSchema,
]);
export type StoredMapping = z.output<typeof storedMappingSchema>;
export type StoredOf<K extends MappingKind> = Extract<StoredMapping, { kind: K }>;

export function scopeOf(kind: MappingKind, record: Loja | Banco | Profissao): string {
  return kind === 'banco' ? (record as Banco).storeScope : ALL_STORES;
}

export function mappingId(kind: MappingKind, scope: string, dmsCode: string): string {
  return `${kind}:${scope}:${dmsCode}`;
}

export function isMapped(kind: MappingKind, record: Loja | Banco | Profissao): boolean {
  switch (kind) {
    case 'loja':
      return !!(record as Loja).credereStoreId;
    case 'banco':
      return !!(record as Banco).febrabanCode;
    case 'profissao':
      return (record as Profissao).credereProfessionId !== null || !!(record as Profissao).credereIdentifier;
  }
}

/** Strips storage fields, e.g. for export. */
export function toPlain<K extends MappingKind>(kind: K, stored: StoredOf<K>): RecordOf[K] {
  const { id: _id, kind: _kind, scope: _scope, updatedAt: _updatedAt, ...rest } = stored as StoredMapping;
  return RECORD_SCHEMAS[kind].parse(rest) as RecordOf[K];
}
