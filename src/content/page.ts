import type { Platform, Report } from '../engine/types.js';
import type { DraftState, ToTab } from '../shared/protocol.js';
import type { Handlers } from '../shared/messaging.js';
import type { SiteAdapter } from './adapters/types.js';
import type { Editor } from './editors/types.js';
import { observeBoxes } from './observe.js';
import { BoxSession } from './session.js';

export interface PageDeps {
  check(text: string, platform: Platform): Promise<Report>;
  /** Opens the in-page snippet picker for a compose box; false when snippets are unavailable. */
  openPicker?(editor: Editor): Promise<boolean>;
  /** True once the extension that injected this script is gone (reloaded, updated, removed). */
  orphaned(error: unknown): boolean;
  /**
   * Asks the worker for something cheap, so that a worker the browser stopped meanwhile starts (and warms
   * its engine) while the user types, not when the typed text's check is sent.
   */
  wake?(): void;
}

/**
 * A burst of typing that starts this long after the page last spoke to the worker sends a wake-up first.
 * Browsers stop an idle worker after about 30 s, so only a pause can have put it to sleep; within a burst
 * of sentences the checks keep it awake, and each message costs the page a little main-thread time.
 */
export const WAKE_AFTER_MS = 1000;

export interface SafePostPage {
  readonly sessions: ReadonlySet<BoxSession>;
  readonly handlers: Handlers<ToTab>;
  readonly signal: AbortSignal;
  /** The editor of the hooked box that holds `target` (an event's target), if any. */
  editorFor(target: EventTarget | null): Editor | null;
  stop(): void;
}

/**
 * The copy of this script that serves the page, kept as a global of the content scripts' own world: the
 * page can neither read nor fake it (an event on the document, it could both send and cancel).
 */
const RUNNING_COPY = '__safepostRunningCopy';
interface RunningCopy {
  /** Still serving: not stopped, and its extension still loaded. */
  live(): boolean;
  stop(): void;
}
type RunningCopyGlobal = { [RUNNING_COPY]?: RunningCopy };

/**
 * Claims the page for a copy of this script that is starting. A copy whose extension is still loaded keeps
 * the page, and the claim fails: the worker injects the script into open tabs after an install or update,
 * and a tab that loaded in between already runs the manifest's copy, whose badge (and whatever the user
 * had open in it) a second copy would replace for nothing. A copy left behind by an update or reload
 * removes its UI and gives way.
 */
export function claimPage(): boolean {
  const running = (globalThis as RunningCopyGlobal)[RUNNING_COPY];
  if (running?.live()) return false;
  running?.stop();
  return true;
}

/**
 * Hooks every compose box of the current site. Everything it adds to the page (listeners, observers,
 * badges, highlights) hangs off one AbortController, so `stop()` leaves the page as it found it.
 */
