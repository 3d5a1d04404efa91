/**
 * One folded view of the draft that every rule reads, with a map back to the original offsets.
 *
 * Folding keeps detectors simple: curly quotes become straight, the dash family becomes '-', every
 * space-like character becomes ' ', full-width ASCII becomes ASCII, and invisible format characters
 * (zero-width space and joiners, soft hyphen, BOM, bidi marks) are dropped so that "Ma\u200Bria" reads
 * as "Maria". Letters keep their case; rules that ignore case use the `i` flag or `lower`.
 */
export interface Folded {
  /** The folded text. */
  text: string;
  /** The same text lower-cased, code unit for code unit. */
  lower: string;
  /**
   * `map[i]` is the original offset of folded offset `i`; `map[text.length]` is the original length.
   * Null when no character was dropped (the common case): offsets are then the same.
   */
  map: Uint32Array | null;
}

function dropped(c: number): boolean {
  return c === 0xad || c === 0x61c || c === 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e)
    || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206f) || c === 0xfeff;
}

const NON_ASCII = /[\u0080-\uffff]/;

function foldUnit(c: number): number {
  if (c < 0x80) return c;
  switch (c) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0xff07: return 0x27; // '
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0xff02: return 0x22; // "
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xfe63: case 0xff0d:
      return 0x2d; // -
    case 0x00a0: case 0x1680: case 0x202f: case 0x205f: case 0x3000: return 0x20;
    case 0x2028: case 0x2029: case 0x0085: return 0x0a;
  }
  if (c >= 0x2000 && c <= 0x200a) return 0x20;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII
  return c;
}

function lowerUnit(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c < 0x80) return c;
  const s = String.fromCharCode(c);
  const l = s.toLowerCase();
  // Keep one code unit for one code unit so offsets stay shared; the few characters whose lower case
  // is longer (U+0130) keep their upper case.
  return l.length === 1 ? l.charCodeAt(0) : c;
}

/** Every character fold() drops or replaces; the rest of a non-ASCII draft is kept as it is. */
const CHANGED = /[\u0085\u00a0\u00ad\u061c\u1680\u180e\u2000-\u2015\u2018-\u201f\u2028-\u202f\u2032\u2033\u205f-\u2064\u2066-\u206f\u2212\u3000\ufe63\ufeff\uff01-\uff5e]/g;
/** Where whole-string lower-casing can differ from lower-casing unit by unit (final sigma, astral letters). */
const CONTEXTUAL_CASE = /[\u03a3\ud800-\udfff]/;

export function fold(original: string): Folded {
  if (!NON_ASCII.test(original)) return { text: original, lower: original.toLowerCase(), map: null };
  // Most drafts hold a handful of curly quotes, dashes or emoji: copy the runs between them as they are.
  const pieces: string[] = [];
  const drops: number[] = [];
  let from = 0;
  CHANGED.lastIndex = 0;
  for (let m = CHANGED.exec(original); m !== null; m = CHANGED.exec(original)) {
    const i = m.index;
    // Dense changes (a paste of full-width text, a wall of invisible characters): one unit at a time is cheaper.
    if (pieces.length > 2048 && pieces.length > i >> 2) return foldUnits(original);
    pieces.push(original.slice(from, i));
    const c = original.charCodeAt(i);
    if (dropped(c)) drops.push(i);
    else pieces.push(String.fromCharCode(foldUnit(c)));
    from = i + 1;
  }
  pieces.push(original.slice(from));
  const text = pieces.join('');
  return { text, lower: lowerOf(text), map: drops.length === 0 ? null : mapAround(drops, original.length) };
}

function foldUnits(original: string): Folded {
  const n = original.length;
  const out = new Uint16Array(n);
  const low = new Uint16Array(n);
  const map = new Uint32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0x80 && dropped(c)) continue;
    const f = foldUnit(c);
    out[j] = f;
    low[j] = lowerUnit(f);
    map[j] = i;
    j++;
  }
  map[j] = n;
  return { text: decode(out, j), lower: decode(low, j), map: j === n ? null : map.subarray(0, j + 1) };
}

/** Lower case, one code unit for one code unit, so offsets stay shared with the folded text. */
function lowerOf(text: string): string {
  const whole = text.toLowerCase();
  if (whole.length === text.length && !CONTEXTUAL_CASE.test(text)) return whole;
  const n = text.length;
  const low = new Uint16Array(n);
  for (let i = 0; i < n; i++) low[i] = lowerUnit(text.charCodeAt(i));
  return decode(low, n);
}

/** The folded → original offset map when the characters at `drops` (ascending) were left out. */
function mapAround(drops: readonly number[], n: number): Uint32Array {
  const map = new Uint32Array(n - drops.length + 1);
  let j = 0;
  let next = 0;
  for (let i = 0; i < n; i++) {
    if (i === drops[next]) { next++; continue; }
    map[j++] = i;
  }
  map[j] = n;
  return map;
}

function decode(units: Uint16Array, length: number): string {
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, Array.from(units.subarray(i, Math.min(length, i + CHUNK))));
  }
  return s;
}
