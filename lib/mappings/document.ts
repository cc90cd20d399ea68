import { z } from 'zod';
import { bancoSchema, lojaSchema, profissaoSchema } from './records';

/**
 * The portable DE>PARA document: what "Exportar JSON" writes, what "Importar" reads, and
 * what managed policy (storage.managed) carries to every browser of a dealership.
 */
export const MAPPINGS_DOCUMENT_FORMAT = 'ponte-credere-mappings';
export const MAPPINGS_DOCUMENT_VERSION = 1;

export const mappingsDocumentSchema = z.object({
  format: z.literal(MAPPINGS_DOCUMENT_FORMAT),
  version: z.literal(MAPPINGS_DOCUMENT_VERSION),
  exportedAt: z.string().optional(),
  lojas: z.array(lojaSchema).default([]),
  bancos: z.array(bancoSchema).default([]),
  profissoes: z.array(profissaoSchema).default([]),
});

export type MappingsDocument = z.output<typeof mappingsDocumentSchema>;
export type MappingsDocumentInput = z.input<typeof mappingsDocumentSchema>;

/** The document's list key per mapping kind. */
export const DOCUMENT_KEYS = { loja: 'lojas', banco: 'bancos', profissao: 'profissoes' } as const;
