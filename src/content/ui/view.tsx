import type { Finding, Fix, Report } from '../../engine/types.js';
import { badgeName, SEVERITY_WORD, type BadgeState } from './labels.js';

export interface FixOption {
  fix: Fix;
  /** Why the fix cannot be applied (it would break the platform's limit), or null. */
  blocked: string | null;
}

export interface MirrorView {
  /** Position and text metrics copied from the textarea, relative to the badge host. */
  style: Record<string, string>;
  scrollTop: number;
  parts: { text: string; severity: Finding['severity'] | null }[];
}

export interface BadgeViewState {
  state: BadgeState;
  count: number;
  report: Report | null;
  fixes: Map<Finding, FixOption[]>;
  expanded: boolean;
  /** Where the panel opens: above the badge, or below it when the box sits near the top of the window. */
  placement: 'above' | 'below';
  busy: boolean;
  /** A line about the last action (a fix that did not land), or null. */
  notice: string | null;
  question: { message: string } | null;
  mirror: MirrorView | null;
}

export interface BadgeActions {
  toggle(): void;
  /** Escape: closes the question (as "Fix first") or the panel, and returns focus to the badge. */
  dismiss(): void;
  apply(fix: Fix): void;
  answer(choice: 'fix' | 'post'): void;
}

const PANEL_ID = 'safepost-panel';

export function BadgeView({ view, actions }: { view: BadgeViewState; actions: BadgeActions }) {
  const name = badgeName(view.state, view.count);
  return (
    <div class={`sp s-${view.state}`} onKeyDown={(e) => { if (e.key === 'Escape' && (view.expanded || view.question)) { e.stopPropagation(); actions.dismiss(); } }}>
      {view.mirror && <Mirror mirror={view.mirror} />}
      <button
        type="button"
        class="badge"
        aria-label={name}
        title={name}
        aria-expanded={view.expanded ? 'true' : 'false'}
        aria-controls={PANEL_ID}
        onClick={actions.toggle}
      >
        <span class="dot" aria-hidden="true" />
        <span aria-hidden="true">{view.count}</span>
      </button>
      {view.expanded && <Panel view={view} actions={actions} />}
      {view.question && <Question message={view.question.message} actions={actions} />}
    </div>
  );
}

function Panel({ view, actions }: { view: BadgeViewState; actions: BadgeActions }) {
  const findings = view.report?.findings ?? [];
  return (
    <section id={PANEL_ID} class={`panel ${view.placement}`} role="region" aria-label="SafePost findings" tabIndex={-1}>
      <h2>{findings.length === 0 ? 'No problems found' : 'Before you post'}</h2>
      {view.notice && <p class="note" role="status">{view.notice}</p>}
      <ul>
        {findings.map((finding, i) => (
          <li key={`${finding.ruleId}:${finding.start}:${i}`}>
            <span class={`tag ${finding.severity}`}>{SEVERITY_WORD[finding.severity]}</span>
            {finding.message}
            <FixButtons options={view.fixes.get(finding) ?? []} busy={view.busy} apply={actions.apply} />
          </li>
        ))}
      </ul>
      {view.report && (
        <p class="len">{`Length: ${view.report.length.used} of ${view.report.length.limit}`}</p>
      )}
    </section>
  );
}

function FixButtons({ options, busy, apply }: { options: FixOption[]; busy: boolean; apply: (fix: Fix) => void }) {
  if (options.length === 0) return null;
  return (
    <div class="fixes">
      {options.map(({ fix, blocked }) => (
        <button key={fix.label} type="button" disabled={busy || blocked !== null} onClick={() => apply(fix)}>
          {fix.label}
        </button>
      ))}
      {options.map(({ fix, blocked }) => blocked && <p key={`${fix.label}-why`} class="note">{blocked}</p>)}
    </div>
  );
}

function Question({ message, actions }: { message: string; actions: BadgeActions }) {
  return (
    <div class="question" role="alertdialog" aria-labelledby="safepost-q-title" aria-describedby="safepost-q-text">
      <h2 id="safepost-q-title">Post with problems SafePost found?</h2>
      <p id="safepost-q-text">{message}</p>
      <div class="actions">
        <button type="button" class="primary" data-autofocus="" onClick={() => actions.answer('fix')}>Fix first</button>
        <button type="button" onClick={() => actions.answer('post')}>Post anyway</button>
      </div>
    </div>
  );
}

function Mirror({ mirror }: { mirror: MirrorView }) {
  return (
    <div class="mirror" aria-hidden="true" style={mirror.style} ref={(el) => { if (el) el.scrollTop = mirror.scrollTop; }}>
      {mirror.parts.map((part, i) => (part.severity ? <mark key={i} class={part.severity}>{part.text}</mark> : part.text))}
      {'\u200b'}
    </div>
  );
}
