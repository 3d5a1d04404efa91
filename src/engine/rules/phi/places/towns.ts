import type { RuleContext } from '../../../context.js';
import { LARGE_PLACES, NOT_A_PLACE } from '../../../data/place-words.js';
import { STATE_NAME_SOURCE, stateOfName, stateOfPostal } from '../../../data/us-states.js';
import { after, before } from '../dates/clause.js';
import { aboutPatient, clauseCues } from '../dates/cues.js';
import { areaOrState, type GeoHit } from './geo-hit.js';
import { CAP, CAP_SEQ } from './words.js';
import { prepositionStarts } from './lead-words.js';
import { allMatches, ascending, byOpening, COUNTY_WORD, matchesAt, placeIndex, wordsAfterCapitals } from './place-index.js';
import { commasBeforeCapital } from './state-hint.js';

/**
 * Counties ("Harlan County"), "City, ST" pairs, and towns named after a preposition in a sentence about a
 * patient ("lives alone in Cheyenne", "drove in from Bend"). No list can hold every town, so a capitalised
 * place word counts only where the sentence ties it to a patient and nothing marks it as a talk, a trip
 * or the weather.
 */

const COUNTY = new RegExp(`\\b(${CAP}(?:\\s{1,2}${CAP}){0,2})\\s{1,2}(?:County|Parish|Borough|Township)\\b`, 'g');
const COUNTY_ORG_AFTER = /^\s{1,2}(?:health|public|sheriff|board|commission|fair|court|jail|schools?|library|department|government|commissioners?|medical society|coroner)\b/;
/** ", OH" / ", Ohio": found from the comma, then the town is read back from the text before it. */
const COMMA_STATE = new RegExp(`,\\s{1,2}(?:([A-Z]{2})\\b(?![a-z])|(?=[A-Z])(${STATE_NAME_SOURCE})\\b)`, 'y');
const TOWN_BEFORE_COMMA = new RegExp(`(?<![A-Za-z'-])(${CAP_SEQ})$`);
/** "a Tulsa native", "the Dayton resident". */
const NATIVE = new RegExp(`\\b(?:[Aa]n?|[Tt]he|[Oo]ur|[Mm]y)\\s{1,3}(?:[\\w-]{1,20}\\s{1,3})?(${CAP_SEQ})\\s{1,2}(?:native|resident)\\b`, 'g');
/** "native" or "resident" right after a name: where NATIVE can end. */
const NATIVE_WORDS = byOpening(['native', 'resident']);
const PREP_PLACE = new RegExp(
  `\\b(in|from|near|outside(?:\\s{1,2}of)?|past|around|to|of)\\s{1,3}(the\\s{1,3})?(${CAP_SEQ})`,
  'y',
);

/** Stronger than a bare "in": these verbs put a person somewhere. */
const LIVES_BEFORE = /\b(?:lives?|living|lived|resides?|resident|moved|moving|grew up|born|raised|home|house|farm|drove|drives|driving|came|comes|commutes?|back home|hometown|town|city|village|suburbs|outskirts)\b[^.!?\n]{0,24}$/;
/** Before "to"/"of", only these make the next word a place ("moved to", "the town of"). */
const TO_OF_BEFORE = /\b(?:moved|moving|drove|driving|flown|flew|transferred|went back|headed home|back|town|city|village|outskirts|suburbs|county|mayor|people|streets)\s{1,3}(?:to|of)\s{1,3}$/;
const CREDENTIALS = new Set(['DO', 'NP', 'RN', 'OD', 'PT', 'OT']);

