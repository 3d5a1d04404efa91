import { useState } from 'preact/hooks';
import { measure } from '../../engine/platform.js';
import type { Snippet } from '../../shared/snippets/schema.js';
import { newSnippetId } from '../../shared/snippets/validate.js';
import { errorText } from '../error-text.js';

interface Props {
  snippet?: Snippet;
  onSave: (snippet: Snippet) => Promise<void>;
  onCancel: () => void;
}

/** Create or edit one snippet; the worker validates it again and its error is shown as is. */
export function SnippetEditor({ snippet, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(snippet?.title ?? '');
  const [shortcut, setShortcut] = useState(snippet?.shortcut ?? '');
  const [tags, setTags] = useState(snippet?.tags.join(', ') ?? '');
  const [body, setBody] = useState(snippet?.body ?? '');
  const [short, setShort] = useState(snippet?.short ?? '');
  const [source, setSource] = useState(snippet?.source ?? '');
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const shortLength = measure(short, 'x');

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    setError('');
    const next: Snippet = {
      id: snippet?.id ?? newSnippetId(),
      title: title.trim(),
      shortcut: shortcut.trim().toLowerCase(),
      body,
      tags: tags.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean),
      origin: snippet?.origin === 'starter' ? 'starter' : 'user',
      updatedAt: Date.now(),
      ...(short.trim() ? { short } : {}),
      ...(source.trim() ? { source: source.trim() } : {}),
    };
    try {
      await onSave(next);
    } catch (err) {
      setError(errorText(err));
      setSaving(false);
    }
  };

  return (
    <form class="stack" onSubmit={submit} aria-labelledby="editor-heading">
      <h2 id="editor-heading">{snippet ? `Edit “${snippet.title}”` : 'New snippet'}</h2>
      {error && <p class="notice error" role="alert">{error}</p>}
      <div><label for="sn-title">Title</label><input id="sn-title" type="text" required maxLength={120} value={title} onInput={(e) => setTitle(e.currentTarget.value)} autoFocus /></div>
      <div><label for="sn-shortcut">Shortcut <span class="muted">(typed after the prefix, e.g. flu)</span></label><input id="sn-shortcut" type="text" maxLength={32} pattern="[a-z0-9][a-z0-9_\-]*" value={shortcut} onInput={(e) => setShortcut(e.currentTarget.value)} /></div>
      <div><label for="sn-tags">Tags <span class="muted">(comma-separated)</span></label><input id="sn-tags" type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} /></div>
      <div>
        <label for="sn-body">Text</label>
        <p class="muted" id="sn-body-help" style={{ fontSize: '.8rem' }}>Placeholders: {'{cursor}'}, {'{disclaimer}'} (the site’s disclaimer), {'{{name}}'} (asked for before inserting).</p>
        <textarea id="sn-body" required aria-describedby="sn-body-help" value={body} onInput={(e) => setBody(e.currentTarget.value)} />
      </div>
      <div>
        <label for="sn-short">Short form for X <span class="muted">(optional)</span></label>
        <textarea id="sn-short" aria-describedby="sn-short-count" value={short} onInput={(e) => setShort(e.currentTarget.value)} />
        <p id="sn-short-count" class={shortLength > 280 ? 'sev-block' : 'muted'} style={{ fontSize: '.8rem' }}>{shortLength} of 280 characters on X</p>
      </div>
      <div><label for="sn-source">Source <span class="muted">(e.g. CDC)</span></label><input id="sn-source" type="text" value={source} onInput={(e) => setSource(e.currentTarget.value)} /></div>
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>Save snippet</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
