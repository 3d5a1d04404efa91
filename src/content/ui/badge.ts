import { h, render } from 'preact';
import { BadgeView, type BadgeActions, type BadgeViewState } from './view.js';
import { BADGE_CSS } from './styles.js';
import { adoptStyles } from './sheets.js';

export const BADGE_TAG = 'safepost-badge';

export interface BadgeUi {
  readonly host: HTMLElement;
  update(view: BadgeViewState): void;
  /** Moves keyboard focus into the panel (after "Fix first") or onto the question's first button. */
  focus(target: 'panel' | 'question' | 'badge'): void;
  remove(): void;
}

/**
 * The one element SafePost adds per compose box (contract.md §3): a sibling right after the box's outer
 * container, in the same tree, carrying its state for tests and assistive tools, with its UI in an open
 * shadow root so the page's styles neither reach it nor are reached by it.
 */
export function mountBadge(container: HTMLElement, actions: BadgeActions): BadgeUi {
  // A badge left by an earlier copy of this script (extension reloaded) is replaced, never doubled.
  const stale = container.nextElementSibling;
  if (stale?.localName === BADGE_TAG) stale.remove();
  const host = container.ownerDocument.createElement(BADGE_TAG);
  host.setAttribute('data-safepost-state', 'clean');
  host.setAttribute('data-safepost-count', '0');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, BADGE_CSS);
  container.after(host);

  let shown: BadgeViewState | null = null;
  return {
    host,
    update(view) {
      // Each write is a mutation the page's observers see and a style invalidation: only real changes go out.
      if (shown && sameView(shown, view)) return;
      shown = view;
      setIfChanged(host, 'data-safepost-state', view.state);
      setIfChanged(host, 'data-safepost-count', String(view.count));
      render(h(BadgeView, { view, actions }), shadow);
    },
    focus(target) {
      const selector = target === 'panel' ? '.panel' : target === 'question' ? '[data-autofocus]' : 'button.badge';
      const el = shadow.querySelector<HTMLElement>(selector);
      el?.focus();
    },
    remove() {
      render(null, shadow);
      host.remove();
    },
  };
}

function setIfChanged(el: HTMLElement, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * A re-render would give the same DOM. With the panel closed only the badge, the question and the
 * textarea mirror show, so a report whose length count moved by a keystroke is no reason to render.
 */
function sameView(a: BadgeViewState, b: BadgeViewState): boolean {
  if (a.state !== b.state || a.count !== b.count || a.expanded !== b.expanded || a.question?.message !== b.question?.message) return false;
  if (JSON.stringify(a.mirror) !== JSON.stringify(b.mirror)) return false;
  if (!b.expanded) return true;
  return a.placement === b.placement && a.busy === b.busy && a.notice === b.notice
    && JSON.stringify(a.report) === JSON.stringify(b.report)
    && JSON.stringify([...a.fixes.values()]) === JSON.stringify([...b.fixes.values()]);
}
