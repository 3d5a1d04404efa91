import type { EngineSettings, Platform } from './types.js';

/** Post limits as each platform counts them (compliance-rules.md, platform limits). */
export const LIMITS: Record<Platform, number> = {
  x: 280,
  bluesky: 300,
  threads: 500,
  mastodon: 500,
  instagram: 2200,
  linkedin: 3000,
  doximity: 3000,
  reddit: 40000,
  facebook: 63206,
  generic: 63206,
};

/** Roughly what shows before the platform's "more" cut, for placing a sponsorship disclosure. */
export const FOLDS: Record<Platform, number> = {
  x: 280, bluesky: 300, threads: 500, mastodon: 500, instagram: 125, linkedin: 210, doximity: 210,
  reddit: 300, facebook: 477, generic: 300,
};

export function limitFor(platform: Platform, settings?: Pick<EngineSettings, 'characterLimit'>): number {
  const own = settings?.characterLimit;
  return typeof own === 'number' && Number.isFinite(own) && own > 0 ? Math.floor(own) : LIMITS[platform];
}

/** Whether `text` stays within the platform's limit as that platform counts it. */
export function fitsLimit(text: string, platform: Platform, settings?: Pick<EngineSettings, 'characterLimit'>): boolean {
  return measure(text, platform) <= limitFor(platform, settings);
}

const URL_RE = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/gi;
/**
 * Where an X link may start: a scheme, or a common top-level domain ("amzn.to/3Kx9", "cdc.gov"; the list
 * keeps "e.g." and "5.5" out). Each candidate is then widened to its token, so the scan stays one pass.
 */
const X_URL_CANDIDATE = /https?:\/\/|\.(?:com|org|net|edu|gov|io|co|ai|to|ly|me|app|health|us|uk|ca|info|blog|care|md|link|bio|tv|news|gl|be)(?![a-z0-9-])/gi;
const HOST_CHAR = /[a-z0-9.-]/i;
const ALNUM = /[a-z0-9]/i;
const BEFORE_HOST = /[@\w]/;
/** Mastodon counts a remote mention "@user@server" as the local "@user". */
const MASTODON_REMOTE_MENTION = /(@[a-z0-9_]+)@[a-z0-9.-]+\.[a-z]{2,}/gi;
/** X and Mastodon count every link as 23 characters, whatever its length. */
const URL_WEIGHT = 23;

/** Length of `text` as `platform` counts it. */
export function measure(text: string, platform: Platform): number {
  switch (platform) {
    case 'x':
      return xWeightedLength(text);
    case 'bluesky':
      return graphemes(text);
    case 'mastodon': {
      let urls = 0;
      const rest = text.replace(URL_RE, () => { urls++; return ''; }).replace(MASTODON_REMOTE_MENTION, '$1');
      return graphemes(rest) + urls * URL_WEIGHT;
    }
    case 'threads':
      return threadsLength(text);
    default:
      return text.length;
  }
}

const NON_ASCII = /[\u0080-\uffff]/;
const ASCII_ONLY = { test: (s: string) => !NON_ASCII.test(s) };

/**
 * A stretch of code units below U+0300 (no CR): every unit of it but the last is a cluster of its own, so
 * the walks below count such stretches in one step and look at the last unit the ordinary way.
 */
const PLAIN_RUN = /[^\u0300-\uffff\r]{2,}/y;
/** The same for X's weights, which need no CR LF rule. */
const LOW_RUN = /[\0-\u02ff]{2,}/y;

/** Units from `i` that the walks may count as one each without looking (0 when the run is short). */
function plainUnits(run: RegExp, text: string, i: number, end: number): number {
  run.lastIndex = i;
  if (!run.test(text)) return 0;
  return Math.min(run.lastIndex, end) - i - 1;
}

export function graphemes(text: string): number {
  if (ASCII_ONLY.test(text)) return text.length - countCrlf(text);
  let n = 0;
  for (let i = 0; i < text.length;) {
    const skip = plainUnits(PLAIN_RUN, text, i, text.length);
    if (skip > 0) { n += skip; i += skip; }
    if (simpleUnit(text, i, text.length)) { n++; i++; continue; }
    const j = runEnd(text, i, text.length);
    forEachCluster(text.slice(i, j), () => { n++; });
    i = j;
  }
  return n;
}

function countCrlf(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) n++;
  return n;
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const MARK = /\p{M}/u;
const ZWJ = 0x200d;

