import { atSentenceStart, careNear, professionalSentence, publicSentence, sentenceAround } from './context.js';
import { isClearFirstName, isCommonWord, isFirstName, isSentenceOpener, isSurname, isWordName } from './dictionary.js';
import { add, after, before, CARE_RADIUS, hit, WINDOW, type Ctx } from './hits.js';
import { RELATIONS } from './lexicon.js';
import { pairLooksLikeName } from './name-shape.js';
import { testimonialBefore } from './non-patients.js';
import { isInitials, type NameRun } from './tokens.js';

// Names that the words after them, or the dictionary with corroboration, mark as a patient.

const AGE_AFTER = /^(?:, ?| ?\( ?)(?:(?:a|an) )?(?:age[ds]? )?\d{1,3}(?!\d)(?: ?(?:M|F|m|f|yo|y\/o|y\.o\.|yrs?|years?(?: |-)old|-year-old|-yr-old|-month-old|months?(?: |-)old)\b|\s*[,)])/;
const APPOSITION_PATIENT = /^,? (?:(?:is|was) )?(?:my|our|a|the|one of (?:my|our))\s+(?:[\w-]+\s+){0,2}?patients?\b/;
// "Denise's full-face photo", "Keisha's rehab": what a possessive name owns that makes it a patient's.
const POSSESSIONS = new Set(`
account admission amputation appointment battle bed bill biopsy birth bloodwork cancer cardiologist case cast chart chemo
children claim condition ct dad daughter delivery diagnosis dialysis discharge doctor doctors family father fight fracture
fundraiser funeral gofundme healing hospice hospitalization hospitalisation husband illness infusion infusions injuries injury insurance journey kid kids
lab labs medication medications meds memorial miscarriage mom mother mri nurse nurses obituary oncologist operation ot
pain parent parents photo physio pic picture prayers pregnancy procedure prognosis pt radiation recovery rehab rehabilitation
result results room scan scans seizure seizures son stitches story stroke surgeon surgery symptoms therapy transplant
treatment tumor tumour ventilator visit wife wound wristband x-ray x-rays xray xrays
`.split(/\s+/).filter(Boolean));
const POSSESSION_PAIRS = new Set(['care team', 'heart attack', 'hospital stay', 'icu stay', 'meal train', 'medical bills']);
const POSSESSIVE_WORDS = /^'s? ([\w-]+)(?: ([\w-]+))?(?: ([\w-]+))?(?: ([\w-]+))?/;

