import { AppError } from '../errors';
import { askFrame, tabFrameIds } from './frames';
import { harvestResultSchema } from './snapshot-schema';
import type { HarvestResult } from './types';

/**
 * Options of the Loja, Financeira and Profissão selects on the DMS screen open in the tab
 * (for DE>PARA mappings). Asks each frame; the first showing a profiled screen answers.
 */
export async function harvestDmsOptions(tabId: number): Promise<HarvestResult & { frameId: number }> {
  for (const frameId of await tabFrameIds(tabId)) {
    try {
      const data = await askFrame(tabId, frameId, { type: 'content.harvestOptions' }, harvestResultSchema);
      return { ...data, frameId };
    } catch {
      // Not this frame.
    }
  }
  throw new AppError('SCREEN_NOT_FOUND');
}
