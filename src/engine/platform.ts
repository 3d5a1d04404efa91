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
/** X also links bare domains ("amzn.to/3Kx9", "cdc.gov"); a common-TLD list keeps "e.g." and "5.5" out. */
const X_URL_RE =
  /\bhttps?:\/\/[^\s<>"]+|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}(?:com|org|net|edu|gov|io|co|ai|to|ly|me|app|health|us|uk|ca|info|blog|care|md|link|bio|tv|news|gl|be)\b(?:\/[^\s<>"]*)?/gi;
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

export function graphemes(text: string): number {
  if (ASCII_ONLY.test(text)) return text.length - countCrlf(text);
  let n = 0;
  forEachCluster(text, () => { n++; });
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
  let urls = 0;
  const rest = (ASCII_ONLY.test(text) ? text : text.normalize('NFC')).replace(X_URL_RE, () => { urls++; return ''; });
  if (ASCII_ONLY.test(rest)) return urls * URL_WEIGHT + rest.length;
  let weight = urls * URL_WEIGHT * 100;
  forEachCluster(rest, (start, end, emoji) => {
    if (emoji) { weight += 200; return; }
    for (let i = start; i < end;) {
      const cp = rest.codePointAt(i) as number;
      weight += xCodePointWeight(cp);
      i += cp > 0xffff ? 2 : 1;
    }
  });
  return Math.ceil(weight / 100);
}

function xCodePointWeight(cp: number): number {
  if (cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247)) return 100;
  return 200;
}

/** Threads counts each emoji as its UTF-8 length, everything else as one per grapheme. */
function threadsLength(text: string): number {
  if (ASCII_ONLY.test(text)) return text.length - countCrlf(text);
  let n = 0;
  forEachCluster(text, (start, end, emoji) => { n += emoji ? utf8Length(text, start, end) : 1; });
  return n;
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
