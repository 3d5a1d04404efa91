import type { Finding, Fix, Platform, Report, Severity } from '../engine/types.js';
import type { DraftState } from '../shared/protocol.js';
import type { SiteAdapter } from './adapters/types.js';
import type { Editor } from './editors/types.js';
import { createEditor } from './editors/index.js';
import { combinedEdit, overLimit } from './fixes.js';
import { mountBadge, type BadgeUi } from './ui/badge.js';
import { clearHighlights, setHighlights } from './ui/highlights.js';
import { blockKey, type BadgeState } from './ui/labels.js';
import { mirrorFor } from './ui/mirror.js';
import type { BadgeViewState, FixOption } from './ui/view.js';

/** Input is checked this long after the last keystroke (design.md: ~150 ms). */
export const DEBOUNCE_MS = 150;
/** Height the panel needs above the badge before it opens below it instead. */
const PANEL_ROOM = 360;

export interface SessionHost {
  platform: Platform;
  check(text: string, platform: Platform): Promise<Report>;
  /** A check failed; `error` says why (e.g. the extension was reloaded). */
  failed(error: unknown): void;
  focused(session: BoxSession): void;
  /**
   * The user started typing in this box (`true`: from the first input after a check) or the typed text
   * is being checked now (`false`). The page pauses its own observer in between.
   */
  typing?(session: BoxSession, on: boolean): void;
}

/** One hooked compose box: its editor, its badge, its latest report. */
export class BoxSession {
  readonly editor: Editor;
  private readonly ui: BadgeUi;
  private readonly life = new AbortController();
  private report: Report | null = null;
  private reportText = '';
  /** The pending check's timer, when one is armed, and the time (performance.now) it is due. */
  private timer: ReturnType<typeof setTimeout> | undefined;
  private armedFor = 0;
  private dueAt = 0;
  private sequence = 0;
  private composing = false;
  private expanded = false;
  private busy = false;
  private notice: string | null = null;
  private question: { message: string; resolve: (choice: 'fix' | 'post') => void } | null = null;
  /** Block state for which the post question was already asked. */
  private askedFor: string | null = null;
  private inFlight: Promise<void> | null = null;
  /** Switches the box's mutation observer (rich editors only) on or off. */
  private watch: ((on: boolean) => void) | null = null;
  /** Input arrived since the last check started: the box's and the page's observers are off. */
  private typing = false;
  /** Findings whose underlines are registered now, with their ranges. */
  private highlighted: { findings: readonly Finding[]; items: { range: Range; severity: Severity }[] } | null = null;

