import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Platform } from '../../engine/types.js';
import { sendToWorker } from '../../shared/messaging.js';
import type { DraftState, SettingsView } from '../../shared/protocol.js';
import type { Snippet } from '../../shared/snippets/schema.js';
import { allTags, searchSnippets } from '../../shared/snippets/search.js';
import { errorText } from '../error-text.js';
import { InsertDialog } from './InsertDialog.js';
import { SnippetEditor } from './SnippetEditor.js';
import { SnippetItem } from './SnippetItem.js';

interface Props {
  /** The tab to insert into; without it (options page, unhooked page) snippets can be managed only. */
  tabId: number | undefined;
  platform: Platform;
  onDraft?: (d: DraftState | null) => void;
}

export function LibraryPanel({ tabId, platform, onDraft }: Props) {
  const [snippets, setSnippets] = useState<Snippet[] | null>(null);
  const [view, setView] = useState<SettingsView | null>(null);
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string | undefined>();
  const [editing, setEditing] = useState<Snippet | 'new' | null>(null);
  const [inserting, setInserting] = useState<{ snippet: Snippet; form: 'body' | 'short' } | null>(null);
  const [error, setError] = useState('');
  const [announce, setAnnounce] = useState('');

  const reload = () => {
    sendToWorker('snippets.list', {}).then(setSnippets, (e: unknown) => setError(errorText(e)));
    sendToWorker('settings.get', {}).then(setView, (e: unknown) => setError(errorText(e)));
  };
  useEffect(reload, []);

  const tags = useMemo(() => allTags(snippets ?? []), [snippets]);
  const shown = useMemo(() => searchSnippets(snippets ?? [], query, tag), [snippets, query, tag]);
  const userAllowed = !view?.locked.includes('snippets.user');

  const save = async (snippet: Snippet) => {
    setSnippets(await sendToWorker('snippets.save', { snippet }));
    setEditing(null);
    setAnnounce(`Saved “${snippet.title}”.`);
  };
  const remove = async (snippet: Snippet) => {
    setError('');
    try {
      setSnippets(await sendToWorker('snippets.delete', { id: snippet.id }));
      setAnnounce(`Deleted “${snippet.title}”.`);
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (editing) {
    return <SnippetEditor snippet={editing === 'new' ? undefined : editing} onSave={save} onCancel={() => setEditing(null)} />;
  }
  if (inserting && tabId !== undefined && view) {
    return (
      <InsertDialog
        tabId={tabId} platform={platform} snippet={inserting.snippet} form={inserting.form} settings={view.effective ?? view.settings}
        onDone={(draft, message) => { setInserting(null); setAnnounce(message); if (draft !== undefined) onDraft?.(draft); }}
        onCancel={() => setInserting(null)}
      />
    );
  }

  return (
    <section aria-labelledby="library-heading" class="stack">
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="library-heading">Snippets</h2>
        {userAllowed && <button type="button" onClick={() => setEditing('new')}>New snippet</button>}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">{announce}</p>
      {error && <p class="notice error" role="alert">{error}</p>}
      {!userAllowed && <p class="locked">Your organisation provides the snippets; personal snippets are switched off.</p>}
      <input type="search" aria-label="Search snippets" placeholder="Search snippets" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      {tags.length > 0 && (
        <div class="row" role="group" aria-label="Filter by tag">
          {tags.map((t) => (
            <button type="button" class="tag" key={t} aria-pressed={tag === t} onClick={() => setTag(tag === t ? undefined : t)}>{t}</button>
          ))}
        </div>
      )}
      {snippets === null && !error && <p class="muted">Loading snippets…</p>}
      {snippets !== null && shown.length === 0 && <p class="muted">No snippet matches.</p>}
      <ul class="plain" aria-label="Snippet list">
        {shown.map((s) => (
          <SnippetItem
            key={s.id} snippet={s} canInsert={tabId !== undefined} canEdit={s.origin !== 'organisation' && userAllowed}
            onInsert={(form) => { setError(''); setInserting({ snippet: s, form }); }}
            onEdit={() => setEditing(s)} onDelete={() => void remove(s)}
          />
        ))}
      </ul>
      {tabId === undefined && snippets !== null && <p class="muted">Open SafePost on a page with a compose box to insert snippets.</p>}
    </section>
  );
}