/** After a possessive: one of its next three words (or a two-word phrase) is a care or family noun. */
function possessiveCare(a: string): boolean {
  const m = POSSESSIVE_WORDS.exec(a);
  if (!m) return false;
  for (let i = 1; i <= 3; i++) {
    const w = m[i]?.toLowerCase();
    if (w === undefined) return false;
    if (POSSESSIONS.has(w)) return true;
    const n = m[i + 1]?.toLowerCase();
    if (n !== undefined && POSSESSION_PAIRS.has(`${w} ${n}`)) return true;
  }
  return false;
}
// "Gloria Whitfield (bed 12)", "Mr Lane in room 4B": where a patient lies marks the name as a patient's.
const LOCATION_AFTER = /^(?: ?\( ?| in | from |, )(?:bed|room|rm\.?|bay|cubicle|pod|stretcher|trauma bay|resus) ?#?\d{1,4}[a-z]?\b/i;
// "Bernadette from accounting who brought her husband in", "Jimmy came in with his dad": the person who
// brings a patient in (a relative) or comes in with family (the patient). A workplace aside may sit between.
const CARRIER_AFTER = new RegExp(String.raw`^,? (?:from (?:the )?[a-z-]+(?: [a-z-]+){0,2},? )?(?:who |, who )?(?:just |finally )?(?:(brought|accompanied|drove|rushed|wheeled|carried)|came in with|walked in with|showed up with) (?:in )?(?:(?:her|his|their|my) )?(?:(?:little|baby|elderly|older|younger|teenage|new|late) )?${RELATIONS}\b`);
const EMOJI_LEAD = /[\ud83c-\ud83e\u2600-\u27bf]/;
const VOCATIVE_AFTER = /^ ?[,!.;:]|^ ?[-—]|^\s*$/;
// "…last seen in 2023, Marla.": a first name closing a sentence spoken to "you" in a reply about care.
const CLOSING_VOCATIVE = /^(?:[.!?]|\s*$| ?[\ud83c-\ud83e\u2600-\u27bf])/;
const SECOND_PERSON = /\byou(?:r|rs|rself|'re|’re|'ve|’ve|'ll|’ll)?\b/;
// "Dr. Lee", "Nurse Kim": a titled colleague, not the person the reply is about.
const TITLE_BEFORE = /\b(?:dr|doctor|nurse|prof|professor|mr|mrs|ms|mx|miss)\.? $/;
// "attn Dolores, her daughter, who …": a name followed by an apposition naming the patient's relative.
const APPOSITION_RELATIVE = new RegExp(String.raw`^(?:, | ?\( ?| ?-{1,2} ?)(?:(?:her|his|their|the patient's|patient's|pt's) )(?:(?:older|younger|twin|adult|teenage|only|eldest|oldest|youngest) )?${RELATIONS}(?=,|;|\.|\)| ?-| who\b| and\b|\s*$)`);
const VOCATIVE_TAIL = /(?:thanks|thank you|congrats|congratulations|birthday|anniversary|welcome back)[^.!?\n]{0,40}, $/;
// "Alicia, we're sorry …", "Jim - so glad you're home": a name opening a sentence said to its bearer.
// The separator's length is what a redaction removes with the name.
export const VOCATIVE_LEAD = /^(?:,| -|:) (?=(?:we|we're|we've|we'll|you|you're|you've|your|i|i'm|i've|thank|thanks|so|sorry|it|it's|please|congrats|congratulations|welcome|hope|get|keep|stay|glad|great|good|happy)\b)/i;
// A clinical verb with the name as its object ("we intubated Marisol") or subject ("Marisol was admitted").
const CARE_VERB_BEFORE = /\b(?:treated|treating|admitted|admitting|readmitted|discharged|discharging|diagnosed|intubated|extubated|examined|operated on|delivered|rounded on|checked on|sat with|prayed with|cared for|caring for|looked after|transferred|resuscitated|scoped|stitched up|sutured|vaccinated|coded|pray(?:ing)? for|prayers for|rooting for|cheering (?:for|on)) $/;
const CARE_VERB_AFTER = /^ (?:(?:was|is|has been|had been|got|just got) (?:admitted|readmitted|discharged|diagnosed|intubated|extubated|transferred|rushed|airlifted|flown|sent home|released|pronounced|coded|started on|put on|taken off)\b|(?:presented|underwent|coded|passed away|came in|checked in|went home|rang the bell|finished (?:chemo|radiation|treatment|rehab)|is (?:in|on) (?:hospice|dialysis|the (?:icu|nicu|picu|ward|floor|vent)))\b)/;
// "Grandpa Walt (87)": a family title before a name goes with it when the name is replaced.
const FAMILY_TITLE_BEFORE = /(?:^|[^\p{L}])((?:Grandpa|Grandma|Granny|Nana|Papa|Uncle|Aunt|Auntie|Baby|Little|Miss) )$/u;

// "Noémie, 4, …": a word with diacritics missing from the name lists is still shaped like a name.
const NON_ASCII = /[^ -~]/;
function accentedName(word: string): boolean {
  return NON_ASCII.test(word) && !isCommonWord(word) && !isSentenceOpener(word);
}

// Cheap necessary conditions for the longer patterns above, so most candidates never run (or compile) them.

/** The lower-case letters of the word starting at `i` ("" when none). */
function wordAt(s: string, i: number): string {
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 97 && s.charCodeAt(j) <= 122) j++;
  return s.slice(i, j);
}

/** The lower-case letters of the word in s[from, pos) right before a space at pos - 1 ("" when none). */
function wordBeforeSpace(s: string, from: number, pos: number): string {
  if (pos - 1 < from || s.charCodeAt(pos - 1) !== 32) return '';
  let j = pos - 1;
  while (j > from && s.charCodeAt(j - 1) >= 97 && s.charCodeAt(j - 1) <= 122) j--;
  return s.slice(j, pos - 1);
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));
/** First words of CARE_VERB_AFTER's phrases, after its leading space. */
const CARE_VERB_AFTER_FIRST = words('was is has had got just presented underwent coded passed came checked went rang finished');
/** Last words of CARE_VERB_BEFORE's phrases, before its final space. */
const CARE_VERB_BEFORE_LAST = words('treated treating admitted admitting readmitted discharged discharging diagnosed intubated extubated examined on delivered with for after transferred resuscitated scoped up sutured vaccinated coded');
/** Words CARRIER_AFTER can start with, after its ",? ". */
const CARRIER_FIRST = words('from who just finally brought accompanied drove rushed wheeled carried came walked showed');

/** APPOSITION_RELATIVE opens with ", ", "(", " (", "-" or " -" (at `end` of the lower-cased draft). */
function appositionShape(lower: string, end: number): boolean {
  const c = lower[end];
  return c === ',' || c === '(' || c === '-' || (c === ' ' && (lower[end + 1] === '(' || lower[end + 1] === '-'));
}