export function startPage(adapter: SiteAdapter, doc: Document, deps: PageDeps): SafePostPage {
  const life = new AbortController();
  const signal = life.signal;
  const sessions = new Map<HTMLElement, BoxSession>();
  const live = new Set<BoxSession>();
  let lastFocused: BoxSession | null = null;
  let releasing = false;

  const stop = (): void => {
    if (signal.aborted) return;
    life.abort();
    sessions.clear();
    live.clear();
  };

  // Boxes typed in since their last check; while there are any, the page-wide observer is paused.
  const typing = new Set<BoxSession>();
  let lastContact = Number.NEGATIVE_INFINITY;
  const wake = (): void => {
    const now = performance.now();
    if (!deps.wake || now - lastContact < WAKE_AFTER_MS) return;
    lastContact = now;
    deps.wake();
  };
  const host = {
    platform: adapter.platform,
    check: (text: string, platform: Platform) => {
      lastContact = performance.now();
      return deps.check(text, platform);
    },
    failed: (error: unknown) => { if (deps.orphaned(error)) stop(); },
    focused: (session: BoxSession) => { lastFocused = session; },
    typing: (session: BoxSession, on: boolean) => {
      if (on) {
        if (typing.size === 0) wake();
        typing.add(session);
        boxes.pause();
        return;
      }
      typing.delete(session);
      if (typing.size === 0) boxes.resume();
    },
  };

  // A later copy's claim (claimPage) finds this one live until it stops or its extension goes.
  (globalThis as RunningCopyGlobal)[RUNNING_COPY] = { live: () => !signal.aborted && !deps.orphaned(undefined), stop };

  const boxes = observeBoxes(adapter, doc, signal, {
    added(box) {
      const session = new BoxSession(adapter, box, host, signal);
      sessions.set(box, session);
      live.add(session);
    },
    removed(box) {
      const session = sessions.get(box);
      if (!session) return;
      sessions.delete(box);
      live.delete(session);
      if (lastFocused === session) lastFocused = null;
      session.destroy();
    },
  });

  // The post question: capture phase, so it runs before the site's own handler and can hold it back once.
  // `blocking` are the boxes with open block findings; `send` repeats the post once the user agrees.
  const holdBack = (event: Event, blocking: BoxSession[], send: () => void): void => {
    const first = blocking[0];
    if (!first) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // One question covers every blocking box this post control sends.
    for (const s of blocking.slice(1)) s.acknowledge();
    void first.ask().then((choice) => {
      if (choice !== 'post' || signal.aborted) return;
      releasing = true;
      try {
        send();
      } finally {
        releasing = false;
      }
    });
  };
  const pendingIn = (path: EventTarget[]): BoxSession[] => [...live].filter((s) => s.pendingBlock() !== null && inScope(s, path));

  doc.addEventListener('click', (event) => {
    if (releasing) return;
    const path = event.composedPath();
    const button = path.find((n): n is HTMLElement => n instanceof HTMLElement && adapter.isPostButton(n));
    if (button) holdBack(event, pendingIn(path), () => button.click());
  }, { capture: true, signal });

  doc.addEventListener('keydown', (event) => {
    if (releasing || event.isComposing || event.key !== 'Enter' && event.key !== ' ') return;
    const path = event.composedPath();
    const target = path[0];
    // A post control that is not a real button (Facebook's div[role=button]) is also sent from the keyboard.
    const control = target instanceof HTMLElement && !(target instanceof HTMLButtonElement) && adapter.isPostButton(target) ? target : null;
    if (control) { holdBack(event, pendingIn(path), () => control.click()); return; }
    // Ctrl/⌘+Enter in a compose box posts on X, Mastodon and Bluesky.
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    const session = [...live].find((s) => path.includes(s.box));
    if (!session || session.pendingBlock() === null) return;
    const post = postControlFor(session);
    holdBack(event, pendingIn(path), () => post?.click());
  }, { capture: true, signal });

  const current = (): BoxSession | null => {
    if (lastFocused && live.has(lastFocused)) return lastFocused;
    return live.values().next().value ?? null;
  };

  const handlers: Handlers<ToTab> = {
    'draft.report': async (): Promise<DraftState | null> => (await current()?.draft()) ?? null,
    'draft.apply-fix': async ({ fix }) => {
      const session = current();
      if (!session) return null;
      const ok = await session.applyFix(fix);
      if (!ok) throw new Error('The fix could not be applied: the draft changed since it was checked, or the box refused the edit.');
      return session.draft();
    },
    'draft.insert': async ({ text }) => {
      const session = current();
      if (!session) return null;
      if (!(await session.insert(text))) throw new Error('The text could not be inserted into this compose box.');
      return session.draft();
    },
    'picker.open': async () => {
      const session = current();
      return session && deps.openPicker ? deps.openPicker(session.editor) : false;
    },
  };

  const editorFor = (target: EventTarget | null): Editor | null => {
    if (!(target instanceof Node)) return null;
    for (const s of live) if (s.box === target || s.box.contains(target)) return s.editor;
    return null;
  };

  return { sessions: live, handlers, signal, editorFor, stop };
}

/** The post control sending `session`'s box: the first control the adapter knows inside the box's scope. */
function postControlFor(session: BoxSession): HTMLElement | null {
  const scope = session.adapter.scope(session.box);
  for (const el of scope.querySelectorAll<HTMLElement>('button, [role="button"]')) if (session.adapter.isPostButton(el)) return el;
  return null;
}

/** A post control belongs to a box when they share the adapter's scope (dialog, form, composer). */
function inScope(session: BoxSession, path: EventTarget[]): boolean {
  const scope = session.adapter.scope(session.box);
  return path.includes(scope);
}
