import { useEffect, useState } from 'preact/hooks';
import { sendToWorker } from '../shared/messaging.js';
import type { SettingsView } from '../shared/protocol.js';
import type { Settings } from '../shared/settings/schema.js';
import { mergeSettingsChanges } from '../shared/settings/three-way.js';
import { LibraryPanel } from '../popup/library/LibraryPanel.js';
import { errorText } from '../popup/error-text.js';
import { AboutYou } from './sections/AboutYou.js';
import { Disclaimers } from './sections/Disclaimers.js';
import { ImportExport } from './sections/ImportExport.js';
import { MastodonServers } from './sections/MastodonServers.js';
import { Rules } from './sections/Rules.js';
import { Sites } from './sections/Sites.js';
import { StorageNotice } from './sections/StorageNotice.js';
import { SiteAccess } from '../welcome/SiteAccess.js';

export interface SectionProps {
  settings: Settings;
  view: SettingsView;
  update: (change: (draft: Settings) => void) => void;
}

export function Options() {
  const [view, setView] = useState<SettingsView | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [libraryKey, setLibraryKey] = useState(0);

  const load = () => sendToWorker('settings.get', {}).then((v) => { setView(v); setDraft(structuredClone(v.settings)); setDirty(false); }, (e: unknown) => setError(errorText(e)));
  useEffect(() => { void load(); }, []);

  if (!view || !draft) {
    return <main class="options"><h1>SafePost settings</h1>{error ? <p class="notice error" role="alert">{error}</p> : <p class="muted">Loading…</p>}</main>;
  }

  const update = (change: (d: Settings) => void) => {
    const next = structuredClone(draft);
    change(next);
    setDraft(next);
    setDirty(true);
    setStatus('');
  };
  const save = async (settings: Settings = draft) => {
    setError('');
    try {
      // Another settings page may have saved since this one loaded: keep its changes, add ours.
      const latest = await sendToWorker('settings.get', {});
      const merged = mergeSettingsChanges(view.settings, settings, latest.settings);
      const v = await sendToWorker('settings.set', { settings: merged });
      setView(v);
      setDraft(structuredClone(v.settings));
      setDirty(false);
      setStatus('Settings saved.');
    } catch (e) {
      setError(errorText(e));
    }
  };
  const props: SectionProps = { settings: draft, view, update };

  return (
    <main class="options">
      <h1>SafePost settings</h1>
      <p class="muted">Everything here stays in this browser. SafePost never sends your drafts, settings or snippets anywhere.</p>
      <StorageNotice view={view} />
      <SiteAccess onlyWhenMissing />
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <AboutYou {...props} />
        <Disclaimers {...props} />
        <Rules {...props} />
        <Sites {...props} />
        <MastodonServers {...props} saveNow={(s) => save(s)} />
        <div class="savebar row" role="region" aria-label="Save settings">
          <button type="submit" class="primary">Save settings</button>
          {dirty && <button type="button" onClick={() => { setDraft(structuredClone(view.settings)); setDirty(false); }}>Discard changes</button>}
          <span role="status" aria-live="polite">{status}</span>
          {error && <span class="notice error" role="alert">{error}</span>}
        </div>
      </form>
      <section aria-labelledby="library-section">
        <h2 id="library-section">Snippet library</h2>
        <LibraryPanel key={libraryKey} tabId={undefined} platform="generic" />
      </section>
      <ImportExport view={view} onImported={() => { void load(); setLibraryKey(libraryKey + 1); }} />
    </main>
  );
}