  constructor(readonly adapter: SiteAdapter, readonly box: HTMLElement, private readonly host: SessionHost, pageSignal: AbortSignal) {
    const signal = this.life.signal;
    pageSignal.addEventListener('abort', () => this.destroy(), { once: true, signal });
    this.editor = createEditor(adapter.kind(box), box, signal);
    this.ui = mountBadge(adapter.container(box), {
      toggle: () => { this.expanded = !this.expanded; this.notice = null; this.render(); },
      dismiss: () => {
        if (this.question) { this.answer('fix'); return; }
        this.expanded = false;
        this.render();
        this.ui.focus('badge');
      },
      apply: (fix) => { void this.applyFix(fix); },
      answer: (choice) => this.answer(choice),
    });
    this.render();
    // Per keystroke this only notes the time: no timer is re-armed, no text is read, nothing is allocated.
    box.addEventListener('input', () => { this.quietWatch(); this.schedule(); }, { signal });
    box.addEventListener('compositionstart', () => { this.composing = true; this.disarm(); }, { signal });
    box.addEventListener('compositionend', () => { this.composing = false; this.schedule(); }, { signal });
    box.addEventListener('focusin', () => host.focused(this), { signal });
    if (this.editor.kind === 'textarea') {
      // The mirror copies the textarea's box: follow it when it scrolls or the window changes size.
      box.addEventListener('scroll', () => this.render(), { signal, passive: true });
      box.ownerDocument.defaultView?.addEventListener('resize', () => this.render(), { signal, passive: true });
    }
    if (this.editor.kind !== 'textarea') {
      // Editors change their DOM without an input event when they apply a paste or an API call.
      // While keys arrive, input events already re-arm the check, so the observer is switched off until that
      // check runs: the browser then builds no mutation records for every keystroke's DOM changes.
      const observer = new MutationObserver(() => this.schedule());
      const options = { childList: true, characterData: true, subtree: true };
      this.watch = (on) => { if (on) observer.observe(box, options); else observer.disconnect(); };
      this.watch(true);
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
    if (this.editor.readText().trim() !== '') this.schedule(0);
  }

  get badge(): HTMLElement {
    return this.ui.host;
  }

  get state(): BadgeState {
    return this.report?.state ?? 'clean';
  }

  /**
   * A check runs `delay` ms after the last call; none runs while an IME composition is open. A call only
   * moves the due time: the armed timer, when it fires early, waits out the rest.
   */
  schedule(delay = DEBOUNCE_MS): void {
    if (this.life.signal.aborted) return;
    if (this.composing) { this.disarm(); return; }
    this.dueAt = performance.now() + delay;
    if (this.timer !== undefined && this.armedFor <= this.dueAt) return;
    this.arm(delay);
  }

  private arm(delay: number): void {
    clearTimeout(this.timer);
    this.armedFor = this.dueAt;
    this.timer = setTimeout(this.due, delay);
  }

  private disarm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The timer's callback, made once: a check now, or a new timer for the time still to wait. */
  private readonly due = (): void => {
    this.timer = undefined;
    const wait = this.dueAt - performance.now();
    if (wait >= 1) { this.arm(wait); return; }
    void this.run();
  };

  private quietWatch(): void {
    if (this.typing) return;
    this.typing = true;
    this.watch?.(false);
    this.host.typing?.(this, true);
  }

  private rewatch(): void {
    if (!this.typing || this.life.signal.aborted) return;
    this.typing = false;
    this.watch?.(true);
    this.host.typing?.(this, false);
  }

  /** Checks the current text now; resolves when its report (or a newer one) is shown. */
  async run(): Promise<void> {
    this.disarm();
    this.rewatch();
    const text = this.editor.readText();
    if (this.report && text === this.reportText) return;
    const seq = ++this.sequence;
    const pending = (async () => {
      try {
        const report = await this.host.check(text, this.host.platform);
        if (seq !== this.sequence || this.life.signal.aborted) return;
        this.report = report;
        this.reportText = text;
        this.render();
      } catch (error) {
        if (seq === this.sequence) this.host.failed(error);
      }
    })();
    this.inFlight = pending;
    await pending;
  }

  /** The draft as last checked, made current first. */
  async draft(): Promise<DraftState | null> {
    if (this.editor.readText() !== this.reportText || !this.report) await this.run();
    else if (this.inFlight) await this.inFlight;
    return this.report ? { platform: this.host.platform, report: this.report, text: this.reportText } : null;
  }

  /** Writes one fix through the editor; false (with a notice in the panel) when it could not. */
  async applyFix(fix: Fix): Promise<boolean> {
    const text = this.editor.readText();
    const edit = text === this.reportText && this.offers(fix) ? combinedEdit(text, fix) : null;
    if (!edit) {
      this.notice = 'The draft changed since this was checked; SafePost is checking it again.';
      this.render();
      void this.run();
      return false;
    }
    this.busy = true;
    this.render();
    const ok = await this.editor.replace(edit.start, edit.end, edit.text);
    this.busy = false;
    this.notice = ok ? null : 'That fix could not be written into this box. Edit the text by hand.';
    await this.run();
    this.render();
    if (this.expanded) this.ui.focus('panel');
    return ok;
  }

  /** True when `fix` is one the current report offers (the popup may hold one from an older report). */
  private offers(fix: Fix): boolean {
    const wanted = JSON.stringify(fix.edits);
    return (this.report?.findings ?? []).some((f) => f.fixes.some((x) => x.label === fix.label && JSON.stringify(x.edits) === wanted));
  }

  async insert(text: string): Promise<boolean> {
    const ok = await this.editor.insertAtCursor(text);
    await this.run();
    return ok;
  }

  /** Key of the open blocking findings, or null when none is open or the question was asked for them. */
  pendingBlock(): string | null {
    if (!this.report || this.state !== 'block') return null;
    const key = blockKey(this.report.findings, this.reportText);
    return key === this.askedFor ? null : key;
  }

  /** Counts the post question as asked for the current blocking findings. */
  acknowledge(): void {
    this.askedFor = this.pendingBlock() ?? this.askedFor;
  }

  /** Shows the post question; resolves with the user's answer. */
  ask(): Promise<'fix' | 'post'> {
    this.acknowledge();
    const count = this.report?.findings.filter((f) => f.severity === 'block').length ?? 0;
    const first = this.report?.findings.find((f) => f.severity === 'block')?.message ?? '';
    return new Promise((resolve) => {
      this.question = {
        message: `${count === 1 ? 'One problem' : `${count} problems`} should be fixed before this is posted. ${first}`,
        resolve,
      };
      this.render();
      this.ui.focus('question');
    });
  }

  private answer(choice: 'fix' | 'post'): void {
    const q = this.question;
    this.question = null;
    if (choice === 'fix') this.expanded = true;
    this.render();
    if (choice === 'fix') this.ui.focus('panel');
    q?.resolve(choice);
  }

  private render(): void {
    if (this.life.signal.aborted) return;
    const report = this.report;
    const current = this.editor.readText();
    const fresh = report !== null && current === this.reportText;
    const fixes = new Map<Finding, FixOption[]>();
    for (const f of report?.findings ?? []) {
      fixes.set(f, f.fixes.map((fix) => ({ fix, blocked: overLimit(this.reportText, fix, report as Report, this.host.platform) })));
    }
    const view: BadgeViewState = {
      state: this.state,
      count: report?.findings.length ?? 0,
      report,
      fixes,
      expanded: this.expanded,
      // Reading the badge's position forces a layout of the page; only an open panel needs it.
      placement: this.expanded ? (this.ui.host.getBoundingClientRect().top < PANEL_ROOM ? 'below' : 'above') : 'above',
      busy: this.busy,
      notice: this.notice,
      question: this.question ? { message: this.question.message } : null,
      mirror: null,
    };
    const findings = fresh ? report.findings : [];
    if (this.editor.kind === 'textarea') {
      view.mirror = mirrorFor(this.box as HTMLTextAreaElement, this.ui.host, current, findings);
    } else {
      this.highlight(findings);
    }
    this.ui.update(view);
  }

  private highlight(findings: readonly Finding[]): void {
    if (this.highlightsCurrent(findings)) return;
    const items: { range: Range; severity: Severity }[] = [];
    for (const f of findings) {
      if (f.end <= f.start) continue;
      const range = this.editor.rangeFor(f.start, f.end);
      if (range) items.push({ range, severity: f.severity });
    }
    setHighlights(this, this.box.getRootNode() as Document | ShadowRoot, items);
    this.highlighted = { findings, items };
  }

  /**
   * Re-registering highlights repaints every underlined run, so it is skipped when the same spans with the
   * same severities are shown and each live range still covers the text it was made for.
   */
  private highlightsCurrent(findings: readonly Finding[]): boolean {
    const shown = this.highlighted;
    if (!shown) return findings.length === 0;
    const spans = findings.filter((f) => f.end > f.start);
    if (spans.length !== shown.items.length || shown.findings.length !== findings.length) return false;
    return spans.every((f, i) => {
      const item = shown.items[i];
      return item !== undefined && item.severity === f.severity && item.range.toString().replace(/\u00a0/g, ' ') === this.reportText.slice(f.start, f.end)
        && item.range.startContainer.isConnected;
    });
  }

  destroy(): void {
    if (this.life.signal.aborted) return;
    this.disarm();
    if (this.typing) { this.typing = false; this.host.typing?.(this, false); }
    this.question?.resolve('fix');
    this.life.abort();
    clearHighlights(this);
    this.ui.remove();
  }
}
