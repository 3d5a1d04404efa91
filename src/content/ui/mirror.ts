import type { Finding } from '../../engine/types.js';
import type { MirrorView } from './view.js';

/** Text metrics a mirror must share with its textarea for the marks to sit under the right characters. */
const COPIED = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'textTransform', 'wordSpacing',
  'textIndent', 'tabSize', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth',
  'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'boxSizing', 'direction',
] as const;

/**
 * Textarea text has no DOM nodes for a highlight to cover, so findings are drawn in a copy of the text
 * laid out exactly like it, transparent, over the textarea, scrolled with it, ignoring the pointer.
 */
export function mirrorFor(textarea: HTMLTextAreaElement, host: HTMLElement, text: string, findings: readonly Finding[]): MirrorView | null {
  const spans = findings.filter((f) => f.end > f.start && f.end <= text.length).sort((a, b) => a.start - b.start);
  if (spans.length === 0) return null;
  const win = textarea.ownerDocument.defaultView;
  if (!win) return null;
  const cs = win.getComputedStyle(textarea);
  const box = textarea.getBoundingClientRect();
  const origin = host.getBoundingClientRect();
  const style: Record<string, string> = {
    left: `${box.left - origin.left}px`,
    top: `${box.top - origin.top}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    borderStyle: 'solid',
    borderColor: 'transparent',
  };
  for (const key of COPIED) style[key] = cs[key];
  const parts: MirrorView['parts'] = [];
  let at = 0;
  for (const f of spans) {
    if (f.start < at) continue;
    if (f.start > at) parts.push({ text: text.slice(at, f.start), severity: null });
    parts.push({ text: text.slice(f.start, f.end), severity: f.severity });
    at = f.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), severity: null });
  return { style, scrollTop: textarea.scrollTop, parts };
}
