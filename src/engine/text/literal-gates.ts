/**
 * Gates for whole-draft patterns that usually find nothing. Each gate is a list of lower-case phrases
 * at least one of which every match of its pattern contains; one pass over the lower-cased draft
 * answers for all gates at once, so a pattern whose phrases are all absent is not run at all. On a
 * 3,000-character draft a single such pattern costs 5 to 16 µs to find nothing (the regex engine tries
 * its alternatives at nearly every position); the shared pass costs a few µs for every gate together.
 *
 * A gate is only a necessary condition: where it opens, the pattern still decides.
 */

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

/** Per pair of leading ASCII characters (7 bits each), the slice of `byPair` whose phrases start so. */
let pairStart: Int32Array | undefined;
let pairEnd = new Int32Array(0);
let byPair: Array<{ phrase: string; bit: number }> = [];
let allBits = 0;

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
  pairStart = undefined;
  lastText = undefined;
  const mayMatch = (lower: string) => (maskOf(lower) & bit) !== 0;
  declared.push({ name, phrases: list, pattern, mayMatch });
  return { mayMatch };
}

function pairKey(a: number, b: number): number {
  return (a << 7) | b;
}

function build(): Int32Array {
  byPair = [...phrases].sort((x, y) => pairKey(x.phrase.charCodeAt(0), x.phrase.charCodeAt(1)) - pairKey(y.phrase.charCodeAt(0), y.phrase.charCodeAt(1)));
  const start = new Int32Array(1 << 14).fill(-1);
  pairEnd = new Int32Array(1 << 14);
  byPair.forEach(({ phrase }, i) => {
    const k = pairKey(phrase.charCodeAt(0), phrase.charCodeAt(1));
    if (start[k] === -1) start[k] = i;
    pairEnd[k] = i + 1;
  });
  allBits = 0;
  for (const p of phrases) allBits |= p.bit;
  return start;
}

/** The gates `lower` opens, as a mask. One pass: a table look-up per character, a comparison per candidate. */
function maskOf(lower: string): number {
  if (lower === lastText) return lastMask;
  const start = (pairStart ??= build());
  let mask = 0;
  const n = lower.length - 1;
  for (let i = 0; i < n; i++) {
    const a = lower.charCodeAt(i);
    if (a >= 128) continue;
    const b = lower.charCodeAt(i + 1);
    if (b >= 128) {
      i++;
      continue;
    }
    const k = pairKey(a, b);
    const from = start[k] as number;
    if (from < 0) continue;
    const to = pairEnd[k] as number;
    for (let j = from; j < to; j++) {
      const entry = byPair[j] as { phrase: string; bit: number };
      if ((mask & entry.bit) === 0 && lower.startsWith(entry.phrase, i)) mask |= entry.bit;
    }
    if (mask === allBits) break;
  }
  lastText = lower;
  lastMask = mask;
  return mask;
}
