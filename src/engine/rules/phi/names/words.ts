import { RELATIONS } from './lexicon.js';

/**
 * One pass over the lower-cased draft that finds the words every detector keys on: care words (for
 * "is this a care story?") and the words that can open a name trigger ("patient", "daughter", "hi",
 * "works"). Word lookups in Sets replace a dozen whole-text scans with long alternations.
 */
export type TriggerKind = 'patient' | 'relative' | 'endearment' | 'greeting' | 'work' | 'family';

export interface WordIndex {
  /** Offsets of care words, ascending. */
  care: number[];
  /** Offsets of the words that may open each trigger, ascending. */
  triggers: Record<TriggerKind, number[]>;
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

const RELATION_WORD = new RegExp(`^${RELATIONS}$`);
const WORK_VERBS = set('work works worked working employed teach teaches teaching taught job shift');

/** Words: lower-case letters and digits, joined by hyphens ("x-ray", "post-op", "son-in-law"). */
const WORD = /[a-z0-9\u00e0-\u00ff]+(?:-[a-z0-9\u00e0-\u00ff]+)*/g;

export function wordIndex(text: string, lower: string, jobs: ReadonlySet<string>): WordIndex {
  const care: number[] = [];
  const triggers: Record<TriggerKind, number[]> = { patient: [], relative: [], endearment: [], greeting: [], work: [], family: [] };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const w = m[0];
    const at = m.index;
    const end = at + w.length;
    if (CARE.has(w)) {
      if (!ACRONYMS.has(w) || text.slice(at, end) === w.toUpperCase()) care.push(at);
    } else {
      const seconds = CARE_PHRASES.get(w);
      if (seconds?.some((s) => lower.startsWith(s, end + 1) && lower[end] === ' ')) care.push(at);
    }
    const kind = TRIGGER_WORDS.get(w);
    if (kind) triggers[kind].push(at);
    if (WORK_VERBS.has(w) || jobs.has(w)) triggers.work.push(at);
    // Relation words may be compounds ("son-in-law", "granddaughter"): the pattern decides.
    if (w.length <= 24 && RELATION_WORD.test(w)) triggers.relative.push(at);
  }
  return { care, triggers };
}
