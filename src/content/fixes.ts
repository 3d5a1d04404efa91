import type { Edit, Fix, Platform, Report } from '../engine/types.js';
import { measure } from '../engine/platform.js';

/**
 * A fix's edits as one replacement over the span they cover, so the editor gets one write and the user
 * one undo step per fix. Null when the edits do not fit `text` (the draft changed since the report).
 */
export function combinedEdit(text: string, fix: Fix): Edit | null {
  if (fix.edits.length === 0) return null;
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = -1;
  for (const e of edits) {
    if (e.start < 0 || e.end < e.start || e.end > text.length || e.start < at) return null;
    if (at >= 0) out += text.slice(at, e.start);
    out += e.text;
    at = e.end;
  }
  const start = (edits[0] as Edit).start;
  return { start, end: at, text: out };
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** Why `fix` may not be offered: it would take the post over the platform's limit. */
export function overLimit(text: string, fix: Fix, report: Report, platform: Platform): string | null {
  const edit = combinedEdit(text, fix);
  if (!edit) return null;
  const after = applyEdit(text, edit);
  if (after.length <= text.length) return null;
  const used = measure(after, platform);
  if (used <= report.length.limit) return null;
  return `Not enough room: this would make the post ${used} characters, over the limit of ${report.length.limit}.`;
}
