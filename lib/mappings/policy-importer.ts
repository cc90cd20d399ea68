import { registerPolicyImporter } from '../policy/apply';
import { mappings } from './handlers';

/**
 * Mappings pushed by enterprise policy go through the same validation as an admin's JSON
 * import (all or nothing) and are merged into the stores. When the policy stops carrying
 * mappings, the rows already imported stay: removing them would break proposals mid-day.
 */
export function registerMappingsPolicyImporter(): void {
  registerPolicyImporter('mappings', async (doc) => {
    if (!doc) return;
    const outcome = await mappings().importText('json', JSON.stringify(doc), { mode: 'merge' });
    if (outcome.status === 'rejected') {
      console.warn(`[policy] mappings document rejected: ${outcome.problems.length} problem(s)`);
    }
  });
}
