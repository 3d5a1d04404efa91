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
let segmenter: Intl.Segmenter | undefined;

export function graphemes(text: string): number {
  if (ASCII_ONLY.test(text)) return text.length - countCrlf(text);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let n = 0;
  for (const segment of segmenter.segment(text)) if (segment) n++;
  return n;
}

function countCrlf(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) n++;
  return n;
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** twitter-text v3: weight 1 for Latin and common punctuation ranges, 2 for the rest and for each emoji. */
export function xWeightedLength(text: string): number {
  let urls = 0;
  const rest = text.normalize('NFC').replace(X_URL_RE, () => { urls++; return ''; });
  let weight = urls * URL_WEIGHT * 100;
  if (ASCII_ONLY.test(rest)) return urls * URL_WEIGHT + rest.length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(rest)) {
    if (EMOJI.test(segment)) { weight += 200; continue; }
    for (const ch of segment) weight += xCodePointWeight(ch.codePointAt(0) as number);
  }
  return Math.ceil(weight / 100);
}

function xCodePointWeight(cp: number): number {
  if (cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247)) return 100;
  return 200;
}

/** Threads counts each emoji as its UTF-8 length, everything else as one per grapheme. */
function threadsLength(text: string): number {
  if (ASCII_ONLY.test(text)) return text.length - countCrlf(text);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let n = 0;
  for (const { segment } of segmenter.segment(text)) n += EMOJI.test(segment) ? utf8Length(segment) : 1;
  return n;
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}