function placeWords(seq: string): string | undefined {
  const words = seq.split(/\s{1,2}/);
  const kept: string[] = [];
  for (const w of words) {
    const lw = w.toLowerCase();
    if (NOT_A_PLACE.has(lw) || NOT_A_PLACE.has(lw.replace(/'s$/, ''))) break;
    kept.push(w);
  }
  if (kept.length === 0) return undefined;
  const name = kept.join(' ').replace(/'s$/, '');
  const lower = name.toLowerCase();
  if (LARGE_PLACES.has(lower) || stateOfName(name)) return undefined;
  // Acronyms ("ICU", "CDC") and single letters are not towns.
  if (/^[A-Z]{1,5}$/.test(name) || name.length < 3) return undefined;
  return name;
}

export function findTowns(ctx: RuleContext, stateOf: () => string | undefined): GeoHit[] {
  const { text, lower } = ctx.folded;
  const hits: GeoHit[] = [];

  const index = placeIndex(ctx.folded);
  // Each pattern below needs its key word as a capitalised word, or right after one.
  const counties = index.present & COUNTY_WORD ? allMatches(COUNTY, text) : [];
  for (const m of counties) {
    const name = placeWords(m[1] as string);
    if (!name) continue;
    const start = (m.index as number) + (m[1] as string).indexOf(name);
    const end = (m.index as number) + m[0].length;
    const cues = clauseCues(ctx.folded, start, end);
    if (cues.nonPatient) continue;
    if (COUNTY_ORG_AFTER.test(after(lower, end, 24)) && !aboutPatient(cues)) continue;
    hits.push({ start, end, kind: 'county', severity: 'warn', replacement: areaOrState(stateOf()) });
  }

  for (const m of matchesAt(COMMA_STATE, text, commasBeforeCapital(ctx.folded))) {
    const comma = m.index as number;
    const town = TOWN_BEFORE_COMMA.exec(text.slice(Math.max(0, comma - 60), comma));
    if (!town) continue;
    const name = placeWords(town[1] as string);
    const postal = m[1];
    if (!name || (postal && (!stateOfPostal(postal) || CREDENTIALS.has(postal)))) continue;
    const start = comma - (town[1] as string).length + (town[1] as string).indexOf(name);
    const lead = before(lower, start, 30);
    const introduced = /\b(?:in|from|near|outside|of|to|at|lives|living|moved)\s{1,3}$/.test(lead);
    if (!introduced) continue;
    const cues = clauseCues(ctx.folded, start, comma);
    if (cues.nonPatient) continue;
    const stateName = postal ? stateOfPostal(postal) : stateOfName((m[2] as string).replace(/\s+/g, ' '));
    // "Dayton, OH" becomes "Ohio": the state is what Safe Harbor lets the post keep.
    hits.push({ start, end: comma + m[0].length, kind: 'city', severity: 'warn', replacement: stateName ?? areaOrState(stateOf()) });
  }

  const natives = wordsAfterCapitals(text, index, NATIVE_WORDS).length > 0 ? allMatches(NATIVE, text) : [];
  for (const m of natives) {
    const name = placeWords(m[1] as string);
    if (!name) continue;
    const start = (m.index as number) + m[0].lastIndexOf(m[1] as string);
    const end = start + name.length;
    const cues = clauseCues(ctx.folded, start, end);
    if (cues.nonPatient || !(cues.event || cues.person || cues.pronoun)) continue;
    // "a Tulsa native" becomes "a local resident": the article in front stays right whatever the state.
    const nounEnd = (m.index as number) + m[0].length;
    hits.push({ start, end, kind: 'city', severity: 'warn', replacement: 'local resident', fixEnd: nounEnd });
  }

  for (const m of matchesAt(PREP_PLACE, text, ascending(prepositionStarts(ctx.folded)))) {
    const prep = (m[1] as string).toLowerCase();
    // "in Crohn's", "in Maria's room": a possessive names a person, not a town.
    if (/'s$/.test(m[3] as string) || text[(m.index as number) + m[0].length] === "'") continue;
    const name = placeWords(m[3] as string);
    if (!name) continue;
    const start = (m.index as number) + m[0].length - (m[3] as string).length;
    const end = start + name.length;
    const next = after(lower, end, 20);
    // Facilities, schools and streets have their own detectors; "Dayton, OH" is handled above.
    if (/^\s{1,2}(?:county|parish|borough|township|hospital|clinic|medical|health|nursing|rehab|hospice|school|high|elementary|street|st\b|avenue|ave\b|road|rd\b)/.test(next)) continue;
    const lead = before(lower, m.index as number, 40);
    if ((prep === 'to' || prep === 'of') && !TO_OF_BEFORE.test(before(lower, start, 40))) continue;
    const cues = clauseCues(ctx.folded, start, end);
    if (cues.nonPatient) continue;
    // "I moved to Boise", "we drove in from Tulsa": the author's own places.
    if (!cues.person && !cues.pronoun && /\b(?:i|we|i've|we've|i'm|we're|my family)\b[^.!?\n]{0,24}$/.test(lead)) continue;
    const strong = LIVES_BEFORE.test(lead) || prep === 'past' || prep.startsWith('outside');
    // "in the Bronx" is a place only where someone lives; "in the Journal" is not.
    if (m[2] && !strong && !cues.residence) continue;
    if (!strong && !aboutPatient(cues) && !(cues.residence && !cues.authorFamily)) continue;
    // "a card from Maria" is a person: after "from", a name needs a person or an event of care around it.
    if (prep === 'from' && !strong && !cues.person && !cues.pronoun && !cues.event) continue;
    const nearby = prep === 'near' || prep === 'past' || prep.startsWith('outside') || prep === 'around';
    const state = stateOf();
    const replacement = nearby ? (state ? `a town in ${state}` : 'a nearby town') : areaOrState(state);
    // "in the Bronx" becomes "in our area", not "in the our area".
    const fixStart = m[2] ? start - (m[2] as string).length : start;
    hits.push({ start, end, kind: 'city', severity: 'warn', replacement, fixStart });
  }
  return hits;
}
