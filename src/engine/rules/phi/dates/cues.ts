import { BLOCK, anyIn, indexesFor, sentenceEnd, sentenceStart, type BlockCues, type DraftIndexes } from './clause.js';
import { PhraseTable } from './phrases.js';
import type { Folded } from '../../../text/normalize.js';
import { isWordCode } from '../../../text/spans.js';

/**
 * Cue words that say a sentence is about a patient's care (an event of care, or a person being cared for),
 * cue words that say it is about something else (an event, an observance, a talk, office hours), and words
 * of where someone lives. Dates and places count as PHI only in the first kind of sentence.
 */

const NONPATIENT = 0;
const EVENT = 1;
const PERSON = 2;
const RESIDENCE = 3;
/** The author's own family and home ("my son", "my house"): their dates and places are not a patient's. */
const AUTHOR_FAMILY = 4;
/** The word "patient" itself: with the author's family in a sentence, only it says a patient is there too. */
const PATIENT_WORD = 5;
/** He, she, his, her: a person, but as often a colleague or a public figure as a patient. */
const PRONOUN = 6;

/** The author's own family and home; every phrase starts with FAMILY_LEAD (authorFamilyOnly relies on it). */
const FAMILY_LEAD = 'my ';
const FAMILY_HOMES = ['my house', 'my home', 'my neighborhood', 'my apartment', 'my street'];
const FAMILY_PEOPLE = ['son', 'kid', 'kids', 'wife', 'husband', 'partner', 'family', 'mom', 'dad', 'mother', 'father', 'daughter']
  .map((w) => `${FAMILY_LEAD}${w}`);

/**
 * An author-family phrase at a word start, as the phrase table reads it: the phrase ends a word, and a
 * family member is not followed by "'s patient".
 */
const FAMILY_AT = new RegExp(
  `(?:${FAMILY_HOMES.join('|')})(?![a-z0-9-])|(?:${FAMILY_PEOPLE.join('|')})(?![a-z0-9-])(?!'?s? patient)`, 'y',
);

