import { z } from 'zod';
import { askFrame } from './frames';
import { fieldFillReportSchema, fillReportSchema } from './snapshot-schema';
import type { FieldFillReport, FillReport, ProposalValues } from './types';

export const FILL_REASON_MESSAGES: Record<string, string> = {
  readonly: 'campo somente leitura na tela; não foi alterado.',
  disabled: 'campo desabilitado na tela; não foi alterado.',
  static: 'campo é só texto na tela; não foi alterado.',
  'not-writable': 'o perfil da tela não permite gravar este campo.',
  'not-found': 'campo não encontrado na tela.',
  'no-option': 'a opção não existe na lista da tela (nenhuma opção foi criada).',
  mismatch: 'a tela mostra outro valor depois do preenchimento.',
  timeout: 'a tela não terminou de atualizar a tempo.',
};

function withMessages(fields: FieldFillReport[]): FieldFillReport[] {
  return fields.map((f) =>
    f.reason ? { ...f, message: `${f.field}: ${FILL_REASON_MESSAGES[f.reason] ?? f.reason}` } : f,
  );
}

/**
 * Writes a proposal into the DMS screen of tab+frame (the simulation flow calls this).
 * Throws AppError SCREEN_CHANGED when the screen or atendimento differs from the reading
 * whose fingerprint is given; otherwise resolves to the per-field report.
 */
export async function applyToTab(
  tabId: number,
  frameId: number,
  values: ProposalValues,
  fingerprint: string,
): Promise<FillReport> {
  const report = await askFrame(
    tabId,
    frameId,
    { type: 'content.applyProposal', values, fingerprint },
    fillReportSchema,
  );
  return { ...report, fields: withMessages(report.fields) };
}

/** Restores what the last applyToTab replaced on that frame. */
export async function undoOnTab(tabId: number, frameId: number): Promise<FieldFillReport[]> {
  const data = await askFrame(
    tabId,
    frameId,
    { type: 'content.undo' },
    z.object({ fields: z.array(fieldFillReportSchema) }),
  );
  return withMessages(data.fields);
}
