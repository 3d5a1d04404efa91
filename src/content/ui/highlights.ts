import type { Severity } from '../../engine/types.js';
import { HIGHLIGHT_CSS } from './styles.js';
import { adoptStyles } from './sheets.js';

/**
 * Underlines in contenteditable boxes through the CSS Custom Highlight API: the page's DOM is never
 * touched (wrapping text in elements corrupts editors such as Draft.js). One highlight per severity is
 * shared by every box on the page, so each box's ranges are kept here and the union is registered.
 */
const SEVERITIES: readonly Severity[] = ['info', 'warn', 'block'];
const byOwner = new Map<object, { range: Range; severity: Severity }[]>();
const styledRoots = new WeakSet<Document | ShadowRoot>();

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function ensureStyle(tree: Document | ShadowRoot): void {
  if (styledRoots.has(tree)) return;
  styledRoots.add(tree);
  adoptStyles(tree, HIGHLIGHT_CSS);
}

function publish(): void {
  for (const severity of SEVERITIES) {
    const ranges: Range[] = [];
    for (const list of byOwner.values()) for (const item of list) if (item.severity === severity) ranges.push(item.range);
    if (ranges.length === 0) CSS.highlights.delete(`safepost-${severity}`);
    else CSS.highlights.set(`safepost-${severity}`, new Highlight(...ranges));
  }
}

export function setHighlights(owner: object, tree: Document | ShadowRoot, items: { range: Range; severity: Severity }[]): void {
  if (!highlightsSupported()) return;
  if (items.length > 0) ensureStyle(tree);
  if (items.length === 0 && !byOwner.has(owner)) return;
  if (items.length === 0) byOwner.delete(owner);
  else byOwner.set(owner, items);
  publish();
}

export function clearHighlights(owner: object): void {
  if (!byOwner.has(owner)) return;
  byOwner.delete(owner);
  if (highlightsSupported()) publish();
}