const CUES = new PhraseTable()
  // Events of care or of a patient's life, as a physician tells them.
  .add(EVENT, [
    'admit', 'admitted', 'admitting', 'admission', 'readmitted', 're-admitted', 'discharge', 'discharged',
    'discharging', 'born', 'birth', 'birthday', 'dob', 'died', 'passed away', 'passed', 'expired', 'coded',
    'code blue', 'collapsed', 'seen', 'saw', 'visited', 'came in', 'came to', 'come in', 'brought him',
    'brought her', 'brought them', 'brought in', 'presented', 'showed up', 'rolled in', 'walked in',
    'delivered', 'gave birth', 'operated', 'surgery', 'procedure', 'diagnosed', 'transferred', 'airlifted',
    'flown', 'went home', 'sent home', 'injured', 'hurt', 'fell', 'crash', 'crashed', 'accident', 'shot',
    'stabbed', 'overdosed', 'lost him', 'lost her', 'lost them', 'lost a', 'lost our', 'lost the', 'lost my',
    'intubated', 'extubated', 'transplant', 'transplanted', 'implanted', 'caught', 'burned', 'broke',
    'waited', 'wait', 'appointment', 'appt', 'stayed', 'follow-up', 'followup', 'follow up', 'told him',
    'told her', 'told me', 'told a', 'told my', 'told the', 'called me', 'called us', 'emailed', 'messaged',
    'my inbox', 'wrote to me', 'sent me', 'treated', 'cared for', 'caring for', 'resuscitated', 'rosc',
    'arrived', 'rushed', 'taken to', 'took care of', 'taking care of', 'biopsy', 'biopsied', 'scanned',
    'scoped', 'tested', 'labs', 'found down', 'found unresponsive', 'unresponsive', 'mri', 'ct', 'x-ray', 'ultrasound', 'echo', 'colonoscopy', 'scheduled',
  ])
  // A person whose care the sentence tells: a patient, a pronoun, a relative, "your visit".
  .add(PERSON, [
    'patient', 'pt', 'mom', 'dad', 'mother', 'father', 'son', 'daughter',
    'wife', 'husband', 'baby', 'infant', 'newborn', 'grandma', 'grandpa', 'grandmother', 'grandfather',
    'toddler', 'kiddo', 'little guy', 'little girl', 'you came', 'you were', 'former patient', 'our patient',
    'my patient',
    ...['visit', 'appointment', 'wait', 'stay', 'procedure', 'surgery', 'delivery', 'test', 'results', 'scan',
      'son', 'daughter', 'mom', 'dad', 'child', 'baby', 'husband', 'wife'].map((w) => `your ${w}`),
    ...['man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'gentleman', 'lady', 'welder', 'farmer', 'teacher',
      'nurse', 'firefighter', 'driver', 'veteran', 'vet'].map((w) => `a ${w}`),
  ])
  // Events, observances and announcements: dates and places there belong to no patient.
  .add(NONPATIENT, [
    'join us', 'join me', 'rsvp', 'register', 'registration', 'sign up', 'ticket', 'tickets', 'conference',
    'summit', 'congress', 'symposium', 'webinar', 'workshop', 'seminar', 'keynote', 'poster', 'lecture',
    'grand rounds', 'panel', 'meeting', 'awareness', 'observance', 'will be closed', 'is closed',
    'are closed', 'office hours', 'holiday hours', 'deadline', 'enrollment', 'launch', 'launches',
    'launching', 'event', 'health fair', 'fair', 'walk', '5k', 'marathon', 'fundraiser', 'gala',
    'graduation', 'ceremony', 'flu clinic', 'flu clinics', 'flu shot', 'flu shots', 'vaccine clinic',
    'heading to', 'speaking', 'presenting', 'guideline', 'guidelines', 'statement', 'published', 'study',
    'trial', 'weather', 'heat wave', 'snowstorm', 'forecast', 'vacation', 'trip', 'flight', 'fellowship',
    'residency', 'interview', 'hiring', 'job fair', 'now open', 'opening', 'cme', 'practicing', 'maintenance',
    'downtime', 'outage', 'will be down',
    'my practice', 'our practice',
  ])
  // The author's own family, not a patient.
  .add(AUTHOR_FAMILY, FAMILY_HOMES)
  .add(AUTHOR_FAMILY, FAMILY_PEOPLE, /^'?s? patient/)
  .add(PATIENT_WORD, ['patient', 'pt', 'patients'])
  .add(PRONOUN, ['he', 'she', 'him', 'his', 'her'])
  // Where someone lives: enough to tie a street or town in the same sentence to a person.
  .add(RESIDENCE, ['live', 'lives', 'lived', 'living', 'home', 'house', 'apartment', 'trailer', 'farm', 'neighborhood', 'grew up', 'moved']);

const KINDS = 7;

/** Ages ("62-year-old", "45M", "3 y/o"): a person. */
const AGE_CUE = /\b\d{1,3}(?:[- ]?(?:years?|yrs?|y)[- ]?olds?| ?y\/?o|[mf])\b/g;
/** More than the longest AGE_CUE match and the character after it ("123-years-olds" and one). */
const AGE_CUE_REACH = 16;

/** Cue patterns whose first words are rare: found over the whole draft, only when those words occur. */
const RARE_CUES: ReadonlyArray<readonly [RegExp, number, readonly string[]]> = [
  // Named observance days.
  [/\b(?:world|national) [a-z']{2,20} (?:day|week|month)\b/g, NONPATIENT, ['world ', 'national ']],
  [/\bd\/c(?:'?d)?\b/g, EVENT, ['d/c']],
];

const RARE_WORD_MAX = Math.max(...RARE_CUES.flatMap(([, , words]) => words.map((w) => w.length)));

/** The cues that start in block `k` of the draft. */
function blockCues(lower: string, k: number): BlockCues {
  const byKind: number[][] = [[], [], [], [], [], [], []];
  const from = k * BLOCK;
  const to = Math.min(lower.length, from + BLOCK);
  // The rare patterns are read over the whole draft, and only once a block holds one's first word.
  const part = lower.slice(from, Math.min(lower.length, to + RARE_WORD_MAX - 1));
  const rareWords = RARE_CUES.some(([, , words]) => words.some((w) => part.includes(w)));
  // Start early enough to see "my son" when only "son" lies in the block.
  let familyEnd = -1;
  for (const m of CUES.scan(lower, Math.max(0, from - CUES.longest), to)) {
    if (m.kind === AUTHOR_FAMILY) familyEnd = m.end;
    // "son" inside "my son" is the author's son, not a person being cared for.
    else if ((m.kind === PERSON || m.kind === PRONOUN) && m.start < familyEnd) continue;
    if (m.start >= from) (byKind[m.kind] as number[]).push(m.start);
  }
  // Ages, read over the block plus room for the longest one to end: an age never holds the start of
  // another, so those that start in the block are the same as a whole-draft scan finds there.
  const person = byKind[PERSON] as number[];
  const words = person.length;
  const tail = lower.slice(from, Math.min(lower.length, to + AGE_CUE_REACH));
  AGE_CUE.lastIndex = 0;
  for (let m = AGE_CUE.exec(tail); m !== null && m.index < to - from; m = AGE_CUE.exec(tail)) {
    // At the block's first character \b also held where the draft goes on with a word character.
    if (m.index === 0 && from > 0 && isWordCode(lower.charCodeAt(from - 1))) continue;
    person.push(from + m.index);
  }
  AGE_CUE.lastIndex = 0;
  if (person.length > words) person.sort((a, b) => a - b);
  return { byKind, rareWords };
}

function wholeCues(lower: string): number[][] {
  const byKind: number[][] = [[], [], [], [], [], [], []];
  for (const [re, kind] of RARE_CUES) {
    const list = byKind[kind] as number[];
    for (const m of lower.matchAll(re)) list.push(m.index as number);
  }
  return byKind;
}

/** Windows are remembered by start * WINDOW_KEY + end, exact while drafts are shorter than WINDOW_KEY. */
const WINDOW_KEY = 0x400000;

/**
 * Whether each kind of cue starts somewhere in [start, end) of the draft. Places ask about the same
 * sentence for each of its candidates, so answers are remembered per window.
 */
function kindsIn(folded: Folded, start: number, end: number): boolean[] {
  const slot = indexesFor(folded);
  const cacheable = folded.lower.length < WINDOW_KEY;
  const key = start * WINDOW_KEY + end;
  const known = cacheable ? slot.windows?.get(key) : undefined;
  if (known) return known;
  const found = windowKinds(folded, slot, start, end);
  if (cacheable) (slot.windows ??= new Map()).set(key, found);
  return found;
}

function windowKinds(folded: Folded, slot: DraftIndexes, start: number, end: number): boolean[] {
  const found: boolean[] = new Array<boolean>(KINDS).fill(false);
  if (end <= start) return found;
  const blocks = (slot.cues ??= []);
  let rareWords = false;
  for (let k = Math.floor(start / BLOCK); k * BLOCK < end; k++) {
    const cues = (blocks[k] ??= blockCues(folded.lower, k));
    rareWords ||= cues.rareWords;
    for (let kind = 0; kind < KINDS; kind++) found[kind] ||= anyIn(cues.byKind[kind] as number[], start, end);
  }
  // A rare pattern's match starts with its first word, so without one in the window it has none there.
  if (rareWords) {
    const whole = (slot.wholeCues ??= wholeCues(folded.lower));
    for (let kind = 0; kind < KINDS; kind++) found[kind] ||= anyIn(whole[kind] as number[], start, end);
  }
  return found;
}

export interface ClauseCues {
  start: number;
  end: number;
  event: boolean;
  /** A patient, a relative, an age descriptor or "your visit"; pronouns are counted apart. */
  person: boolean;
  pronoun: boolean;
  nonPatient: boolean;
  residence: boolean;
  authorFamily: boolean;
  patientWord: boolean;
}

/** Cues in the sentence around folded [start, end). */
export function clauseCues(folded: Folded, start: number, end: number): ClauseCues {
  const s = sentenceStart(folded, start);
  const e = sentenceEnd(folded, end);
  const found = kindsIn(folded, s, e);
  return {
    start: s,
    end: e,
    event: found[EVENT] as boolean,
    person: found[PERSON] as boolean,
    pronoun: found[PRONOUN] as boolean,
    nonPatient: found[NONPATIENT] as boolean,
    residence: found[RESIDENCE] as boolean,
    authorFamily: found[AUTHOR_FAMILY] as boolean,
    patientWord: found[PATIENT_WORD] as boolean,
  };
}

/** An event of care within `window` characters before `pos` ("seen in clinic 3/2", "biopsy was done 10/23"). */
export function eventJustBefore(folded: Folded, pos: number, window: number): boolean {
  return kindsIn(folded, Math.max(sentenceStart(folded, pos), pos - window), pos)[EVENT] as boolean;
}

/**
 * Whether the sentence around folded [start, end) speaks of the author's own family and names no patient
 * (clauseCues' authorFamily && !patientWord). Most sentences hold no "my …" family phrase, and then no
 * other cue needs reading.
 */
export function authorFamilyOnly(folded: Folded, start: number, end: number): boolean {
  const s = sentenceStart(folded, start);
  const e = sentenceEnd(folded, end);
  const { lower } = folded;
  // Only the window is searched (a slice shares the draft's characters), so the cost stays local.
  const window = lower.slice(s, Math.min(lower.length, e + FAMILY_LEAD.length - 1));
  for (let i = window.indexOf(FAMILY_LEAD); i >= 0; i = window.indexOf(FAMILY_LEAD, i + 1)) {
    const at = s + i;
    const prev = at > 0 ? lower.charCodeAt(at - 1) : 32;
    // A phrase starts a word: not after a letter, digit, '-' or apostrophe (phrases.ts).
    if ((prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57) || prev === 45 || prev === 39) continue;
    FAMILY_AT.lastIndex = at;
    if (FAMILY_AT.test(lower)) return !kindsIn(folded, s, e)[PATIENT_WORD];
  }
  return false;
}

/**
 * The sentence tells of a patient and is not an announcement. A pronoun alone is enough for a place
 * ("his HeartMate, here at Cleveland Clinic") but not for a date, where "announced his vaccine on April
 * 12, 1955" is history.
 */
export function aboutPatient(c: ClauseCues, pronounsCount = true): boolean {
  const someone = c.event || c.person || (pronounsCount && c.pronoun);
  return someone && !c.nonPatient && !(c.authorFamily && !c.patientWord);
}
