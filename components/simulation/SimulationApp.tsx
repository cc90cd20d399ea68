import { commonStrings } from '@/lib/i18n/common-strings';
import { t } from '@/lib/i18n/t';

/** The simulation window (one per DMS tab and atendimento). */
export function SimulationApp() {
  return (
    <main class="pc-card" style={{ margin: '1rem' }}>
      <h1>{t(commonStrings.simulationTitle)}</h1>
    </main>
  );
}
