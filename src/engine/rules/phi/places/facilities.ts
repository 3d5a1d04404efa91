import type { RuleContext } from '../../../context.js';
import { FACILITY_HEAD_SOURCE, RESIDENTIAL_FACILITY, SCHOOL_HEAD_SOURCE } from '../../../data/place-words.js';
import { after, before } from '../dates/clause.js';
import { aboutPatient, clauseCues } from '../dates/cues.js';
import type { GeoHit } from './geo-hit.js';
import { CAP } from './words.js';
import { careVerbStarts } from './lead-words.js';
import {
  ascending, byOpening, capitalsBefore, FACILITY_HEAD, matchesAt, namedStartsOf, placeIndex, SAINT_WORD, SCHOOL_HEAD as SCHOOL_HEAD_WORD, startsOf,
  wordsAfterCapitals,
} from './place-index.js';

/**
 * Care facilities where a patient was treated or lives ("Mercy General", "St. Vincent's", "Sunrise Nursing
 * Home", "the Moab hospital", "visit her at Maple Grove"), and schools that place a child or a teacher.
 * A facility named in research news or in the author's own career is not PHI, so each needs a sentence
 * about a patient.
 */

/** Lower-case words a facility's name may hold (NAME_WORD). */
const NAME_JOINERS = ['of', '&', 'and', 'the'];
const NAME_WORD = `(?:${CAP}|of|&|and|the)`;
/**
 * Each head word starts with a capital (school heads too); the `(?=[A-Z])` changes no match but keeps V8
 * from copying the alternation into every path before it, which made the first compile cost milliseconds.
 */
const HEAD = `(?=[A-Z])(?:${FACILITY_HEAD_SOURCE})`;
const SCHOOL_HEAD = `(?=[A-Z])(?:${SCHOOL_HEAD_SOURCE})`;
const NAMED = new RegExp(
  `\\b((?:(?:St|Saint)\\.?\\s{1,2})?${CAP}(?:'s)?(?:\\s{1,2}${NAME_WORD}){0,4}?)\\s{1,2}(${HEAD})\\b(?!\\s{1,2}(?:Day|Association|Society|College|School|Board|Journal|Foundation)\\b)`,
  'y',
);
const SAINT = new RegExp(`\\b(?:St\\.?|Saint)\\s{1,2}${CAP}(?:'s)?(?:\\s{1,2}${CAP}){0,2}`, 'y');
const LOWER_HEAD_SOURCE = 'hospital|clinic|er|emergency room|emergency department|nursing home|urgent care|hospice|rehab|medical center|health center|care home';
const LOWER_HEAD = new RegExp(
  `\\b(${CAP}(?:\\s{1,2}${CAP}){0,2})\\s{1,2}(?=[a-z])(${LOWER_HEAD_SOURCE})\\b`,
  'y',
);
/** The lower-case head words, to find where LOWER_HEAD can end. */
const LOWER_HEADS = byOpening(LOWER_HEAD_SOURCE.split('|'));
const CARE_VERB_AT = new RegExp(
  '\\b(admitted|transferred|discharged|sent|taken|rushed|flown|airlifted|brought|moved|lives|living|resides|' +
  'visitors|visit (?:him|her|them)|visiting (?:him|her|them)|staying|stays|treated|delivered|died|passed away|' +
  'works|worked|teaches|taught|attends)\\s{1,3}(?:(?:him|her|them|home|back|over|out|here|there)\\s{1,3})?' +
  `(at|to|in|into)\\s{1,3}(?:the\\s{1,3})?(${CAP}(?:'s)?(?:\\s{1,2}${CAP}){0,3})`,
  'y',
);
/** Whether a name holds a facility head word. */
const HEAD_PRESENT = new RegExp(`\\b(?:${FACILITY_HEAD_SOURCE})\\b`);
const SCHOOL = new RegExp(`\\b(${CAP}(?:\\s{1,2}${CAP}){0,2})\\s{1,2}(${SCHOOL_HEAD})\\b(?!\\s{1,2}[A-Z])`, 'y');
/**
 * How far before its head word a name can start: "St. " (8), a name word with "'s" (27) and four more
 * name words (108), then the space before the head (2); three capitalised words (81) before a school or a
 * lower-case head.
 */
