import { harvestDmsOptions as harvestFromScreen } from '../screens/harvest';
import type { HarvestedOptions } from './service';

/**
 * Reads the loja, financeira and profissão selects of the DMS screen in a tab through the
 * screen bridge (SCREEN_NOT_FOUND when no frame of the tab shows a profiled screen).
 */
export async function harvestDmsOptions(tabId: number): Promise<HarvestedOptions> {
  const result = await harvestFromScreen(tabId);
  const pick = (options: { code: string; name: string }[]) =>
    options.map(({ code, name }) => ({ code, name }));
  return {
    lojas: pick(result.lojas),
    financeiras: pick(result.financeiras),
    profissoes: pick(result.profissoes),
  };
}