/** LOCATION_AFTER opens with "(", " (", " in ", " from " or ", " (at `end` of the lower-cased draft). */
function locationShape(lower: string, end: number): boolean {
  const c = lower[end];
  return c === '(' || c === ',' || (c === ' ' && (lower[end + 1] === '(' || lower.startsWith('in ', end + 1) || lower.startsWith('from ', end + 1)));
}

/** CARRIER_AFTER: ",? " then ", who" or one of CARRIER_FIRST. */
function carrierShape(lower: string, end: number): boolean {
  let i = end + (lower[end] === ',' ? 1 : 0);
  if (lower[i] !== ' ') return false;
  i++;
  return lower[i] === ',' || CARRIER_FIRST.has(wordAt(lower.slice(i, i + 12), 0));
}

function titledStart(text: string, pos: number): number {
  const m = FAMILY_TITLE_BEFORE.exec(text.slice(Math.max(0, pos - 12), pos));
  return m ? pos - (m[1] as string).length : pos;
}

/**
 * Cheap first look: every piece of evidence judgeRun weighs needs a care word nearby, a reply to a
 * patient, or a comma or bracket right after the name. Most capitalised words stop here.
 */
export function worthJudging(ctx: Ctx, run: NameRun): boolean {
  if (testimonialBefore(ctx.text, Math.max(0, run.start - 6), run.start)) return true;
  const c = ctx.text[run.end];
  if (c === ',' || c === '(' || c === "'" || (c === ' ' && ctx.text[run.end + 1] === '(')) return true;
  if ((c === undefined || c === '!' || c === '.' || c === ';' || c === ':' || c === '-') && ctx.addressed) return true;
  // "… Dolores (her daughter)", "… Dolores - her daughter -" (dashes are folded to '-'), "…, Marla 😊": a bracket, dash or emoji after a space.
  if (c === ' ' && (ctx.text[run.end + 1] === '-' || (EMOJI_LEAD.test(ctx.text[run.end + 1] ?? '') && ctx.addressed))) return true;
  if (c === ' ' && (ctx.lower.startsWith('in ', run.end + 1) || ctx.lower.startsWith('from ', run.end + 1) || ctx.lower.startsWith('who ', run.end + 1))) return true;
  return careNear(ctx.care, run.start, run.end, CARE_RADIUS);
}

/**
 * The evidence windows around a run (WINDOW characters either side, as typed and lower-cased), cut
 * out of the draft only when a pattern is about to read them: most runs are settled by a few
 * character checks.
 */
class Windows {
  private a_: string | undefined;
  private b_: string | undefined;
  private al_: string | undefined;
  private bl_: string | undefined;
  constructor(private readonly ctx: Ctx, private readonly start: number, private readonly end: number) {}
  get a(): string { return (this.a_ ??= after(this.ctx, this.end)); }
  get b(): string { return (this.b_ ??= before(this.ctx, this.start)); }
  get al(): string { return (this.al_ ??= this.ctx.lower.slice(this.end, this.end + WINDOW)); }
  get bl(): string { return (this.bl_ ??= this.ctx.lower.slice(Math.max(0, this.start - WINDOW), this.start)); }
}

