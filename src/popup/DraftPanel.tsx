import { useState } from 'preact/hooks';
import type { Finding, Fix, Severity } from '../engine/types.js';
import { sendToTab } from '../shared/messaging.js';
import type { DraftState } from '../shared/protocol.js';

export type DraftStatus =
  | { kind: 'loading' }
  | { kind: 'unhooked' }
  | { kind: 'no-box' }
  | { kind: 'ready'; draft: DraftState };

/** The same words as the in-page panel, so a finding reads the same in both places. */
const SEVERITY_WORD: Record<Severity, string> = { info: 'Tip', warn: 'Check', block: 'Fix' };
const SITES = 'X, LinkedIn, Facebook, Instagram, Threads, Bluesky, Reddit, Mastodon and Doximity';

/** The focused compose box's findings, each with its one-click fixes applied in the page. */
export function DraftPanel({ tabId, status, onDraft }: { tabId: number | undefined; status: DraftStatus; onDraft: (d: DraftState | null) => void }) {
  const [announce, setAnnounce] = useState('');
  const [error, setError] = useState('');

  const apply = async (fix: Fix) => {
    if (tabId === undefined) return;
    setError('');
    try {
      onDraft(await sendToTab(tabId, 'draft.apply-fix', { fix }));
      setAnnounce(`Applied: ${fix.label}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="draft-heading" class="stack">
      <h2 id="draft-heading">This draft</h2>
      <p class="visually-hidden" role="status" aria-live="polite">{announce}</p>
      {error && <p class="notice error" role="alert">{error}</p>}
      {status.kind === 'loading' && <p class="muted">Looking for a compose box…</p>}
      {status.kind === 'unhooked' && (
        <p class="muted" data-testid="unhooked">SafePost does not check this page. It checks the compose boxes of {SITES}, and Mastodon servers you add in Settings.</p>
      )}
      {status.kind === 'no-box' && <p class="muted">No compose box in use on this page yet. Click into a post box, then open SafePost again.</p>}
      {status.kind === 'ready' && <Findings draft={status.draft} onApply={apply} />}
    </section>
  );
}

function Findings({ draft, onApply }: { draft: DraftState; onApply: (fix: Fix) => void }) {
  const { report } = draft;
  const length = `${report.length.used} of ${report.length.limit} characters`;
  if (report.findings.length === 0) {
    return <p class="state-clean" data-testid="draft-clean">No problems found in this draft. <span class="muted">({length})</span></p>;
  }
  return (
    <>
      <p>
        {report.findings.length === 1 ? '1 thing' : `${report.findings.length} things`} to look at. <span class="muted">({length})</span>
      </p>
      <ul class="plain" aria-label="Findings">
        {report.findings.map((f, i) => <FindingItem key={`${f.ruleId}-${f.start}-${i}`} finding={f} text={draft.text} onApply={onApply} />)}
      </ul>
    </>
  );
}

function FindingItem({ finding, text, onApply }: { finding: Finding; text: string; onApply: (fix: Fix) => void }) {
  const span = finding.end > finding.start ? text.slice(finding.start, finding.end) : '';
  return (
    <li class="card stack" data-rule={finding.ruleId}>
      <p>
        <span class={`sev sev-${finding.severity}`}>{SEVERITY_WORD[finding.severity]}</span>{' '}
        {finding.message}
      </p>
      {span && <p class="muted">In the draft: <span class="quote">{span.length > 80 ? `${span.slice(0, 80)}…` : span}</span></p>}
      {finding.fixes.length > 0 && (
        <div class="row">
          {finding.fixes.map((fix) => <button type="button" key={fix.label} onClick={() => onApply(fix)}>{fix.label}</button>)}
        </div>
      )}
    </li>
  );
}
