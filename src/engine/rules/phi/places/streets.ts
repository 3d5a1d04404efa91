import type { RuleContext } from '../../../context.js';
import { NUMBERED_ROAD_SOURCE, STREET_SUFFIX_SOURCE } from '../../../data/place-words.js';
import { clauseCues, aboutPatient } from '../dates/cues.js';
import { after, before } from '../dates/clause.js';
import { CAP } from './words.js';
import type { GeoHit } from './geo-hit.js';
import { limit } from '../dates/limit.js';

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
  'g',
);
const STREET_AFTER_PREP = new RegExp(
  `\\b(?:on|off|at|near|along|down|up|onto|across|from|by)\\s{1,3}(?:the\\s{1,3})?(${DIRECTION}?${STREET_WORD}(?:\\s{1,2}${CAP}){0,2}\\s{1,2}${SUFFIX})`,
  'g',
);
const INTERSECTION = new RegExp(
  `\\b(?:at|on|of|near|by|crossing)\\s{1,3}(?:the\\s{1,3}(?:corner|intersection)\\s{1,3}of\\s{1,3})?` +
  `(${STREET_WORD}(?:\\s{1,2}${SUFFIX_ALT}\\.?)?\\s{1,2}(?:and|&|/)\\s{1,2}${STREET_WORD}(?:\\s{1,2}${SUFFIX_ALT}\\b\\.?)?)`,
  'g',
);
const PO_BOX = /\bp\.?\s?o\.?\s?box\s{1,2}\d{1,6}\b/g;
const ROAD = new RegExp(`\\b(${NUMBERED_ROAD_SOURCE})`, 'g');
const ROAD_LEAD = /\b(?:on|off|along|near|at|from|by|onto|the)\s{1,3}(?:the\s{1,3})?$/;
/**
 * Cheap first look that lets most drafts skip the street patterns entirely. In each of them the word
 * before a suffix follows whitespace and is capitalised or an ordinal, so "Dr. Patel" after "with"
 * needs no street pattern compiled.
 */
const SUFFIX_PRESENT = new RegExp(`\\s${STREET_WORD}\\s{1,2}${SUFFIX_ALT}`);
const INTERSECTION_PRESENT = /\d(?:st|nd|rd|th)\b|corner|intersection/;

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
const HAS_SUFFIX = new RegExp(`\\s(?:${STREET_SUFFIX_SOURCE})\\.?$`);
/** The practice's or an event's own address, not a patient's. */
const VENUE_BEFORE = /(?:our (?:new )?(?:office|clinic|practice|location|address)|located|visit us|find us|we're at|we are at|suite|venue|center|centre|zoo|park|library|church|school|hall|gym|auditorium)[^.!?\n]{0,40}$/;

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
  const suffixes = SUFFIX_PRESENT.test(text) || /\bbox\b/i.test(text);
  if (suffixes) findNamedStreets(ctx, hits);
  if (suffixes || INTERSECTION_PRESENT.test(lower)) findIntersections(ctx, hits);
  for (const m of limit(text.matchAll(ROAD))) {
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
  for (const m of limit(lower.matchAll(PO_BOX))) {
    const start = m.index as number;
    const end = start + m[0].length;
    if (clauseCues(ctx.folded, start, end).nonPatient || VENUE_BEFORE.test(before(lower, start, 60))) continue;
    hits.push({ start, end, kind: 'address', severity: 'block', replacement: 'a local address' });
  }
  for (const m of limit(text.matchAll(ADDRESS))) {
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
  for (const m of limit(text.matchAll(STREET_AFTER_PREP))) {
    const [start, end] = span(m, 1);
    const cues = clauseCues(ctx.folded, start, end);
    if (!aboutPatient(cues) && !(cues.residence && !cues.nonPatient)) continue;
    hits.push({ start, end: dropSentencePeriod(text, start, end), kind: 'street', severity: 'warn', replacement: 'a local street' });
  }
}

function findIntersections(ctx: RuleContext, hits: GeoHit[]): void {
  const { text } = ctx.folded;
  for (const m of limit(text.matchAll(INTERSECTION))) {
    const [start, end] = span(m, 1);
    const parts = (m[1] as string).split(/\s{1,2}(?:and|&|\/)\s{1,2}/);
    const streety = parts.some((p) => ORDINAL.test(p.trim()) || HAS_SUFFIX.test(p)) || /corner|intersection/.test(m[0]);
    if (!streety) continue;
    const cues = clauseCues(ctx.folded, start, end);
    if (cues.nonPatient) continue;
    hits.push({ start, end, kind: 'intersection', severity: 'block', replacement: 'a local intersection' });
  }
}
