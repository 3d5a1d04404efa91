import { useState } from 'preact/hooks';
import type { Snippet } from '../../shared/snippets/schema.js';
import { SnippetPreview } from './SnippetPreview.js';

interface Props {
  snippet: Snippet;
  canInsert: boolean;
  canEdit: boolean;
  onInsert: (form: 'body' | 'short') => void;
  onEdit: () => void;
  onDelete: () => void;
}

export function SnippetItem({ snippet, canInsert, canEdit, onInsert, onEdit, onDelete }: Props) {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const previewId = `preview-${snippet.id}`;
  return (
    <li class="card stack" data-snippet={snippet.id}>
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <h3 style={{ margin: 0 }}>{snippet.title}</h3>
        {snippet.shortcut && <span class="muted">/{snippet.shortcut}</span>}
      </div>
      <p class="muted" style={{ fontSize: '.8rem' }}>
        {snippet.origin === 'organisation' ? 'From your organisation · ' : ''}
        {snippet.tags.join(', ')}
        {snippet.source ? ` · Source: ${snippet.source}` : ''}
      </p>
      {open && <SnippetPreview id={previewId} text={snippet.body} />}
      <div class="row">
        {canInsert && <button type="button" class="primary" onClick={() => onInsert('body')} aria-label={`Insert “${snippet.title}”`}>Insert</button>}
        {canInsert && snippet.short && <button type="button" onClick={() => onInsert('short')} aria-label={`Insert short form of “${snippet.title}”`}>Insert short</button>}
        <button type="button" aria-expanded={open} aria-controls={previewId} onClick={() => setOpen(!open)} aria-label={`${open ? 'Hide' : 'Show'} text of “${snippet.title}”`}>{open ? 'Hide' : 'Show'}</button>
        {canEdit && <button type="button" onClick={onEdit} aria-label={`Edit “${snippet.title}”`}>Edit</button>}
        {canEdit && !confirming && <button type="button" class="danger" onClick={() => setConfirming(true)} aria-label={`Delete “${snippet.title}”`}>Delete</button>}
        {canEdit && confirming && (
          <>
            <button type="button" class="danger" onClick={onDelete} aria-label={`Confirm deleting “${snippet.title}”`}>Confirm delete</button>
            <button type="button" onClick={() => setConfirming(false)}>Keep</button>
          </>
        )}
      </div>
    </li>
  );
}
