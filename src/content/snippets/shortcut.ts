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
