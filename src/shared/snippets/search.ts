import type { Snippet } from './schema.js';

/**
 * A small fuzzy scorer for a library of tens to hundreds of snippets: every word of the query must
 * match somewhere, an exact shortcut or a word start counts most, letters in order within the title
 * count least. Good enough here that a dependency would not earn its place.
 */
export function searchSnippets(snippets: readonly Snippet[], query: string, tag?: string): Snippet[] {
  const pool = tag ? snippets.filter((s) => s.tags.includes(tag)) : [...snippets];
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return pool;
  const scored: Array<[number, number, Snippet]> = [];
  pool.forEach((s, i) => {
    let total = 0;
    for (const w of words) {
      const score = wordScore(s, w);
      if (score === 0) return;
      total += score;
    }
    scored.push([total, i, s]);
  });
  return scored.sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, , s]) => s);
}

function wordScore(s: Snippet, w: string): number {
  const title = s.title.toLowerCase();
  if (s.shortcut === w) return 100;
  if (s.shortcut.startsWith(w)) return 60;
  if (startsWord(title, w)) return 50;
  if (s.tags.some((t) => t === w)) return 45;
  if (s.tags.some((t) => startsWord(t, w))) return 35;
  if (title.includes(w)) return 25;
  const body = s.body.toLowerCase();
  if (startsWord(body, w)) return 15;
  if (w.length >= 3 && body.includes(w)) return 8;
  if (w.length >= 2 && inOrder(title, w)) return 4;
  return 0;
}

function startsWord(text: string, w: string): boolean {
  for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) return true;
  }
  return false;
}

/** The query's letters appear in the title in order ("bldpr" → "blood pressure"). */
function inOrder(text: string, w: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length && j < w.length; i++) if (text[i] === w[j]) j++;
  return j === w.length;
}

export function allTags(snippets: readonly Snippet[]): string[] {
  return [...new Set(snippets.flatMap((s) => s.tags))].sort();
}