const NAMED_REACH = 160;
const THREE_WORDS_REACH = 90;

/** Care verbs right before a place ("admitted to", "treated at"). */
const CARE_LEAD = /\b(?:admitted|transferred|discharged|treated|seen|born|delivered|died|stayed|staying|rushed|flown|airlifted|taken|sent)\s{1,3}(?:(?:him|her|them|back|over|out|here|there)\s{1,3})?(?:at|to|in|into)\s{1,3}(?:the\s{1,3})?$/;

/** A colleague or institution's people named just before the facility. */
const COLLEAGUE_BEFORE = /\b(?:dr|doctor|colleagues?|researchers?|professor|experts?|team|nurses|staff|friends?|surgeons?|authors?)\b\.?[^.!?\n]{0,40}$/;

/** Titles that share a head word with hospitals. */
const NOT_FACILITY = /^(?:surgeon|attorney|inspector|secretary|consul|governor|major|brigadier|lieutenant|postmaster|solicitor|american|national|world|general|regional)$/i;
const SAINT_NOT_PLACE = /^\s{0,2}(?:day|wort|patrick's day)\b/;

function replacementFor(name: string): string {
  if (RESIDENTIAL_FACILITY.test(name)) return 'a nursing facility';
  if (/clinic|urgent care/i.test(name)) return 'a local clinic';
  return 'a local hospital';
}

/** Capitalised words that open a sentence or name a unit, never a facility's first word. */
const NOT_FIRST = new Set([
  'i', 'the', 'a', 'an', 'our', 'my', 'his', 'her', 'their', 'your', 'this', 'that', 'these', 'those', 'he',
  'she', 'they', 'we', 'it', 'you', 'and', 'or', 'but', 'if', 'so', 'ed', 'er', 'icu', 'nicu', 'picu', 'or',
  'pacu', 'dr', 'doctor', 'nurse', 'today', 'tonight', 'yesterday', 'christmas', 'thanksgiving', 'god',
  'covid', 'medicare', 'medicaid', 'epic', 'mychart', 'telehealth', 'labor', 'delivery', 'triage', 'room',
  'bed', 'bay', 'unit', 'floor', 'ward', 'when', 'then', 'after', 'before', 'since', 'every', 'each',
  'what', 'why', 'how', 'where', 'who', 'yes', 'no', 'not', 'one', 'two', 'three', 'first', 'last', 'next',
  'happy', 'thanks', 'thank', 'please', 'call', 'ask', 'big', 'new', 'local', 'best', 'great', 'free',
]);

function firstWordOk(name: string): boolean {
  const first = (name.split(/\s/)[0] ?? '').toLowerCase().replace(/'s$/, '');
  return !NOT_FIRST.has(first) && !NOT_FACILITY.test(first);
}

/** The kind of place a verb puts someone in: "works at" a workplace, "lives at" a residence. */
function replacementForVerb(verb: string, name: string): string {
  if (RESIDENTIAL_FACILITY.test(name)) return 'a nursing facility';
  if (/^(?:works|worked)$/.test(verb)) return 'a local workplace';
  if (/^(?:teaches|taught|attends)$/.test(verb)) return 'a local school';
  if (/^(?:lives|living|resides|visitors|visit|visiting|staying|stays)/.test(verb)) return 'a care facility';
  return replacementFor(name);
}

/** "the Ford plant": a workplace noun right after the name belongs to it. */
const WORKPLACE_AFTER = /^\s{1,2}(?:plant|factory|mill|warehouse|store|shop|mine|site|yard|depot|refinery|distribution center|office|campus|location)\b/;

export function findFacilities(ctx: RuleContext): GeoHit[] {
  const { text, lower } = ctx.folded;
  const hits: GeoHit[] = [];
  const patientSentence = (start: number, end: number) => {
    const cues = clauseCues(ctx.folded, start, end);
    if (!aboutPatient(cues)) return false;
    // "Dr. Smith at Mayo Clinic says she …": the pronoun is the colleague's, not a patient's.
    return cues.event || !COLLEAGUE_BEFORE.test(before(lower, start, 48));
  };

  const index = placeIndex(ctx.folded);
  const named = matchesAt(NAMED, text, capitalsBefore(index, namedStartsOf(text, index, FACILITY_HEAD, NAME_JOINERS), NAMED_REACH));
  for (const m of named) {
    const start = m.index as number;
    const end = start + m[0].length;
    if (!firstWordOk(m[1] as string)) continue;
    if (!patientSentence(start, end)) continue;
    hits.push({ start, end: unitAfter(text, end), kind: 'facility', severity: 'warn', replacement: replacementFor(m[0]) });
  }
  const saints = matchesAt(SAINT, text, startsOf(index, SAINT_WORD));
  for (const m of saints) {
    const start = m.index as number;
    const end = start + m[0].length;
    if (SAINT_NOT_PLACE.test(after(lower, end, 16)) || /day$/i.test(m[0])) continue;
    // "St. Vincent's" names a hospital; a bare "St. Paul" is as likely a town, unless care took place there.
    if (!/'s$/.test(m[0]) && !CARE_LEAD.test(before(lower, start, 40))) continue;
    if (!patientSentence(start, end)) continue;
    hits.push({ start, end: unitAfter(text, end), kind: 'facility', severity: 'warn', replacement: replacementFor(m[0]) });
  }
  const lowerHeadStarts = wordsAfterCapitals(text, index, LOWER_HEADS);
  const lowerHeads = matchesAt(LOWER_HEAD, text, capitalsBefore(index, lowerHeadStarts, THREE_WORDS_REACH));
  for (const m of lowerHeads) {
    const name = m[1] as string;
    if (!firstWordOk(name) || /^[A-Z]{1,3}$/.test(name)) continue;
    const start = m.index as number;
    const end = start + m[0].length;
    if (!patientSentence(start, end)) continue;
    hits.push({ start, end, kind: 'facility', severity: 'warn', replacement: replacementFor(m[0]) });
  }
  for (const m of matchesAt(CARE_VERB_AT, text, ascending(careVerbStarts(ctx.folded)))) {
    const verb = (m[1] as string).toLowerCase();
    const prep = m[2] as string;
    const name = m[3] as string;
    if (!firstWordOk(name) || /^[A-Z]{1,4}$/.test(name)) continue;
    // "lives in Dayton", "moved to Tulsa": a town (towns.ts), unless the name says it is a facility.
    if ((prep === 'in' || prep === 'into' || (prep === 'to' && verb === 'moved')) && !HEAD_PRESENT.test(name)) continue;
    const start = (m.index as number) + m[0].length - name.length;
    const workplace = WORKPLACE_AFTER.exec(text.slice(start + name.length, start + name.length + 24));
    const end = start + name.length + (workplace ? workplace[0].length : 0);
    const cues = clauseCues(ctx.folded, start, end);
    if (cues.nonPatient) continue;
    // "I work at …" / "we moved to …": the author's own places.
    if (/\b(?:i|we|i've|we've|i'm)\s{1,3}(?:\w+\s{1,3})?$/.test(before(lower, m.index as number, 20))) continue;
    hits.push({ start, end: unitAfter(text, end), kind: 'facility', severity: 'warn', replacement: replacementForVerb(verb.split(' ')[0] as string, name) });
  }
  const schools = matchesAt(SCHOOL, text, capitalsBefore(index, namedStartsOf(text, index, SCHOOL_HEAD_WORD, []), THREE_WORDS_REACH));
  for (const m of schools) {
    const name = m[1] as string;
    if (!firstWordOk(name)) continue;
    const start = m.index as number;
    const end = start + m[0].length;
    if (!patientSentence(start, end)) continue;
    hits.push({ start, end, kind: 'school', severity: 'warn', replacement: 'a local school' });
  }
  return hits;
}

/** "St. Vincent's 4 West": a unit right after the facility belongs to the same place. */
function unitAfter(text: string, end: number): number {
  const m = /^\s{1,2}\d{1,2}\s?(?:West|East|North|South)\b/.exec(text.slice(end, end + 12));
  return m ? end + m[0].length : end;
}
