import type { RuleContext } from '../../../context.js';
import { NUMBERED_ROAD_SOURCE, STREET_SUFFIX_SOURCE } from '../../../data/place-words.js';
import { clauseCues, aboutPatient } from '../dates/cues.js';
import { after, before } from '../dates/clause.js';
import { CAP } from './words.js';
import type { GeoHit } from './geo-hit.js';
import { streetLeadStarts } from './lead-words.js';
import { allMatches, ascending, matchesAt, placeIndex, type PlaceIndex } from './place-index.js';
import { isSpaceCode, isWordCode } from '../../../text/spans.js';

/**
 * Street addresses ("1420 Elm Street"), streets named after a preposition ("on Vine St"), intersections
 * ("5th and Alder") and numbered roads ("on Route 9").
 */

const STREET_WORD = `(?:\\d{1,3}(?:st|nd|rd|th)|${CAP})`;
const DIRECTION = '(?:(?:North|South|East|West|[NSEW]\\.?)\\s{1,2})';
/**
 * Every suffix starts with a capital; the `(?=[A-Z])` in front changes no match but keeps V8 from
 * expanding the alternation into each path that reaches it, which made compiling these patterns cost
 * ~10 ms each on a worker's first check.
 */
const SUFFIX_ALT = `(?=[A-Z])(?:${STREET_SUFFIX_SOURCE})`;
/** "St"/"Dr" directly followed by a capitalised word are a saint or a doctor, not a suffix. */
const SUFFIX = `${SUFFIX_ALT}\\b(?:\\.(?!\\s{0,2}[A-Z][a-z]))?(?!\\s{1,2}[A-Z][a-z])`;

const ADDRESS = new RegExp(
  `(?<![\\w#$.,/-])(\\d{1,6}[A-Z]?)\\s{1,2}${DIRECTION}?${STREET_WORD}(?:\\s{1,2}${CAP}){0,3}\\s{1,2}${SUFFIX}` +
  `(?:,?\\s{1,2}(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s{0,2}#?\\w{1,5})?`,
  'y',
);
const STREET_AFTER_PREP = new RegExp(
  `\\b(?:on|off|at|near|along|down|up|onto|across|from|by)\\s{1,3}(?:the\\s{1,3})?(${DIRECTION}?${STREET_WORD}(?:\\s{1,2}${CAP}){0,2}\\s{1,2}${SUFFIX})`,
  'y',
);
const INTERSECTION = new RegExp(
  `\\b(?:at|on|of|near|by|crossing)\\s{1,3}(?:the\\s{1,3}(?:corner|intersection)\\s{1,3}of\\s{1,3})?` +
  `(${STREET_WORD}(?:\\s{1,2}${SUFFIX_ALT}\\.?)?\\s{1,2}(?:and|&|/)\\s{1,2}${STREET_WORD}(?:\\s{1,2}${SUFFIX_ALT}\\b\\.?)?)`,
  'y',
);
const PO_BOX = /\bp\.?\s?o\.?\s?box\s{1,2}\d{1,6}\b/g;
const ROAD = new RegExp(`\\b(${NUMBERED_ROAD_SOURCE})`, 'y');
const ROAD_LEAD = /\b(?:on|off|along|near|at|from|by|onto|the)\s{1,3}(?:the\s{1,3})?$/;
/**
 * Cheap first look that lets most drafts skip the street patterns entirely. In each of them the word
 * before a suffix follows whitespace and is capitalised or an ordinal, so "Dr. Patel" after "with"
 * needs no street pattern compiled.
 */
