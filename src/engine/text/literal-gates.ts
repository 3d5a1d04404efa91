/**
 * Gates for whole-draft patterns that usually find nothing. Each gate is a list of lower-case phrases
 * at least one of which every match of its pattern contains; one pass over the lower-cased draft
 * answers for all gates at once, so a pattern whose phrases are all absent is not run at all. On a
 * 3,000-character draft a single such pattern costs 5 to 16 µs to find nothing (the regex engine tries
 * its alternatives at nearly every position); the shared pass costs about 1.5 µs at 280 characters and
 * 15 µs at 3,000 for every gate together.
 *
 * A gate is only a necessary condition: where it opens, the pattern still decides.
 */
import { readsAt } from './spans.js';

export interface LiteralGate {
  /** Whether `lower` (a lower-cased draft, or a text it contains) may hold a match. */
  mayMatch(lower: string): boolean;
}

/** Gates are bits of one 32-bit mask. */
const MAX_GATES = 31;

const phrases: Array<{ phrase: string; bit: number }> = [];
let gateCount = 0;

export interface DeclaredGate extends LiteralGate {
  name: string;
  phrases: readonly string[];
  /** The pattern the gate stands before: every text it matches holds one of the phrases once lower-cased. */
  pattern: RegExp;
}
const declared: DeclaredGate[] = [];

/** Every gate declared so far, for the test that checks each one against its pattern. */
export function declaredGates(): readonly DeclaredGate[] {
  return declared;
}

/** The last draft read and its mask: the rules of one check ask about the same draft in turn. */
let lastText: string | undefined;
let lastMask = 0;

function isGatePhrase(phrase: string): boolean {
  if (phrase.length < 2) return false;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/**
 * Declares a gate named `name` for `pattern`: every match of the pattern, lower-cased, holds one of
 * `list`. Called at module load; the shared table is built on the first question.
 */
export function literalGate(name: string, list: readonly string[], pattern: RegExp): LiteralGate {
  if (gateCount >= MAX_GATES) throw new Error(`literalGate: at most ${MAX_GATES} gates`);
  if (list.length === 0) throw new Error('literalGate: a gate needs at least one phrase');
  for (const p of list) {
    if (!isGatePhrase(p)) throw new Error(`literalGate: "${p}" must be lower-case ASCII of two characters or more`);
  }
  const bit = 1 << gateCount++;
  for (const phrase of list) phrases.push({ phrase, bit });
  table = undefined;
  lastText = undefined;
  const mayMatch = (lower: string) => (maskOf(lower) & bit) !== 0;
  declared.push({ name, phrases: list, pattern, mayMatch });
  return { mayMatch };
}

function pairKey(a: number, b: number): number {
  return (a << 7) | b;
}

/**
 * Rough share of English text, in percent, per character, and the commonest pairs: a phrase is keyed on
 * its rarest pair, so that " must " is looked for at "mu" and not at every word that starts with an "m",
 * and "altered" at "lt" rather than "al". A pair with a space counts as common (every word has two).
 * Characters not listed count as rare.
 */
const SHARE: Record<string, number> = {
  ' ': 18, e: 10, t: 7.5, a: 6.5, o: 6, i: 5.7, n: 5.5, s: 5.1, h: 4.9, r: 4.8, d: 3.4, l: 3.2, c: 2.2, u: 2.2,
  m: 1.9, w: 1.9, f: 1.8, g: 1.6, y: 1.6, p: 1.5, b: 1.2, v: 0.8, k: 0.6, ',': 1, '.': 1,
};
const COMMON_PAIRS = new Set(
  'th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur yo'.split(' '),
);
const share = (c: string) => SHARE[c] ?? 0.2;

/** Offset of the phrase's rarest pair of characters. */
function anchorOf(phrase: string): number {
  let best = 0;
  let bestScore = Infinity;
  for (let k = 0; k + 1 < phrase.length; k++) {
    const pair = phrase.slice(k, k + 2);
    const score = share(pair[0] as string) * share(pair[1] as string) * (COMMON_PAIRS.has(pair) || pair.includes(' ') ? 10 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = k;
    }
  }
  return best;
}

interface Entry { phrase: string; bit: number; anchor: number }

/** Phrases sorted by the pair they are keyed on; per pair (7 bits each), the slice [start, end) of its phrases. */
interface Table { entries: Entry[]; start: Int32Array; end: Int32Array; allBits: number }

/** Built on the first question after a gate is declared. */
let table: Table | undefined;

function build(): Table {
  const keyOf = (e: Entry) => pairKey(e.phrase.charCodeAt(e.anchor), e.phrase.charCodeAt(e.anchor + 1));
  const entries = phrases.map(({ phrase, bit }) => ({ phrase, bit, anchor: anchorOf(phrase) })).sort((x, y) => keyOf(x) - keyOf(y));
  const start = new Int32Array(1 << 14).fill(-1);
  const end = new Int32Array(1 << 14);
  entries.forEach((e, i) => {
    const k = keyOf(e);
    if (start[k] === -1) start[k] = i;
    end[k] = i + 1;
  });
  let allBits = 0;
  for (const p of phrases) allBits |= p.bit;
  return { entries, start, end, allBits };
}

/**
 * The gates `lower` opens, as a mask. One pass that reads each character once: a table look-up per
 * pair of ASCII characters, a comparison per phrase keyed on that pair.
 */
function maskOf(lower: string): number {
  if (lower === lastText) return lastMask;
  const { entries, start, end, allBits } = (table ??= build());
  let mask = 0;
  const n = lower.length;
  let a = n > 0 ? lower.charCodeAt(0) : 0;
  for (let i = 1; i < n; i++) {
    const b = lower.charCodeAt(i);
    if ((a | b) < 128) {
      const k = pairKey(a, b);
      const from = start[k] as number;
      if (from >= 0) {
        const to = end[k] as number;
        for (let j = from; j < to; j++) {
          const e = entries[j] as Entry;
          // readsAt compares in place (a call to startsWith costs more); before the text it reads NaN and fails.
          if ((mask & e.bit) === 0 && readsAt(lower, i - 1 - e.anchor, e.phrase)) mask |= e.bit;
        }
        if (mask === allBits) break;
      }
    }
    a = b;
  }
  lastText = lower;
  lastMask = mask;
  return mask;
}