function isPictographic(cp: number): boolean {
  return cp >= 0x203c && PICTOGRAPHIC.test(String.fromCodePoint(cp));
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** Code points that never start a cluster of their own (UAX #29, the cases social text meets). */
function extendsCluster(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp === ZWJ || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) return true;
  return MARK.test(String.fromCodePoint(cp));
}

/**
 * Walks the text one user-perceived character at a time, without Intl.Segmenter (too slow for a check
 * on every keystroke): combining marks, variation selectors, skin tones, tags, ZWJ sequences, flag
 * pairs and CR LF stay with the character they follow. `visit` gets the cluster's bounds and whether
 * it is an emoji.
 */
function forEachCluster(text: string, visit: (start: number, end: number, emoji: boolean) => void): void {
  let start = 0;
  let emoji = false;
  let regional = 0;
  let prev = -1;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) as number;
    const size = cp > 0xffff ? 2 : 1;
    const joins =
      i > 0 &&
      (extendsCluster(cp) ||
        (prev === ZWJ && isPictographic(cp)) ||
        (prev === 0x0d && cp === 0x0a) ||
        (isRegionalIndicator(cp) && regional % 2 === 1));
    if (!joins) {
      if (i > 0) visit(start, i, emoji);
      start = i;
      emoji = isPictographic(cp) || isRegionalIndicator(cp);
      regional = 0;
    } else if (cp === 0x20e3 || cp === 0xfe0f) {
      // A keycap ("1️⃣") or an emoji-style selector makes the cluster an emoji.
      emoji = emoji || cp === 0x20e3 || isPictographic(prev);
    }
    if (isRegionalIndicator(cp)) regional++;
    prev = cp;
    i += size;
  }
  if (text.length > 0) visit(start, text.length, emoji);
}

/** twitter-text v3: weight 1 for Latin and common punctuation ranges, 2 for the rest and for each emoji. */
export function xWeightedLength(text: string): number {
  const normalized = ASCII_ONLY.test(text) ? text : text.normalize('NFC');
  const spans = xUrlSpans(normalized);
  let weight = spans.length * URL_WEIGHT * 100;
  let from = 0;
  for (const [s, e] of spans) {
    weight += xSegmentWeight(normalized, from, s);
    from = e;
  }
  weight += xSegmentWeight(normalized, from, normalized.length);
  return Math.ceil(weight / 100);
}

/** Whether the code unit at `i` is a whole cluster on its own (the common case, decided without lookups). */
function simpleUnit(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x300) return false;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
  return next < 0x300 && !(c === 0x0d && next === 0x0a);
}

/** End of the run a cluster walk needs: up to the next space, so the slow path sees short slices only. */
function runEnd(text: string, i: number, end: number): number {
  let j = text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
  while (j < end && text.charCodeAt(j) > 0x20) j++;
  return j;
}

function xSegmentWeight(text: string, start: number, end: number): number {
  let weight = 0;
  for (let i = start; i < end;) {
    const skip = plainUnits(LOW_RUN, text, i, end);
    if (skip > 0) { weight += skip * 100; i += skip; }
    // X weighs code points, so CR LF needs no cluster walk; only marks and emoji do.
    if (text.charCodeAt(i) < 0x300 && (i + 1 >= end || text.charCodeAt(i + 1) < 0x300)) { weight += 100; i++; continue; }
    const j = runEnd(text, i, end);
    const run = text.slice(i, j);
    forEachCluster(run, (s, e, emoji) => {
      if (emoji) { weight += 200; return; }
      for (let k = s; k < e;) {
        const cp = run.codePointAt(k) as number;
        weight += xCodePointWeight(cp);
        k += cp > 0xffff ? 2 : 1;
      }
    });
    i = j;
  }
  return weight;
}

function xCodePointWeight(cp: number): number {
  if (cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247)) return 100;
  return 200;
}

/** Threads counts each emoji as its UTF-8 length, everything else as one per grapheme. */
function threadsLength(text: string): number {
  if (ASCII_ONLY.test(text)) return text.length - countCrlf(text);
  let n = 0;
  for (let i = 0; i < text.length;) {
    const skip = plainUnits(PLAIN_RUN, text, i, text.length);
    if (skip > 0) { n += skip; i += skip; }
    if (simpleUnit(text, i, text.length)) { n++; i++; continue; }
    const j = runEnd(text, i, text.length);
    const run = text.slice(i, j);
    forEachCluster(run, (s, e, emoji) => { n += emoji ? utf8Length(run, s, e) : 1; });
    i = j;
  }
  return n;
}

function tokenEnd(text: string, from: number): number {
  let e = from;
  while (e < text.length && !/[\s<>"]/.test(text[e] as string)) e++;
  return e;
}

/** [start, end) of every link X would shorten to 23 characters. */
export function xUrlSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let covered = 0;
  X_URL_CANDIDATE.lastIndex = 0;
  for (let m = X_URL_CANDIDATE.exec(text); m; m = X_URL_CANDIDATE.exec(text)) {
    if (m.index < covered) continue;
    let start = m.index;
    let end: number;
    if (m[0][0] !== '.') {
      if (start > 0 && ALNUM.test(text[start - 1] as string)) continue;
      end = tokenEnd(text, start + m[0].length);
    } else {
      const floor = Math.max(covered, m.index - 253);
      while (start > floor && HOST_CHAR.test(text[start - 1] as string)) start--;
      while (start < m.index && !ALNUM.test(text[start] as string)) start++;
      // A bare TLD, or a domain inside an e-mail address or a longer word, is not a link.
      if (start === m.index || (start > 0 && BEFORE_HOST.test(text[start - 1] as string))) continue;
      end = m.index + m[0].length;
      if (text[end] === '/') end = tokenEnd(text, end);
    }
    spans.push([start, end]);
    covered = end;
  }
  X_URL_CANDIDATE.lastIndex = 0;
  return spans;
}

function utf8Length(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end;) {
    const cp = s.codePointAt(i) as number;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return n;
}