/** Evidence after the name, and the dictionary with corroboration. */
export function judgeRun(ctx: Ctx, run: NameRun): void {
  const { text, lower } = ctx;
  const w = new Windows(ctx, run.start, run.end);
  const from = Math.max(0, run.start - WINDOW);
  const first = run.parts[0] as string;
  const single = run.parts.length === 1;
  const initials = run.parts.every(isInitials);
  const sentenceStart = atSentenceStart(text, run.start);
  // "Saw a patient …", "Will the ICU …": an everyday word opening a sentence is read as a word.
  const opener = sentenceStart && single && isSentenceOpener(first);
  const isName = opener ? false
    : single ? isClearFirstName(first) || (!sentenceStart && isSurname(first) && !isWordName(first) && !isCommonWord(first))
      : pairLooksLikeName(run);
  const namedOrFirst = isName || (isFirstName(first) && !opener);

  const a0 = text[run.end];
  const commaOrParen = a0 === ',' || a0 === '(' || (a0 === ' ' && text[run.end + 1] === '(');
  // b ends with ", " (b is the window before the name).
  const commaBefore = run.start - 2 >= from && text.startsWith(', ', run.start - 2);
  // Before the patient apposition, which would read "the patient's daughter" as a patient.
  // "attn Dolores, her daughter, who handles her paperwork"
  if (namedOrFirst && appositionShape(lower, run.end) && !TITLE_BEFORE.test(w.bl) && APPOSITION_RELATIVE.test(w.al)) {
    add(ctx, hit(run, 'relative', titledStart(text, run.start), run.end, 'replace'));
    return;
  }
  // "J.R., my patient who …", "Maria, our patient, …"
  if ((isName || initials || (opener && a0 === ',')) && (a0 === ',' || a0 === ' ') && w.al.includes('patient') && APPOSITION_PATIENT.test(w.al)) {
    const cut = / ?, ?/.exec(w.a);
    add(ctx, hit(run, 'patient', run.start, run.end + (cut ? cut[0].length : 0) + (text[run.end + (cut ? cut[0].length : 0)] === ' ' ? 1 : 0), 'vocative'));
    return;
  }
  if (initials) return;
  // "Gloria Whitfield (bed 12) finally …"
  if ((isName || isFirstName(first) || (!single && !sentenceStart)) && locationShape(lower, run.end) && LOCATION_AFTER.test(w.a) && !publicSentence(lower, run.start, run.end)) {
    add(ctx, hit(run, 'patient', titledStart(text, run.start), run.end, 'replace'));
    return;
  }
  const carrier = namedOrFirst && (a0 === ' ' || a0 === ',') && carrierShape(lower, run.end) ? CARRIER_AFTER.exec(lower.slice(run.end, run.end + 96)) : null;
  if (carrier && !publicSentence(lower, run.start, run.end)) {
    add(ctx, hit(run, carrier[1] ? 'relative' : 'patient', titledStart(text, run.start), run.end, 'replace'));
    return;
  }
  // "Harold Jenkins, 94M", "Lily (8)", "Derek Holloway, 44,", "James Whitfield, a 58-year-old"
  if (commaOrParen && AGE_AFTER.test(w.a) && (isName || isFirstName(first) || (!single && !sentenceStart) || accentedName(first)) && !publicSentence(lower, run.start, run.end)) {
    add(ctx, hit(run, 'patient', titledStart(text, run.start), run.end, 'replace'));
    return;
  }
  // "Denise's full-face photo", "Dee's son", "Carol Whitaker's family"
  if ((isName || (opener && isFirstName(first))) && a0 === "'" && possessiveCare(w.a) && careNear(ctx.care, run.start, run.end, CARE_RADIUS) && !publicSentence(lower, run.start, run.end)) {
    add(ctx, hit(run, 'patient', titledStart(text, run.start), run.end, 'replace'));
    return;
  }
  // "Thanks for the kind words, Jess!"
  if ((isName || isFirstName(first)) && run.parts.length <= 2 && commaBefore && VOCATIVE_AFTER.test(w.a) && ctx.addressed && VOCATIVE_TAIL.test(w.bl)) {
    add(ctx, hit(run, 'patient', run.start - 2, run.end, 'vocative'));
    return;
  }
  // "…you were last seen in 2023, Marla." in a reply about the person's care.
  if (isName && run.parts.length <= 2 && commaBefore && CLOSING_VOCATIVE.test(w.a) && ctx.addressed
    && !TITLE_BEFORE.test(w.bl.slice(0, -2)) && SECOND_PERSON.test(sentenceAround(lower, run.start, run.end))
    && !professionalSentence(lower, run.start, run.end) && !publicSentence(lower, run.start, run.end)) {
    add(ctx, hit(run, 'patient', run.start - 2, run.end, 'vocative'));
    return;
  }
  // "Alicia, we're sorry you felt rushed."
  const lead = isName && sentenceStart && run.parts.length <= 2 && ctx.addressed ? VOCATIVE_LEAD.exec(w.a) : null;
  if (lead) {
    add(ctx, hit(run, 'patient', run.start, run.end + lead[0].length, 'vocative'));
    return;
  }
  // '"… saved my life!" — Maria L.'
  if ((isName || isFirstName(first)) && testimonialBefore(text, from, run.start)) {
    add(ctx, hit(run, 'patient', run.start, run.end, 'replace'));
    return;
  }
  // "we intubated Marisol", "Marisol was admitted": a clinical verb ties the name to care.
  // "Will was admitted": an opener followed by a clinical passive can only be a name.
  const careAfter = a0 === ' ' && CARE_VERB_AFTER_FIRST.has(wordAt(lower, run.end + 1)) && CARE_VERB_AFTER.test(w.al);
  if ((isName || (opener && careAfter && isFirstName(first)))
    && (careAfter || (CARE_VERB_BEFORE_LAST.has(wordBeforeSpace(lower, from, run.start)) && CARE_VERB_BEFORE.test(w.bl)))
    && !publicSentence(lower, run.start, run.end) && !professionalSentence(lower, run.start, run.end)) {
    add(ctx, hit(run, 'patient', titledStart(text, run.start), run.end, 'replace'));
    return;
  }
  // A first name and a surname in a care story.
  if (!single && isName && careNear(ctx.care, run.start, run.end, CARE_RADIUS) && !publicSentence(lower, run.start, run.end, true)
    && !professionalSentence(lower, run.start, run.end)) {
    add(ctx, hit(run, 'patient', titledStart(text, run.start), run.end, 'replace'));
  }
}
