import { useState } from 'preact/hooks';
import { sendToWorker } from '../../shared/messaging.js';
import type { ImportPreview, SettingsView } from '../../shared/protocol.js';
import { errorText } from '../../popup/error-text.js';

/** Import in two steps (preview, then apply) and export as a versioned JSON file. */
export function ImportExport({ view, onImported }: { view: SettingsView; onImported: () => void }) {
  const [json, setJson] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const importLocked = view.locked.includes('library.import');

  const choose = async (file: File | undefined) => {
    setPreview(null); setError(''); setStatus(''); setJson(null);
    if (!file) return;
    setFileName(file.name);
    try {
      const text = await file.text();
      const result = await sendToWorker('library.import', { json: text, apply: false });
      if (!result.ok) { setError(`${file.name}: ${result.error ?? 'this file cannot be imported.'} Nothing was changed.`); return; }
      setJson(text);
      setPreview(result);
    } catch (e) {
      setError(`${file.name}: ${errorText(e)} Nothing was changed.`);
    }
  };
  const apply = async () => {
    if (json === null) return;
    setError('');
    try {
      const result = await sendToWorker('library.import', { json, apply: true });
      if (!result.ok) { setError(`${result.error ?? 'The import failed.'} Nothing was changed.`); return; }
      setStatus(`Imported ${fileName}: ${result.added.length} added, ${result.replaced.length} replaced${result.settingsChanged ? ', settings updated' : ''}.`);
      setPreview(null); setJson(null);
      onImported();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const exportFile = async () => {
    setError('');
    try {
      const data = await sendToWorker('library.export', {});
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `safepost-library-${data.exportedAt.slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setStatus(`Exported ${data.snippets.length} snippets and your settings.`);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section aria-labelledby="io-heading" class="stack">
      <h2 id="io-heading">Import and export</h2>
      <p class="muted">A SafePost library file holds your own snippets and settings (organisation snippets stay with the policy).</p>
      <div class="row">
        <button type="button" onClick={() => void exportFile()}>Export library and settings</button>
      </div>
      {importLocked ? <p class="locked">🔒 Your organisation does not allow importing.</p> : (
        <div>
          <label for="import-file">Import a library file</label>
          <input id="import-file" type="file" accept="application/json,.json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
        </div>
      )}
      <p role="status" aria-live="polite">{status}</p>
      {error && <p class="notice error" role="alert" data-testid="import-error">{error}</p>}
      {preview && (
        <div class="card stack" data-testid="import-preview" aria-labelledby="preview-heading">
          <h3 id="preview-heading">Import {fileName}?</h3>
          {preview.added.length > 0 && <p>Adds {preview.added.length}: {preview.added.join(', ')}</p>}
          {preview.replaced.length > 0 && <p>Replaces {preview.replaced.length}: {preview.replaced.join(', ')}</p>}
          {preview.settingsChanged && <p>Replaces your settings with the file’s.</p>}
          {!preview.added.length && !preview.replaced.length && !preview.settingsChanged && <p>Nothing in this file differs from what you have.</p>}
          <div class="row">
            <button type="button" class="primary" onClick={() => void apply()}>Apply import</button>
            <button type="button" onClick={() => { setPreview(null); setJson(null); }}>Cancel</button>
          </div>
        </div>
      )}
    </section>
  );
}
