import { step, WordTable } from '../../../text/hash-table.js';

/**
 * One pass over the lower-cased draft that finds the words every detector keys on: care words (for
 * "is this a care story?") and the words that can open a name trigger ("patient", "daughter", "hi",
 * "works"). One table lookup per word replaces a dozen whole-text scans with long alternations.
 */
export type TriggerKind = 'patient' | 'relative' | 'endearment' | 'greeting' | 'work' | 'family';

export interface WordIndex {
  /** Offsets of care words, ascending. */
  care: number[];
  /** Offsets of the words that may open each trigger, ascending. */
  triggers: Record<TriggerKind, number[]>;
  /**
   * A word that can open an introduction ("meet", "this is", "here's" …) is in the draft, maybe
   * glued to a word before it by a hyphen or a non-ASCII letter: the introduction pattern is worth a scan.
   */
  introduces: boolean;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

// Words that place a text in a care story.
const CARE = set(`
patient patients pt pts clinic clinics hospital hospitals hospice ward wards bedside admit admits admitted
admitting admission admissions discharge discharged diagnosis diagnosed diagnose surgery surgeries surgical
surgeon operated operation procedure procedures post-op postop pre-op preop chemo chemotherapy radiation
transplant biopsy scan scans x-ray x-rays xray xrays ultrasound labs a1c stent coded rehab follow-up followup
visit visits appointment appointments checkup checkups check-up check-ups prescribed prescription meds
medication medications insulin dialysis delivered preemie ambulance overdose stroke seizure fracture cancer
tumor tumour wound stitches treat treated treating treatment medicaid medicare insurance coverage collapsed
fibrillation intubated intubation ventilator ventilated heartmate pacemaker referral consult portal cardiac
recovery injury injured injuries burns jaundice melanoma chart wristband inhaler inhalers oxygen withdrawal
reconstruction extubated leukemia lymphoma oncology hematology pediatric peds floor fighting covid prayer
prayers rounds pneumonia sepsis infection fever pain asthma diabetes dementia flu hospitalized hospitalised
sedated sedation vitals prognosis terminal palliative died survived remission relapse therapy infusion pump
nicu icu picu ccu er ed mrn dob cpr aed cabg copd als lvad ciwa ama mri ct ekg ecg
tube drain catheter iv cast splint crutches wheelchair physio physiotherapy radiotherapy immunotherapy
bloodwork mammogram colonoscopy endoscopy angiogram amputation amputated transfusion sutures concussion
bleeding rounding
`);
// Care phrases, by their first word.
const CARE_PHRASES = new Map<string, string[]>([
  ['exam', ['room']], ['front', ['desk']], ['cared', ['for']], ['caring', ['for']], ['care', ['for']],
  ['member', ['id']], ['prior', ['auth']], ['cath', ['lab']], ['skin', ['check']], ['rounded', ['on']],
  ['code', ['blue']], ['passed', ['away']], ['the', ['unit', 'floor']], ['our', ['unit', 'floor']], ['hive', ['mind']],
]);
// Short acronyms that are also ordinary words count only in capitals ("er", "ed", "ama").
const ACRONYMS = set('er ed ct als ama dob aed icu');

const TRIGGER_WORDS = new Map<string, TriggerKind>();
for (const w of ['patient', 'patients', 'pt', 'client']) TRIGGER_WORDS.set(w, 'patient');
for (const w of 'sweet poor brave tiny little baby precious'.split(' ')) TRIGGER_WORDS.set(w, 'endearment');
for (const w of 'hi hey hello dear good thanks thank congrats congratulations welcome happy bless'.split(' ')) TRIGGER_WORDS.set(w, 'greeting');
for (const w of ['family', 'families']) TRIGGER_WORDS.set(w, 'family');

// The words an introduction opens with, and what must follow each ("meet ", "this is ", "here's" …).
const INTRO_FOLLOW = new Map<string, (lower: string, end: number) => boolean>([
  ['meet', (lower, end) => lower.charCodeAt(end) === 32],
  ['this', (lower, end) => lower.startsWith(' is ', end)],
  ['say', (lower, end) => lower.startsWith(' h', end)],
  ['here', (lower, end) => lower[end] === "'" || lower[end] === '’' || lower.startsWith(' is ', end)],
  ['everyone', (lower, end) => lower[end] === ' ' || lower[end] === ','],
]);
const INTRO_WORDS = [...INTRO_FOLLOW.keys()];

const WORK_VERBS = set('work works worked working employed teach teaches teaching taught job shift');
// The relation words RELATIONS matches, spelled out: a Set lookup instead of a regex per word.
const RELATION_CORES = `daughter son mom mother mama momma mum mommy dad father papa daddy pa husband wife spouse partner
fiance fiancee fiancé fiancée boyfriend girlfriend brother sister sibling twin niece nephew aunt auntie uncle cousin
grandma grandpa granny grandmother grandfather grandson granddaughter grandkid grandchild child kid baby caregiver
roommate neighbor neighbour in-law son-in-law daughter-in-law mother-in-law father-in-law guardian children kids
parent parents family`.split(/\s+/);
const RELATION_WORDS = new Set(RELATION_CORES.flatMap((w) => ['', 'grand', 'great-grand', 'step', 'half-'].map((p) => p + w)));

// Every word any detector keys on, with what it is: one Map lookup per word of the draft.
const CARE_WORD = 1;
const WORK_WORD = 4;
const RELATION_WORD = 8;

interface Keyed {
  flags: number;
  /** The trigger the word opens, if any. */
  trigger: TriggerKind | undefined;
  /** Care phrases the word opens ("exam" → "room"). */
  phrases: readonly string[] | undefined;
  /** A care word that counts only in capitals. */
  acronym: boolean;
  /** For a word that may open an introduction: whether what follows it can continue one. */
  intro: ((lower: string, end: number) => boolean) | undefined;
}

function keyedWords(jobs: ReadonlySet<string>): Map<string, Keyed> {
  const table = new Map<string, Keyed>();
  const entry = (w: string): Keyed => {
    let e = table.get(w);
    if (!e) table.set(w, (e = { flags: 0, trigger: undefined, phrases: undefined, acronym: ACRONYMS.has(w), intro: undefined }));
    return e;
  };
  for (const w of CARE) entry(w).flags |= CARE_WORD;
  for (const [w, rest] of CARE_PHRASES) entry(w).phrases = rest;
  for (const w of WORK_VERBS) entry(w).flags |= WORK_WORD;
  for (const w of jobs) entry(w).flags |= WORK_WORD;
  for (const w of RELATION_WORDS) entry(w).flags |= RELATION_WORD;
  for (const [w, kind] of TRIGGER_WORDS) entry(w).trigger = kind;
  for (const [w, follows] of INTRO_FOLLOW) entry(w).intro = follows;
  return table;
}

let keyed: { jobs: ReadonlySet<string>; table: WordTable<Keyed> } | undefined;

/** Word characters of the lower-cased draft: a-z, digits and Latin-1 letters. */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xe0 && c <= 0xff);
}

