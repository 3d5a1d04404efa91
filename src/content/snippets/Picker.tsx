import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../engine/types.js';
import type { Snippet } from '../../shared/snippets/schema.js';
import { searchSnippets } from '../../shared/snippets/search.js';
import type { Prepared } from './prepare.js';
import { PICKER_CSS } from './styles.js';

export interface PickerProps {
  snippets: readonly Snippet[];
  /** Opened by a typed shortcut: that snippet is already chosen. */
  chosen?: Snippet;
  prepare(snippet: Snippet, answers: Record<string, string> | null): Promise<Prepared>;
  insert(text: string): Promise<boolean>;
  close(): void;
}

type Step =
  | { kind: 'search' }
  | { kind: 'busy'; snippet: Snippet }
  | { kind: 'fields'; snippet: Snippet; fields: string[] }
  | { kind: 'flagged'; snippet: Snippet; text: string; findings: Finding[] };

/** The in-page snippet picker: search, choose with the keyboard, fill fields, check, insert. */
export function Picker({ snippets, chosen, prepare, insert, close }: PickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [step, setStep] = useState<Step>({ kind: 'search' });
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const search = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useMemo(() => searchSnippets(snippets, query).slice(0, 8), [snippets, query]);

  useEffect(() => { if (chosen) void choose(chosen, null); else search.current?.focus(); }, []);
  useEffect(() => { if (step.kind !== 'search') heading.current?.focus(); }, [step.kind]);

  async function choose(snippet: Snippet, given: Record<string, string> | null) {
    setError('');
    setStep({ kind: 'busy', snippet });
    try {
      const prepared = await prepare(snippet, given);
      if (prepared.kind === 'fields') setStep({ kind: 'fields', snippet, fields: prepared.fields });
      else if (prepared.kind === 'flagged') setStep({ kind: 'flagged', snippet, text: prepared.text, findings: prepared.findings });
      else await finish(prepared.text);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStep({ kind: 'search' });
    }
  }
  async function finish(text: string) {
    if (await insert(text)) close();
    else { setError('The snippet could not be inserted into this box.'); setStep({ kind: 'search' }); }
  }

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(); return; }
    if (step.kind !== 'search') return;
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive(Math.min(active + 1, shown.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(Math.max(active - 1, 0)); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      const s = shown[active];
      if (s) void choose(s, null);
    }
  };

  return (
    <div class="pk" role="dialog" aria-modal="true" aria-label="Insert a snippet" onKeyDown={onKey}>
      <style>{PICKER_CSS}</style>
      {error && <p class="warn" role="alert">{error}</p>}
      {step.kind === 'search' && (
        <>
          <h2>Insert a snippet</h2>
          <input ref={search} type="search" aria-label="Search snippets" aria-controls="sp-pick-list"
            aria-activedescendant={shown[active] ? `sp-pick-${active}` : undefined} value={query}
            onInput={(e) => { setQuery(e.currentTarget.value); setActive(0); }} />
          <ul id="sp-pick-list" role="listbox" aria-label="Snippets">
            {shown.map((s, i) => (
              <li key={s.id} id={`sp-pick-${i}`} role="option" aria-selected={i === active} onClick={() => void choose(s, null)}>
                {s.title}{s.shortcut && <span class="sc">/{s.shortcut}</span>}
              </li>
            ))}
          </ul>
          {shown.length === 0 && <p class="muted">No snippet matches.</p>}
        </>
      )}
      {step.kind === 'busy' && <p role="status">Checking “{step.snippet.title}”…</p>}
      {step.kind === 'fields' && (
        <form onSubmit={(e) => { e.preventDefault(); void choose(step.snippet, answers); }}>
          <h2 tabIndex={-1} ref={heading}>Fill in “{step.snippet.title}”</h2>
          {step.fields.map((f, i) => (
            <div key={f}>
              <label for={`sp-field-${i}`}>{f}</label>
              <input id={`sp-field-${i}`} type="text" autoFocus={i === 0} value={answers[f] ?? ''} onInput={(e) => setAnswers({ ...answers, [f]: e.currentTarget.value })} />
            </div>
          ))}
          <div class="row"><button type="submit" class="primary">Check and insert</button><button type="button" onClick={close}>Cancel</button></div>
        </form>
      )}
      {step.kind === 'flagged' && (
        <div>
          <h2 tabIndex={-1} ref={heading}>This text may identify a patient</h2>
          <ul class="warn">{step.findings.map((f, i) => <li key={i}>{f.message}</li>)}</ul>
          <div class="row">
            <button type="button" class="primary" onClick={close}>Don't insert</button>
            <button type="button" onClick={() => void finish(step.text)}>Insert anyway</button>
          </div>
        </div>
      )}
    </div>
  );
}
