import { z } from 'zod';
import { askFrame } from './frames';
import { fieldFillReportSchema, fillReportSchema } from './snapshot-schema';
import type { FieldFillReport, FillReport, ProposalValues } from './types';

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
  return askFrame(tabId, frameId, { type: 'content.applyProposal', values, fingerprint }, fillReportSchema);
}

/** Restores what the last applyToTab replaced on that frame. */
export async function undoOnTab(tabId: number, frameId: number): Promise<FieldFillReport[]> {
  const data = await askFrame(
    tabId,
    frameId,
    { type: 'content.undo' },
    z.object({ fields: z.array(fieldFillReportSchema) }),
  );
  return data.fields;
}
