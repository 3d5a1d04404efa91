import { anyIn, cuePositions, sentenceEnd, sentenceStart } from './clause.js';
import type { Folded } from '../../../text/normalize.js';

/**
 * Cue words that say a sentence is about a patient's care (an event of care, or a person being cared for),
 * and cue words that say it is about something else (an event, an observance, a talk, office hours).
 * Dates and places count as PHI only in the first kind of sentence.
 */

/** Events of care or of a patient's life, as a physician tells them. */
const EVENT_CUE =
  '(admit(?:ted|ting)?|admission|re-?admitted|discharg(?:ed|e|ing)|born|birth|birthday|dob|died|' +
  'passed away|passed|expired|coded|code blue|collapsed|seen|saw|visited|came in|came to|come in|' +
  'brought (?:him|her|them|in)|presented|showed up|rolled in|walked in|delivered|gave birth|operated|' +
  'surgery|procedure|diagnosed|transferred|airlifted|flown|went home|sent home|injured|hurt|fell|' +
  'crash(?:ed)?|accident|shot|stabbed|overdosed|lost (?:him|her|them|a|our|the|my)|intubated|extubated|' +
  'transplant(?:ed)?|implanted|caught|burned|broke|waited|wait|appointment|appt|stayed|follow-?up|' +
  'told (?:him|her|me|a|my|the)|called (?:me|us)|emailed|messaged|my inbox|wrote to me|sent me|treated|' +
  'cared for|caring for|resuscitated|rosc|arrived|rushed|taken to)';

/** A person whose care the sentence tells: a patient, a pronoun, an age descriptor, "your visit". */
const PERSON_CUE =
  '(patient|pt|he|she|him|his|her|mom|dad|mother|father|son|daughter|wife|husband|baby|' +
  'infant|newborn|grandma|grandpa|grandmother|grandfather|toddler|kiddo|little guy|little girl|' +
  '\\d{1,3}[- ]?(?:years?|yrs?|y)[- ]?olds?|\\d{1,3} ?y/?o|\\d{1,3}[mf]|you came|you were|' +
  'your (?:visit|appointment|wait|stay|procedure|surgery|delivery|test|results|scan|son|daughter|mom|' +
  'dad|child|baby|husband|wife)|a (?:man|woman|boy|girl|teen|teenager|gentleman|lady|welder|farmer|' +
  'teacher|nurse|firefighter|driver|veteran|vet)|former patient|our patient|my patient)';

/** Events, observances and announcements: dates and places there belong to no patient. */
const NONPATIENT_CUE =
  '(join us|join me|rsvp|register|registration|sign up|tickets?|conference|summit|congress|' +
  'symposium|webinar|workshop|seminar|keynote|poster|lecture|grand rounds|panel|meeting|awareness|' +
  'observance|world [a-z\']+ (?:day|week)|national [a-z\']+ (?:day|week|month)|(?:will be|is|are) closed|' +
  'office hours|holiday hours|deadline|enrollment|launch(?:es|ing)?|event|health fair|fair|walk|5k|' +
  'marathon|fundraiser|gala|graduation dinner|graduation|ceremony|flu clinics?|flu shots?|vaccine clinic|' +
  'heading to|speaking|i\'m speaking|presenting|guidelines?|statement|published|study|trial|' +
  'weather|heat wave|snowstorm|forecast|vacation|trip|flight|fellowship|residency|interview|' +
  'hiring|job fair|now open|opening|grand opening|cme|' +
  'my (?:daughter|son|kids?|wife|husband|partner|family|mom|dad|mother|father)(?!\'s? patient))';

/** Where someone lives: enough to tie a street or town in the same sentence to a person. */
const RESIDENCE_CUE = '(live|lives|lived|living|home|house|apartment|trailer|farm|neighborhood|grew up|moved)';

/** Every kind in one pass; a word that belongs to two kinds counts for the first. */
const ALL_CUES = new RegExp(`\\b(?:${NONPATIENT_CUE}|${EVENT_CUE}|${PERSON_CUE}|${RESIDENCE_CUE})\\b`, 'g');
const NONPATIENT = 0;
const EVENT = 1;
const PERSON = 2;
const RESIDENCE = 3;

export interface ClauseCues {
  start: number;
  end: number;
  event: boolean;
  person: boolean;
  nonPatient: boolean;
  residence: boolean;
}

/** Cues in the sentence around folded [start, end). */
export function clauseCues(folded: Folded, start: number, end: number): ClauseCues {
  const s = sentenceStart(folded, start);
  const e = sentenceEnd(folded, end);
  const cues = cuePositions(folded, ALL_CUES, 4);
  return {
    start: s,
    end: e,
    event: anyIn(cues[EVENT] as number[], s, e),
    person: anyIn(cues[PERSON] as number[], s, e),
    nonPatient: anyIn(cues[NONPATIENT] as number[], s, e),
    residence: anyIn(cues[RESIDENCE] as number[], s, e),
  };
}

/** The sentence tells of a patient and is not an announcement. */
export function aboutPatient(c: ClauseCues): boolean {
  return (c.event || c.person) && !c.nonPatient;
}
