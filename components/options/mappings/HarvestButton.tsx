import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import { mappingUiStrings as s } from '@/lib/mappings/ui-strings';
import { sendMessage } from '@/lib/messaging/client';

interface DmsTab {
  tabId: number;
  title: string;
  url: string;
}

/** "Ler da tela do LinxDMS": reads the loja, financeira and profissão selects of a DMS tab. */
export function HarvestButton({
  onDone,
  onError,
}: {
  onDone: (message: string) => void;
  onError: (message: string) => void;
}) {
  const [tabs, setTabs] = useState<DmsTab[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function harvest(tabId: number) {
    setBusy(true);
    const result = await sendMessage('mappings.harvest', { tabId });
    setBusy(false);
    setTabs(null);
    if (!result.ok) return onError(result.error.message);
    const { found, added, renamed } = result.data;
    onDone(t(s.harvestDone, found.loja, found.banco, found.profissao, added, renamed));
  }

  async function start() {
    const result = await sendMessage('mappings.dmsTabs', {});
    if (!result.ok) return onError(result.error.message);
    const list = result.data.tabs;
    if (!list.length) return onError(t(s.harvestNoTab));
    if (list.length === 1) return harvest(list[0]!.tabId);
    setTabs(list);
    setChosen(list[0]!.tabId);
  }

  return (
    <span class="pc-mappings__harvest">
      <button type="button" class="secondary" disabled={busy} onClick={() => void start()}>
        {t(s.harvest)}
      </button>
      {tabs && (
        <span class="pc-field">
          <label for="harvest-tab">{t(s.harvestTab)}</label>
          <select
            id="harvest-tab"
            value={String(chosen)}
            onChange={(e) => setChosen(Number(e.currentTarget.value))}
          >
            {tabs.map((tab) => (
              <option key={tab.tabId} value={String(tab.tabId)}>
                {tab.title || tab.url}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={busy || chosen === null}
            onClick={() => chosen !== null && void harvest(chosen)}
          >
            {t(s.harvestRead)}
          </button>
        </span>
      )}
    </span>
  );
}
