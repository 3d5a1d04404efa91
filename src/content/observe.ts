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

/**
 * Reports boxes appearing and leaving. Mutations only mark the page dirty; one scan runs per animation
 * frame at most, so a busy single-page app costs one query per frame, not one per mutation. Shadow roots
 * do not report to the document's observer, so each one that can hold boxes gets its own.
 */
export function observeBoxes(adapter: SiteAdapter, doc: Document, signal: AbortSignal, events: BoxEvents): void {
  const hooked = new Set<HTMLElement>();
  const watchedRoots = new WeakSet<ShadowRoot>();
  let scheduled = false;

  const scan = (): void => {
    scheduled = false;
    if (signal.aborted) return;
    const { boxes, shadowRoots } = findBoxes(adapter, doc);
    for (const root of shadowRoots) {
      if (watchedRoots.has(root)) continue;
      watchedRoots.add(root);
      observer.observe(root, { childList: true, subtree: true });
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

  // Typing changes the editor's own DOM on every keystroke; that can neither add nor remove a box, so
  // those records (and our own badge going in or out) cost no scan.
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
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'disabled'] });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const box of hooked) events.removed(box);
    hooked.clear();
  }, { once: true });
  scan();
}

function ownMutation(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeName === 'SAFEPOST-BADGE');
}
