import type { SiteAdapter } from './adapters/types.js';

export interface BoxEvents {
  added(box: HTMLElement): void;
  removed(box: HTMLElement): void;
}

/** Every compose box on the page now, open shadow roots of the adapter's shadow hosts included. */
export function findBoxes(adapter: SiteAdapter, doc: Document): { boxes: HTMLElement[]; shadowRoots: ShadowRoot[] } {
  const boxes = Array.from(doc.querySelectorAll<HTMLElement>(adapter.box));
  const shadowRoots: ShadowRoot[] = [];
  if (adapter.shadowHosts) {
    for (const host of doc.querySelectorAll(adapter.shadowHosts)) {
      const root = host.shadowRoot;
      if (!root) continue;
      shadowRoots.push(root);
      boxes.push(...root.querySelectorAll<HTMLElement>(adapter.shadowBox ?? adapter.box));
    }
  }
  return { boxes: boxes.filter(usable), shadowRoots };
}

function usable(box: HTMLElement): boolean {
  if (box instanceof HTMLTextAreaElement) return !box.disabled && !box.readOnly;
  return box.isContentEditable || box.getAttribute('contenteditable') === 'true';
}

/** Switches the page-wide observer off while the user types and on again (with one scan) afterwards. */
export interface BoxWatch {
  pause(): void;
  resume(): void;
}

/**
 * Reports boxes appearing and leaving. Mutations only mark the page dirty; one scan runs per animation
 * frame at most, so a busy single-page app costs one query per frame, not one per mutation. Shadow roots
 * do not report to the document's observer, so each one that can hold boxes gets its own.
 *
 * While the user types in a hooked box the observer is paused: every keystroke changes the editor's DOM,
 * and a subtree observer on the whole document would make the browser build a record for each change and
 * call us with them. Typing cannot add or remove a compose box; anything else the page did meanwhile is
 * found by the one scan `resume()` runs when the typed text is checked.
 */
export function observeBoxes(adapter: SiteAdapter, doc: Document, signal: AbortSignal, events: BoxEvents): BoxWatch {
  const hooked = new Set<HTMLElement>();
  let watchedRoots = new WeakSet<ShadowRoot>();
  let scheduled = false;
  let paused = false;

  const scan = (): void => {
    scheduled = false;
    if (signal.aborted) return;
    const { boxes, shadowRoots } = findBoxes(adapter, doc);
    for (const root of shadowRoots) {
      if (paused || watchedRoots.has(root)) continue;
      watchedRoots.add(root);
      observer.observe(root, OBSERVE_ROOT);
    }
    const present = new Set(boxes);
    for (const box of hooked) {
      if (present.has(box) && box.isConnected) continue;
      hooked.delete(box);
      events.removed(box);
    }
    for (const box of boxes) {
      if (hooked.has(box)) continue;
      hooked.add(box);
      events.added(box);
    }
  };

  const schedule = (): void => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestAnimationFrame(scan);
  };

  // A site's editor that changes its DOM while no one types (a paste, an API call) still reports here; so
  // do our own badge going in or out, which costs no scan.
  const irrelevant = (record: MutationRecord): boolean => {
    if (ownMutation(record)) return true;
    for (const box of hooked) {
      if (record.type === 'attributes' ? box !== record.target && box.contains(record.target) : box.contains(record.target)) return true;
    }
    return false;
  };
  const observer = new MutationObserver((records) => {
    if (scheduled || records.every(irrelevant)) return;
    schedule();
  });
  const watchDocument = (): void => observer.observe(doc.documentElement, OBSERVE_DOCUMENT);
  watchDocument();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const box of hooked) events.removed(box);
    hooked.clear();
  }, { once: true });
  scan();

  return {
    pause() {
      if (paused || signal.aborted) return;
      paused = true;
      observer.disconnect();
    },
    resume() {
      if (!paused || signal.aborted) return;
      paused = false;
      // disconnect() dropped the shadow roots too: the next scan observes each again.
      watchedRoots = new WeakSet();
      watchDocument();
      schedule();
    },
  };
}

const OBSERVE_DOCUMENT: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'disabled'] };
const OBSERVE_ROOT: MutationObserverInit = { childList: true, subtree: true };

function ownMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (const n of addedNodes) if (n.nodeName !== 'SAFEPOST-BADGE') return false;
  for (const n of removedNodes) if (n.nodeName !== 'SAFEPOST-BADGE') return false;
  return true;
}