/** The word [from, to) holds a hyphen or a non-ASCII letter, after which an ASCII pattern may see a new word. */
function gluedInside(text: string, lower: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lower.charCodeAt(i) === 45 || text.charCodeAt(i) > 127) return true;
  return false;
}

/*
 * The loop below calls these instead of passing arrow functions to some(): a closure over the loop's
 * per-word constants makes V8 allocate a fresh context for every word of the draft, taken or not.
 */

/** lower[from, to) holds one of the words an introduction opens with. */
function holdsIntroWord(lower: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    for (const w of INTRO_WORDS) if (i + w.length <= to && lower.startsWith(w, i)) return true;
  }
  return false;
}

/** lower continues at `at` with one of `prefixes`. */
function startsAny(lower: string, at: number, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (lower.startsWith(p, at)) return true;
  return false;
}

/** text[from, to) is all ASCII capitals (an acronym written as one). */
function allCapitals(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** End of the word starting at `i` of the lower-cased draft, as wordIndex reads words. */
export function wordEnd(lower: string, i: number): number {
  const n = lower.length;
  while (i < n && (isWordUnit(lower.charCodeAt(i)) || (lower.charCodeAt(i) === 45 && i + 1 < n && isWordUnit(lower.charCodeAt(i + 1))))) i++;
  return i;
}

/**
 * One scan over the lower-cased draft. Words are letters and digits joined by single hyphens
 * ("x-ray", "post-op", "son-in-law"); each is looked up once.
 */
export function wordIndex(text: string, lower: string, jobs: ReadonlySet<string>): WordIndex {
  if (keyed?.jobs !== jobs) keyed = { jobs, table: new WordTable(keyedWords(jobs)) };
  const { table } = keyed;
  const care: number[] = [];
  const triggers: Record<TriggerKind, number[]> = { patient: [], relative: [], endearment: [], greeting: [], work: [], family: [] };
  let introduces = false;
  // The Kelvin sign is the one non-ASCII character whose lower case is ASCII ("k"): a word holding it
  // is glued for an ASCII pattern though `lower` shows only ASCII there.
  const kelvin = text.includes('\u212a');
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    let glued = false;
    let h = 0;
    while (i < n) {
      const c = lower.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) i++;
      else if ((c >= 0xe0 && c <= 0xff) || (c === 45 && i + 1 < n && isWordUnit(lower.charCodeAt(i + 1)))) {
        glued = true;
        i++;
      } else break;
      h = step(h, c);
    }
    const end = i;
    // Inside a word the introduction can still start after a hyphen or a non-ASCII letter.
    if (!introduces && end - at > 3 && (glued || (kelvin && gluedInside(text, lower, at, end)))) {
      introduces = holdsIntroWord(lower, at, end);
    }
    if (end - at > table.longest) continue;
    const k = table.get(lower, at, end, h);
    if (k === undefined) continue;
    if (k.flags & CARE_WORD) {
      if (!k.acronym || allCapitals(text, at, end)) care.push(at);
    } else if (k.phrases && lower.charCodeAt(end) === 32) {
      if (startsAny(lower, end + 1, k.phrases)) care.push(at);
    }
    if (k.trigger) triggers[k.trigger].push(at);
    if (k.flags & WORK_WORD) triggers.work.push(at);
    if (k.flags & RELATION_WORD) triggers.relative.push(at);
    if (k.intro && !introduces) introduces = k.intro(lower, end);
  }
  return { care, triggers, introduces };
}