const SUFFIX_PRESENT = new RegExp(`\\s${STREET_WORD}\\s{1,2}${SUFFIX_ALT}`, 'y');
const ORDINAL_PRESENT = /\d(?:st|nd|rd|th)\b/;

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
const HAS_SUFFIX = new RegExp(`\\s(?:${STREET_SUFFIX_SOURCE})\\.?$`);
/** The practice's or an event's own address, not a patient's. */
const VENUE_BEFORE = /(?:our (?:new )?(?:office|clinic|practice|location|address)|located|visit us|find us|we're at|we are at|suite|venue|center|centre|zoo|park|library|church|school|hall|gym|auditorium)[^.!?\n]{0,40}$/;

/**
 * Suffixes by their first two letters (first * 128 + second, both ASCII): a capitalised word that starts
 * otherwise begins no suffix.
 */
let suffixOpenings: Array<string[] | undefined> | undefined;

function openingsTable(): Array<string[] | undefined> {
  const t: Array<string[] | undefined> = new Array<string[] | undefined>(128 * 128).fill(undefined);
  for (const w of STREET_SUFFIX_SOURCE.split('|')) (t[w.charCodeAt(0) * 128 + w.charCodeAt(1)] ??= []).push(w);
  return t;
}

/**
 * SUFFIX_PRESENT, tried only before capitalised words that open like a suffix: the word before such a
 * word is the whole run of non-space characters one or two spaces back, with a space before it.
 */
function suffixPresent(text: string, capitals: Int32Array): boolean {
  const openings = (suffixOpenings ??= openingsTable());
  for (let c = 0; c < capitals.length; c++) {
    const q = capitals[c] as number;
    const first = text.charCodeAt(q);
    const second = text.charCodeAt(q + 1);
    const suffixes = first < 128 && second < 128 ? openings[first * 128 + second] : undefined;
    if (suffixes === undefined || !suffixes.some((suffix) => text.startsWith(suffix, q))) continue;
    let k = 0;
    while (k < 3 && q - k > 0 && isSpaceCode(text.charCodeAt(q - k - 1))) k++;
    if (k === 0 || k === 3) continue;
    const e = q - k;
    let s = e;
    while (s > 0 && e - s <= 25 && !isSpaceCode(text.charCodeAt(s - 1))) s--;
    if (s === e || s === 0 || !isSpaceCode(text.charCodeAt(s - 1))) continue;
    // The word before a suffix is capitalised or an ordinal.
    const opening = text.charCodeAt(s);
    if (!((opening >= 65 && opening <= 90) || isDigitCode(opening))) continue;
    SUFFIX_PRESENT.lastIndex = s - 1;
    if (SUFFIX_PRESENT.test(text)) return true;
  }
  return false;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** `/\bbox\b/i.test(text)`, looking only where "box" occurs. */
function boxWord(text: string, lower: string): boolean {
  for (let at = lower.indexOf('box'); at !== -1; at = lower.indexOf('box', at + 1)) {
    if (!isWordCode(text.charCodeAt(at - 1)) && !isWordCode(text.charCodeAt(at + 3))) return true;
  }
  return false;
}

/** st, nd, rd or th at `at` (char codes, so no string is cut out). */
function ordinalSuffixAt(s: string, at: number): boolean {
  const a = s.charCodeAt(at);
  const b = s.charCodeAt(at + 1);
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/**
 * A word of digits then st/nd/rd/th: one that ends so (`whole`), which ORDINAL_PRESENT would find, or
 * one that opens so ("6thx"), which is all a crossing's ordinal needs.
 */
function ordinalWord(index: PlaceIndex, text: string, lower: string, whole: boolean): boolean {
  for (let w = 0; w < index.digits.length; w++) {
    const s = index.digits[w] as number;
    if (whole) {
      const e = index.digitEnds[w] as number;
      if (e - s >= 3 && isDigitCode(lower.charCodeAt(e - 3)) && ordinalSuffixAt(lower, e - 2)) return true;
    } else {
      let q = s + 1;
      while (q < s + 3 && isDigitCode(text.charCodeAt(q))) q++;
      if (ordinalSuffixAt(text, q)) return true;
    }
  }
  return false;
}

/**
 * Where "and", "&" or "/" stands one or two spaces before a capitalised or digit-led word: INTERSECTION's
 * connector, ascending. Without one, INTERSECTION finds nothing.
 */
function connectors(text: string, index: PlaceIndex): number[] {
  const out: number[] = [];
  for (const words of [index.capitals, index.digits]) {
    for (const c of words) {
      // Most words follow one space and a letter: no connector.
      const x1 = text.charCodeAt(c - 1);
      if (x1 !== 32 && !isSpaceCode(x1)) continue;
      let e = c - 1;
      if (isSpaceCode(text.charCodeAt(e - 1))) e--;
      const x = text.charCodeAt(e - 1);
      if (x === 38 || x === 47) out.push(e - 1); // & or /
      else if (x === 100 && text.startsWith('and', e - 3)) out.push(e - 3);
    }
  }
  return out.sort((a, b) => a - b);
}

/**
 * The capitalised and digit-led words that can open a crossing: a street word (25 characters at most)
 * and a suffix ("Expressway.") end at most 42 characters before the connector.
 */
function crossingFirstWords(index: PlaceIndex, joins: readonly number[]): number[] {
  const out: number[] = [];
  for (const words of [index.capitals, index.digits]) {
    let j = 0;
    for (const s of words) {
      while (j < joins.length && (joins[j] as number) <= s) j++;
      if (j === joins.length) break;
      if ((joins[j] as number) - s <= CROSSING_REACH) out.push(s);
    }
  }
  return out;
}
const CROSSING_REACH = 48;

/** Where a numbered road can start: State, County, Farm, Route, Rte, Rt, Highway, Hwy, Interstate, SR, CR, US, I. */
function roadStarts(text: string, index: PlaceIndex): number[] {
  const out: number[] = [];
  for (let w = 0; w < index.capitals.length; w++) {
    const s = index.capitals[w] as number;
    const c = text.charCodeAt(s);
    // S, C, F, R, H, I, U
    if (c !== 83 && c !== 67 && c !== 70 && c !== 82 && c !== 72 && c !== 73 && c !== 85) continue;
    const e = index.capitalEnds[w] as number;
    // The number follows the key word after ".", " " or "-", or is glued to it ("I95"); "State Route 9" has two words.
    let q = e;
    if (text.charCodeAt(q) === 46) q++;
    const sep = text.charCodeAt(q);
    if (sep === 32 || sep === 45) q++;
    let digit = isDigitCode(text.charCodeAt(q));
    for (let i = s + 1; i < e && !digit; i++) digit = isDigitCode(text.charCodeAt(i));
    if (digit || twoWordRoad(text, s, e)) out.push(s);
  }
  return out;
}

/** The word text[s, e) is State, County or Farm, which open a road's name of two words. */
function twoWordRoad(text: string, s: number, e: number): boolean {
  const n = e - s;
  return (n === 5 && text.startsWith('State', s)) || (n === 6 && text.startsWith('County', s)) || (n === 4 && text.startsWith('Farm', s));
}

function span(m: RegExpMatchArray, group: number): [number, number] {
  const g = m[group] as string;
  const s = (m.index as number) + m[0].lastIndexOf(g);
  return [s, s + g.length];
}

const ABBREVIATED_SUFFIX = /^(?:St|Av|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Hwy|Pkwy|Cir|Trl|Sq|Expy|Fwy|Tpke|Xing)$/;

/** "Elm Street." at the end of a sentence: the period is the sentence's, not an abbreviation's. */
function dropSentencePeriod(text: string, start: number, end: number): number {
  if (text[end - 1] !== '.') return end;
  const word = /([A-Za-z]+)\.$/.exec(text.slice(start, end));
  return word && !ABBREVIATED_SUFFIX.test(word[1] as string) ? end - 1 : end;
}

export function findStreets(ctx: RuleContext): GeoHit[] {
  const { text, lower } = ctx.folded;
  const hits: GeoHit[] = [];
  const index = placeIndex(ctx.folded);
  const suffixes = suffixPresent(text, index.capitals) || boxWord(text, lower);
  if (suffixes) findNamedStreets(ctx, hits);
  // Without a second street after "and", "&" or "/", INTERSECTION finds nothing, whatever the first look says.
  const joins = connectors(text, index);
  if (joins.length > 0) {
    const first = crossingFirstWords(index, joins);
    if (suffixes || ordinalWord(index, text, lower, true)) findIntersections(ctx, first, hits);
    else {
      // The first look (a suffix, an ordinal, "corner" or "intersection") costs more than the crossings: it is
      // only asked when there is one to keep.
      const found: GeoHit[] = [];
      findIntersections(ctx, first, found);
      if (found.length > 0 && (lower.includes('corner') || lower.includes('intersection') || ORDINAL_PRESENT.test(lower))) {
        hits.push(...found);
      }
    }
  }
  for (const m of matchesAt(ROAD, text, roadStarts(text, index))) {
    const [start, end] = span(m, 1);
    if (!ROAD_LEAD.test(before(lower, start, 12))) continue;
    if (/^\s{0,2}(?:mg|%|percent)/.test(after(lower, end, 8))) continue;
    if (!aboutPatient(clauseCues(ctx.folded, start, end))) continue;
    hits.push({ start, end, kind: 'road', severity: 'warn', replacement: 'a local road' });
  }
  return hits;
}

function findNamedStreets(ctx: RuleContext, hits: GeoHit[]): void {
  const { text, lower } = ctx.folded;
  for (const m of lower.includes('box') ? allMatches(PO_BOX, lower) : []) {
    const start = m.index as number;
    const end = start + m[0].length;
    if (clauseCues(ctx.folded, start, end).nonPatient || VENUE_BEFORE.test(before(lower, start, 60))) continue;
    hits.push({ start, end, kind: 'address', severity: 'block', replacement: 'a local address' });
  }
  for (const m of matchesAt(ADDRESS, text, placeIndex(ctx.folded).digits)) {
    const start = m.index as number;
    const end = start + m[0].length;
    const cues = clauseCues(ctx.folded, start, end);
    if (cues.nonPatient || VENUE_BEFORE.test(before(lower, start, 60))) continue;
    // A patient's address: told in a patient sentence, where someone lives, on a form ("Address: …") or
    // with a unit number. A bare address elsewhere is a business or a landmark.
    const formLabel = /\baddr(?:ess)?\.?\s{0,2}[:#-]\s{0,2}$/.test(before(lower, start, 16));
    if (!aboutPatient(cues) && !cues.residence && !formLabel && !/(?:apt|apartment|unit|suite|ste|#)/i.test(m[0])) continue;
    const onBefore = /\bon\s{1,2}$/.test(before(lower, start, 4));
    hits.push({ start, end: dropSentencePeriod(text, start, end), kind: 'address', severity: 'block', replacement: onBefore ? 'a local street' : 'a local address' });
  }
  for (const m of matchesAt(STREET_AFTER_PREP, text, ascending(streetLeadStarts(ctx.folded, null)))) {
    const [start, end] = span(m, 1);
    const cues = clauseCues(ctx.folded, start, end);
    if (!aboutPatient(cues) && !(cues.residence && !cues.nonPatient)) continue;
    hits.push({ start, end: dropSentencePeriod(text, start, end), kind: 'street', severity: 'warn', replacement: 'a local street' });
  }
}

/** Crossings whose first street is one of `firstWords`. */
function findIntersections(ctx: RuleContext, firstWords: readonly number[], hits: GeoHit[]): void {
  const { text } = ctx.folded;
  const starts = ascending(streetLeadStarts(ctx.folded, firstWords));
  for (const m of matchesAt(INTERSECTION, text, starts)) {
    const [start, end] = span(m, 1);
    const parts = (m[1] as string).split(/\s{1,2}(?:and|&|\/)\s{1,2}/);
    const streety = parts.some((p) => ORDINAL.test(p.trim()) || HAS_SUFFIX.test(p)) || /corner|intersection/.test(m[0]);
    if (!streety) continue;
    const cues = clauseCues(ctx.folded, start, end);
    if (cues.nonPatient) continue;
    hits.push({ start, end, kind: 'intersection', severity: 'block', replacement: 'a local intersection' });
  }
}
