import type { Snippet } from '../../shared/snippets/schema.js';

export interface ShortcutHit {
  /** Offsets of the typed `prefix + shortcut` in the draft. */
  start: number;
  end: number;
  snippet: Snippet;
}

const SPACE = /\s/;
const NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** Where the run of non-space characters that ends at `caret` starts: read back from the caret only. */
function runStart(text: string, caret: number): number {
  let start = caret;
  while (start > 0 && !SPACE.test(text.charAt(start - 1))) start--;
  return start;
}

/**
 * The snippet whose shortcut was just typed before the caret (`/flu|`), if any. The prefix must start
 * the draft or follow white space, so a URL path or a fraction ("1/2") never expands. The prefix is one
 * to three visible characters, so `prefix + shortcut` is the whole run before the caret.
 */
export function shortcutBefore(text: string, caret: number, prefix: string, snippets: readonly Snippet[]): ShortcutHit | null {
  return hitIn(text, runStart(text, caret), caret, prefix, snippets);
}

/** The hit when text[start, caret), a run of non-space characters, is `prefix + shortcut`. */
function hitIn(text: string, start: number, caret: number, prefix: string, snippets: readonly Snippet[]): ShortcutHit | null {
  if (!prefix || !text.startsWith(prefix, start)) return null;
  const name = text.slice(start + prefix.length, caret);
  if (!NAME.test(name)) return null;
  const snippet = snippets.find((s) => s.shortcut === name);
  return snippet ? { start, end: caret, snippet } : null;
}

/**
 * From the text of the caret's own text node up to the caret: false when no shortcut can end at the
 * caret, true when one may (or when the word before the caret may start in an earlier node, which this
 * text cannot tell). Lets the Space key skip reading the whole draft on every word typed.
 */
export function mayEndShortcut(before: string, prefix: string, snippets: readonly Snippet[]): boolean {
  const start = runStart(before, before.length);
  return start === 0 || hitIn(before, start, before.length, prefix, snippets) !== null;
}
