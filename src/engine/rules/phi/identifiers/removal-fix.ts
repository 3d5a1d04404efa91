import { originalSpan, quote, redactFix, type RuleContext } from '../../../context.js';
import type { Fix } from '../../../types.js';
import type { Hit } from './hits.js';
import { endsWithBeAtOn, endsWithOwner, prepositionBefore } from './phrase-readers.js';

const CLOSERS = /[,.;:!?)]/;

export interface RemovalUnit {
  start: number;
  end: number;
  /** The removal opened a sentence: the next word needs its capital. */
  capitalise?: boolean;
}

function bracketed(text: string, s: number, e: number): RemovalUnit | null {
  const open = text[s - 1] === '(' ? s - 1 : text.slice(s - 2, s) === '( ' ? s - 2 : -1;
  if (open === -1) return null;
  const close = text[e] === ')' ? e : text.slice(e, e + 2) === ' )' ? e + 1 : -1;
  return close === -1 ? null : { start: open, end: close + 1 };
}

/**
 * The stretch to delete so the sentence still reads: a parenthetical with its brackets, an appositive
 * with its leading comma, a leading preposition ("emailed to X" → "emailed"), or only the value when the
 * keyword has an owner ("his account #123" → "his account"). Null when deleting would break the sentence.
 */
export function removalUnit(text: string, hit: Hit, detachedOnly = false): RemovalUnit | null {
  const kw = hit.unitStart ?? hit.start;
  let s = kw;
  const e = hit.end;
  const before = text.slice(Math.max(0, s - 24), s);

  const paren = bracketed(text, kw, e) ?? bracketed(text, hit.start, e);
  if (paren) return paren;
  if (before.endsWith(', ') && CLOSERS.test(text[e] ?? '')) return { start: s - 2, end: e };
  // "shared it here: <link> 🕊️": the colon goes with the link.
  if (before.endsWith(': ') && /^(?:\s*$|\s*\n|\s+[^\s\p{L}])/u.test(text.slice(e, e + 3))) {
    return { start: s - 2, end: e };
  }
  if (detachedOnly) return null;
  if (kw !== hit.start && endsWithOwner(before)) {
    // Keep "his account", drop the connector and the value.
    s = kw;
    while (s < hit.start && !/\s/.test(text[s] ?? '')) s++;
    return { start: s, end: e };
  }
  if (endsWithBeAtOn(before)) return null;
  const prep = prepositionBefore(before);
  if (prep !== -1) return { start: s - prep, end: e };
  // A labelled field opening a sentence: "SSN: 123-45-6789." or "Badge #44, if you…"
  const opening = s === 0 || /(?:^|[\n.!?:])\s*$/.test(before);
  if (opening && text[e] === '.') return { start: s, end: e + 1 };
  if (opening && text[e] === ',') return { start: s, end: e + 1, capitalise: true };
  return { start: s, end: e };
}

/** Remove when the sentence survives it; otherwise replace with a neutral phrase. */
export function tidyFix(ctx: RuleContext, hit: Hit, neutral: string, detachedOnly = false): Fix {
  const unit = removalUnit(ctx.folded.text, hit, detachedOnly);
  if (!unit) return redactFix(ctx, hit.start, hit.end, neutral);
  const span = originalSpan(ctx, unit.start, unit.end);
  const text = ctx.original;
  let { start: s, end: e } = span;
  let replacement = '';
  const after = text[e] ?? '';
  if (s > 0 && text[s - 1] === ' ' && (after === '' || after === ' ' || after === '\n' || CLOSERS.test(after))) s--;
  else if ((s === 0 || text[s - 1] === '\n') && after === ' ') e++;
  if (unit.capitalise) {
    let n = e;
    while (text[n] === ' ') n++;
    const c = text[n] ?? '';
    if (c !== c.toUpperCase()) {
      e = n + 1;
      replacement = (s > 0 && text[s - 1] !== ' ' && text[s - 1] !== '\n' ? ' ' : '') + c.toUpperCase();
    }
  }
  const label = quote(ctx, firstSolid(ctx.folded.text, unit.start, unit.end), unit.end);
  return { label: `Remove “${label}”`, edits: [{ start: s, end: e, text: replacement }] };
}

function firstSolid(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && /[\s,:]/.test(text[i] ?? '')) i++;
  return i;
}
