import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Platform } from '../../engine/types.js';
import { sendToTab, sendToWorker } from '../../shared/messaging.js';
import type { DraftState } from '../../shared/protocol.js';
import { snippetPlainText } from '../../shared/sanitize.js';
import type { Settings } from '../../shared/settings/schema.js';
import { disclaimerFor, expandSnippet, fieldsOf } from '../../shared/snippets/placeholders.js';
import type { Snippet } from '../../shared/snippets/schema.js';
import { errorText } from '../error-text.js';

interface Props {
  tabId: number;
  platform: Platform;
  snippet: Snippet;
  form: 'body' | 'short';
  settings: Settings;
  onDone: (draft: DraftState | null | undefined, message: string) => void;
  onCancel: () => void;
}

type Stage =
  | { kind: 'fields' }
  | { kind: 'checking' }
  | { kind: 'flagged'; text: string; findings: Finding[]; tooLong: boolean };

/**
 * Inserting a snippet: ask for its fill-in fields, check the filled text with the engine, and only
 * insert straight away when nothing is flagged; a flagged text is shown with its findings first.
 */
export function InsertDialog({ tabId, platform, snippet, form, settings, onDone, onCancel }: Props) {
  const source = snippetPlainText(form === 'short' && snippet.short ? snippet.short : snippet.body);
  const fields = fieldsOf(source);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [stage, setStage] = useState<Stage>({ kind: fields.length ? 'fields' : 'checking' });
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), [stage.kind]);
  useEffect(() => {
    if (!fields.length) void prepare({});
    // Runs once: a snippet without fields goes straight to its check.
  }, []);

  const insert = async (text: string) => {
    try {
      const draft = await sendToTab(tabId, 'draft.insert', { text });
      if (draft === null) {
        setError('There is no compose box to insert into on this page yet. Click into a post box, then try again.');
        setStage({ kind: 'fields' });
        return;
      }
      onDone(draft, `Inserted “${snippet.title}”.`);
    } catch (e) {
      setError(errorText(e));
      setStage({ kind: 'fields' });
    }
  };

  async function prepare(given: Record<string, string>) {
    setError('');
    let text: string;
    try {
      text = expandSnippet(source, given, disclaimerFor(settings.engine, platform)).text;
    } catch (e) {
      setError(errorText(e));
      setStage({ kind: 'fields' });
      return;
    }
    setStage({ kind: 'checking' });
    try {
      const report = await sendToWorker('check', { text, platform });
      const findings = report.findings.filter((f) => f.category === 'phi' || f.category === 'reidentification' || f.category === 'patient-confirmation');
      const tooLong = report.length.used > report.length.limit;
      if (findings.length || tooLong) setStage({ kind: 'flagged', text, findings, tooLong });
      else await insert(text);
    } catch (e) {
      setError(errorText(e));
      setStage({ kind: 'fields' });
    }
  }

  return (
    <section class="stack" aria-labelledby="insert-heading">
      <h2 id="insert-heading" tabIndex={-1} ref={heading}>Insert “{snippet.title}”</h2>
      {error && <p class="notice error" role="alert">{error}</p>}
      {stage.kind === 'fields' && (
        <form class="stack" onSubmit={(e) => { e.preventDefault(); void prepare(answers); }}>
          <p class="muted">This snippet has blanks to fill in. What you type is checked before it is inserted.</p>
          {fields.map((f, i) => (
            <div key={f}>
              <label for={`field-${i}`}>{f}</label>
              <input id={`field-${i}`} type="text" value={answers[f] ?? ''} autoFocus={i === 0}
                onInput={(e) => setAnswers({ ...answers, [f]: e.currentTarget.value })} />
            </div>
          ))}
          <div class="row">
            <button type="submit" class="primary">Check and insert</button>
            <button type="button" onClick={onCancel}>Cancel</button>
          </div>
        </form>
      )}
      {stage.kind === 'checking' && <p class="muted" role="status">Checking the snippet…</p>}
      {stage.kind === 'flagged' && (
        <div class="stack" data-testid="snippet-flagged">
          {stage.findings.length > 0 && (
            <div class="notice warn" role="alert">
              <p><strong>This text may identify a patient.</strong> Check it before posting:</p>
              <ul>
                {stage.findings.map((f, i) => (
                  <li key={i}>{f.message} <span class="quote">{stage.text.slice(f.start, f.end)}</span></li>
                ))}
              </ul>
            </div>
          )}
          {stage.tooLong && <p class="notice warn">This text is longer than the site allows{snippet.short && form === 'body' ? '; the short form may fit' : ''}.</p>}
          <div class="row">
            <button type="button" onClick={onCancel} class="primary">Don't insert</button>
            <button type="button" onClick={() => void insert(stage.text)}>Insert anyway</button>
          </div>
        </div>
      )}
    </section>
  );
}
