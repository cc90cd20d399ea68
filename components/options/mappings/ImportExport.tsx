import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import { CSV_COLUMNS } from '@/lib/mappings/csv';
import { checkImportSize, decodeImportBytes, type ImportProblem } from '@/lib/mappings/decode';
import type { MappingKind } from '@/lib/mappings/records';
import { mappingUiStrings as s } from '@/lib/mappings/ui-strings';
import { sendMessage } from '@/lib/messaging/client';

const IDS = { loja: 'lojas', banco: 'bancos', profissao: 'profissoes' } as const;

function download(filename: string, mimeType: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Import (CSV of this kind, or the JSON document) and export. The page only refuses what it
 * can judge without the data (size, encoding); every row is validated by the background.
 */
export function ImportExport({ kind, onImported }: { kind: MappingKind; onImported: () => void }) {
  const id = IDS[kind];
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [message, setMessage] = useState('');

  async function runImport() {
    setProblems([]);
    setMessage('');
    if (!file) return setProblems([{ line: null, message: t(s.importNoFile) }]);
    // Refused before reading: a 50 MB file is never loaded into memory.
    const tooLarge = checkImportSize(file.size);
    if (tooLarge) return setProblems([tooLarge]);
    setBusy(true);
    try {
      const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) return setProblems(decoded.problems);
      const format = /\.json$/i.test(file.name) || decoded.text.trimStart().startsWith('{') ? 'json' : 'csv';
      const result = await sendMessage('mappings.import', { format, content: decoded.text, kind, mode });
      if (!result.ok) return setProblems([{ line: null, message: result.error.message }]);
      if (result.data.status === 'rejected') return setProblems(result.data.problems);
      const { loja, banco, profissao } = result.data.counts;
      setMessage(t(s.importDone, loja, banco, profissao));
      onImported();
    } finally {
      setBusy(false);
    }
  }

  async function runExport(format: 'json' | 'csv') {
    const result = await sendMessage('mappings.export', {
      format,
      kind: format === 'csv' ? kind : undefined,
    });
    if (!result.ok) return setProblems([{ line: null, message: result.error.message }]);
    download(result.data.filename, result.data.mimeType, result.data.content);
    setMessage(t(s.exported, result.data.filename));
  }

  return (
    <section class="pc-mappings__io" aria-labelledby={`${id}-io-title`}>
      <h3 id={`${id}-io-title`}>{t(s.importTitle)}</h3>
      <div class="pc-field">
        <label for={`${id}-import-file`}>{t(s.importFile)}</label>
        <input
          id={`${id}-import-file`}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby={`${id}-import-hint`}
          onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
        />
        <span id={`${id}-import-hint`} class="pc-hint">
          {t(s.importHint, CSV_COLUMNS[kind].join(';'))}
        </span>
      </div>
      <div class="pc-field">
        <label for={`${id}-import-mode`}>{t(s.importMode)}</label>
        <select
          id={`${id}-import-mode`}
          value={mode}
          onChange={(e) => setMode(e.currentTarget.value as 'merge' | 'replace')}
        >
          <option value="merge">{t(s.modeMerge)}</option>
          <option value="replace">{t(s.modeReplace)}</option>
        </select>
      </div>
      <div class="pc-mappings__buttons">
        <button type="button" disabled={busy} onClick={() => void runImport()}>
          {t(s.importButton)}
        </button>
        <button type="button" class="secondary" onClick={() => void runExport('json')}>
          {t(s.exportJson)}
        </button>
        <button type="button" class="secondary" onClick={() => void runExport('csv')}>
          {t(s.exportCsv)}
        </button>
      </div>
      <p role="status" class="pc-ok" data-testid={`${id}-import-status`}>
        {message}
      </p>
      {problems.length > 0 && (
        <div role="alert" class="pc-error" data-testid={`${id}-import-errors`}>
          <p>
            {problems.length > 1 || problems[0]!.line !== null ? t(s.importRejected, problems.length) : ''}
          </p>
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
