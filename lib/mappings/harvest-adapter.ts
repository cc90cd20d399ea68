import { AppError } from '../errors';
import type { HarvestedOptions } from './service';

/**
 * Reads the loja, financeira and profissão selects of the DMS screen in a tab.
 * Expected from lib/screens/harvest.ts: `harvestDmsOptions(tabId)` resolving to
 * `{ lojas, financeiras, profissoes }` of `{ code, name }[]`. Until the screen bridge
 * exports it, the button reports that reading the screen is not available yet.
 */
export async function harvestDmsOptions(_tabId: number): Promise<HarvestedOptions> {
  throw new AppError(
    'SCREEN_NOT_FOUND',
    'A leitura das listas da tela do LinxDMS ainda não está disponível nesta versão. Use a importação CSV ou inclua as linhas manualmente.',
  );
}
