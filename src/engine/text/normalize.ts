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
   * Null when folding changed nothing (plain ASCII, the common case): offsets are then the same.
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

export function fold(original: string): Folded {
  if (!NON_ASCII.test(original)) return { text: original, lower: original.toLowerCase(), map: null };
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
  return { text: decode(out, j), lower: decode(low, j), map: map.subarray(0, j + 1) };
}

function decode(units: Uint16Array, length: number): string {
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, Array.from(units.subarray(i, Math.min(length, i + CHUNK))));
  }
  return s;
}
