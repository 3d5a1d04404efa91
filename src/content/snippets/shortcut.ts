import type { Snippet } from '../../shared/snippets/schema.js';

export interface ShortcutHit {
  /** Offsets of the typed `prefix + shortcut` in the draft. */
  start: number;
  end: number;
  snippet: Snippet;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The snippet whose shortcut was just typed before the caret (`/flu|`), if any. The prefix must start
 * the draft or follow white space, so a URL path or a fraction ("1/2") never expands.
 */
export function shortcutBefore(text: string, caret: number, prefix: string, snippets: readonly Snippet[]): ShortcutHit | null {
  if (!prefix) return null;
  const before = text.slice(0, caret);
  const match = new RegExp(`(?:^|\\s)(${escape(prefix)}([a-z0-9][a-z0-9_-]*))$`).exec(before);
  if (!match?.[1] || !match[2]) return null;
  const snippet = snippets.find((s) => s.shortcut === match[2]);
  if (!snippet) return null;
  return { start: caret - match[1].length, end: caret, snippet };
}

/**
 * From the text of the caret's own text node up to the caret: false when no shortcut can end at the
 * caret, true when one may (or when the word before the caret may start in an earlier node, which this
 * text cannot tell). Lets the Space key skip reading the whole draft on every word typed.
 */
export function mayEndShortcut(before: string, prefix: string, snippets: readonly Snippet[]): boolean {
  if (!/\s/.test(before)) return true;
  return shortcutBefore(before, before.length, prefix, snippets) !== null;
}
