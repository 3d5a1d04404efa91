import type { Platform } from '../../engine/types.js';
import type { EditorKind } from '../editors/types.js';

/**
 * What SafePost knows about one site's compose boxes. Selectors live in each site's file, next to a note
 * on the page they match; a new site is one more file here, one fixture page and its tests.
 */
export interface SiteAdapter {
  /** Short name, for fixtures and tests. */
  readonly site: string;
  readonly platform: Platform;
  /** Host names this adapter runs on. */
  readonly hosts: readonly string[];
  /** The editable element of a compose box (textarea or contenteditable root). */
  readonly box: string;
  /** Elements whose open shadow roots can hold compose boxes, and the boxes' selector inside them. */
  readonly shadowHosts?: string;
  readonly shadowBox?: string;
  /** The editor library behind `box`. */
  kind(box: HTMLElement): EditorKind;
  /** The box's outer editor container: the badge is inserted right after it. */
  container(box: HTMLElement): HTMLElement;
  /** True for the site's control that sends the post (or reply). */
  isPostButton(el: Element): boolean;
  /** Where the post control that sends `box` lives: its dialog, form or composer. */
  scope(box: HTMLElement): Element;
}

/** The nearest ancestor (across shadow boundaries) matching `selector`, or `fallback`. */
export function closestAcross(el: Element, selector: string, fallback: Element): Element {
  for (let node: Element | null = el; node; ) {
    const hit = node.closest(selector);
    if (hit) return hit;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return fallback;
}

/** The element itself or the nearest ancestor with a button role, whose trimmed text is one of `labels`. */
export function buttonLabelled(el: Element, labels: readonly string[]): boolean {
  const button = el.closest('button, [role="button"]');
  if (!button) return false;
  const name = (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
  return labels.includes(name);
}
