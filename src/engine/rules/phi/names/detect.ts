import { isClearFirstName, isFirstName, isSurname, isWordName, nameKey } from './dictionary.js';
import {
  addressesPatient, atSentenceStart, careNear, professionalSentence, publicSentence, type CareIndex,
} from './context.js';
import { JOB_WORDS } from './employers.js';
import { wordIndex, type WordIndex } from './words.js';
import {
  COMMON_WORDS, CREDENTIALS, EPONYM_HEADS, EPONYM_NAMES, EPONYMS, ORG_SUFFIXES, PUBLIC_FIGURES, RELATIONS,
} from './lexicon.js';
import { isInitials, nameRuns, readName, type NameRun } from './tokens.js';

export type Role = 'patient' | 'relative';

/**
 * How the name leaves the text when redacted: `replace` puts a neutral phrase in its place,
 * `drop` deletes it with the separator before it ("her niece Jenna" → "her niece"), `vocative`
 * deletes a name the text addresses ("Hi Karen," → "Hi,").
 */
export type CutStyle = 'replace' | 'drop' | 'vocative';

export interface NameHit {
  /** The name itself (folded offsets): what the finding highlights. */
  start: number;
  end: number;
  parts: string[];
  role: Role;
  /** What the redaction replaces: may reach back over a title or a separator. */
  cutStart: number;
  cutEnd: number;
  style: CutStyle;
}

// ── triggers that precede a name ────────────────────────────────────────────────────────────────
const HONORIFIC = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Mister|Mme|Mlle|Madame|Monsieur|Sr|Sra|Srta|Señor|Señora|Señorita|Doña|Herr|Frau|Cô|Bà|Ông)\.? (?=\p{Lu})/gu;
// Sticky patterns tried where words.ts found their first word, on the lower-cased text (same offsets);
// readName() then insists on a capital in the folded text.
const PATIENT_NOUN = /(?:patients?|pt|client)[,:]?(?: named| called| by the name of)? /y;
const RELATIVE = new RegExp(String.raw`${RELATIONS},? `, 'y');
const RELATIVE_ARTICLE = /\b(?:[Aa]n?|[Tt]he) (?:(?:older|younger|twin|adult|teenage|only|eldest|oldest|youngest) )?$/;
const RELATIVE_OWNER = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|the patient's|[Pp]atient's|[Pp]t's)|\p{Lu}\p{Ll}+'s) (?:(?:older|younger|twin|little|big|baby|adult|teenage|only|eldest|oldest|youngest|new|late) )?$/u;
const FORM_LABEL = /\b(?:Name|Patient(?: name)?|Pt(?: name)?|Patient's name)\s*:\s*(?=\p{Lu})/gu;
const ENDEARMENT = /(?:little (?:guy|girl|man|lady|one|buddy|warrior|fighter|champ)|sweet|poor|brave|tiny|little|baby|precious) /y;
const ENDEARMENT_OWNER = /(?:our|my|the) $/;
const GREETING = /(?:hi|hey|hello|dear|good morning|thanks(?: so much)?|thank you(?: so much)?|congrats|congratulations|welcome back|happy birthday|bless you)[,!]? /y;
const GREETING_LEAD = /(?:^|[\n.!?]|\b(?:[Aa]w+|[Oo]h|and),?)\s*$/;

// "the Hernandez family": a patient's family by its surname (read back from "family").
const FAMILY_LEAD = /\bthe ([^\s]+) $/;

// ── evidence that follows a name ────────────────────────────────────────────────────────────────
const AGE_AFTER = /^(?:, ?| ?\( ?)(?:(?:a|an) )?(?:age[ds]? )?\d{1,3}(?!\d)(?: ?(?:M|F|m|f|yo|y\/o|y\.o\.|yrs?|years?(?: |-)old|-year-old|-yr-old|-month-old|months?(?: |-)old)\b|\s*[,)])/;
const APPOSITION_PATIENT = /^,? (?:(?:is|was) )?(?:my|our|a|the|one of (?:my|our))\s+(?:[\w-]+\s+){0,2}?patients?\b/i;
const POSSESSIVE_CARE = /^'s? (?:[\w-]+ ){0,2}?(?:photo|pic|picture|mri|ct|scan|x-?ray|labs?|results?|biopsy|surgery|chemo|diagnosis|prognosis|treatment|recovery|chart|room|bed|family|son|daughter|mom|mother|dad|father|husband|wife|kids?|children|parents?|wristband|meds|medications?|appointment|visit|procedure|operation|transplant|tumou?r|cancer|fracture|stroke|discharge|admission|case|story|obituary|funeral|memorial|fundraiser|gofundme|insurance|claim|account|bill)\b/i;
const VOCATIVE_AFTER = /^ ?[,!.;:]|^ ?[-—]|^\s*$/;
const VOCATIVE_TAIL = /(?:thanks|thank you|congrats|congratulations|birthday|anniversary|welcome back)[^.!?\n]{0,40}, $/i;
const VOCATIVE_LEAD = /^, (?:we|we're|we've|we'll|you|you're|you've|your|i|i'm|i've|thank|thanks|so|sorry|it|it's|please|congrats|congratulations|welcome|hope|get|keep|stay)\b/i;
// The word right before a name that makes it a colleague, an author or a public office holder.
const COLLEAGUE_WORDS = new Set(`dr dra doctor prof professor nurse coach rev reverend pastor rabbi imam judge officer sgt
captain capt senator sen rep gov governor president mayor secretary justice chancellor sir dame colleague colleagues
coauthor coauthors co-author co-authors mentor mentors attending attendings fellow fellows intern interns coworker
coworkers co-worker co-workers surgeon physician cardiologist oncologist neurologist radiologist anesthesiologist
pediatrician author authors practitioner hygienist therapist technician assistant coordinator director manager
chaplain pharmacist dietitian midwife scribe`.split(/\s+/));

const isAsciiLetterOrHyphen = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;

/** "Dr. Kim", "my colleague Jane", "@jane": reads the one word before `pos` without a regex scan. */
function colleagueBefore(text: string, pos: number): boolean {
  if (text[pos - 1] === '@') return true;
  let i = pos - 1;
  if (text[i] !== ' ') return false;
  i--;
  if (text[i] === '.' || text[i] === ',') i--;
  let j = i;
  while (j >= 0 && i - j < 20 && isAsciiLetterOrHyphen(text.charCodeAt(j))) j--;
  if (j >= 0 && /[\p{L}\p{N}]/u.test(text[j] as string)) return false;
  return COLLEAGUE_WORDS.has(text.slice(j + 1, i + 1).toLowerCase());
}
const CREDENTIAL_AFTER = new RegExp(String.raw`^(?:,? (?:${CREDENTIALS})\b|,? \((?:${CREDENTIALS})\b| et al\b|, (?:[\w-]+ )?(?:surgeon|physician|nurse|MD|cardiologist|neurologist|oncologist|resident|fellow|attending|professor|researcher)\b)`);
// "— Priya Raman" on a line of its own: the author signing the post.
const SIGNATURE_BEFORE = /(?:^|\n|[.!?] )[ \t]*[-~][ \t]*$/;
// '"Dr. K saved my life!" — Maria L.': a quoted testimonial signed by the patient.
const TESTIMONIAL_BEFORE = /["”][ \t]*[-~][ \t]*$/;
// A clinical verb with the name as its object ("we intubated Marisol") or subject ("Marisol was admitted").
const CARE_VERB_BEFORE = /\b(?:treated|treating|admitted|admitting|readmitted|discharged|discharging|diagnosed|intubated|extubated|examined|operated on|delivered|rounded on|checked on|sat with|prayed with|cared for|caring for|looked after|transferred|resuscitated|scoped|stitched up|sutured|vaccinated|coded|pray(?:ing)? for|prayers for|rooting for|cheering (?:for|on)) $/i;
const CARE_VERB_AFTER = /^ (?:(?:was|is|has been|had been|got|just got) (?:admitted|readmitted|discharged|diagnosed|intubated|extubated|transferred|rushed|airlifted|flown|sent home|released|pronounced|coded|started on|put on|taken off)\b|(?:presented|underwent|coded|passed away|came in|checked in|went home|rang the bell|finished (?:chemo|radiation|treatment|rehab)|is (?:in|on) (?:hospice|dialysis|the (?:icu|nicu|picu|ward|floor|vent)))\b)/i;
const EPONYM_AFTER = new RegExp(String.raw`^(?:'s?\b|s?' | (?:${EPONYM_HEADS})\b)`, 'i');
const ORG_NEXT = /^\.? (\p{Lu}[\p{Ll}]+)/u;

const WINDOW = 48;
const CARE_RADIUS = 320;

interface Ctx {
  text: string;
  lower: string;
  care: CareIndex;
  addressed: boolean;
  hits: NameHit[];
  /** 1 at each offset already claimed by a hit or ruled out (a colleague, a public figure). */
  taken: Uint8Array;
}

// Spans are a few words long, so marking offsets keeps every check O(span) however many names a text holds.
function claimed(ctx: Ctx, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (ctx.taken[i]) return true;
  return false;
}

function claim(ctx: Ctx, start: number, end: number): void {
  ctx.taken.fill(1, start, end);
}

function before(ctx: Ctx, pos: number): string {
  return ctx.text.slice(Math.max(0, pos - WINDOW), pos);
}

function after(ctx: Ctx, pos: number): string {
  return ctx.text.slice(pos, pos + WINDOW);
}

const joinKey = (parts: string[]): string => parts.map((p) => nameKey(p).replace(/\./g, '')).filter(Boolean).join('_');

/** A colleague, an author, a public figure or an eponym: never reported, and its words are set aside. */
function notAPatient(ctx: Ctx, run: NameRun): boolean {
  const b = before(ctx, run.start);
  const a = after(ctx, run.end);
  if (colleagueBefore(ctx.text, run.start) || CREDENTIAL_AFTER.test(a)) return true;
  if (/[-~][ \t]*$/.test(b) && SIGNATURE_BEFORE.test(b) && !TESTIMONIAL_BEFORE.test(b)) return true;
  if (run.parts.length > 1) {
    const key = joinKey(run.parts);
    if (PUBLIC_FIGURES.has(key) || EPONYM_NAMES.has(key)) return true;
  }
  const last = nameKey(run.parts[run.parts.length - 1] as string);
  if (EPONYMS.has(last) && EPONYM_AFTER.test(a)) return true;
  return false;
}

/** Trims trailing parts that make the run a place, business or heading ("Lincoln Park" → null). */
function personParts(run0: NameRun, text: string, strong = false): NameRun | null {
  const run = withoutLeadingWords(run0);
  const last = nameKey(run.parts[run.parts.length - 1] as string);
  if (ORG_SUFFIXES.has(last)) return null;
  const next = ORG_NEXT.exec(text.slice(run.end, run.end + 30));
  if (next && ORG_SUFFIXES.has(nameKey(next[1] as string))) return null;
  if (run.parts.every((p) => COMMON_WORDS.has(nameKey(p)) || (!strong && isWordName(p)))) return null;
  return run;
}

/**
 * "Discharged Harvey Collins", "Meet Harvey Collins": a capitalised verb or heading word before a name
 * is not part of it. Leading parts found in no name list are dropped while a name part follows.
 */
function withoutLeadingWords(run: NameRun): NameRun {
  let i = 0;
  while (i < run.parts.length - 1) {
    const p = run.parts[i] as string;
    if (isInitials(p) || isFirstName(p) || isSurname(p)) break;
    i++;
  }
  if (i === 0) return run;
  const dropped = run.parts.slice(0, i).reduce((n, p) => n + p.length + 1, 0);
  return { start: run.start + dropped, end: run.end, parts: run.parts.slice(i) };
}

/** A plausible name for a strong trigger: a dictionary name, initials, or an unknown capitalised word. */
function plausibleAfterTrigger(run: NameRun): boolean {
  const first = run.parts[0] as string;
  if (isInitials(first)) return true;
  if (run.parts.some((p) => isFirstName(p) || isSurname(p))) {
    return !run.parts.every((p) => COMMON_WORDS.has(nameKey(p)));
  }
  return !run.parts.some((p) => COMMON_WORDS.has(nameKey(p))) && first.length >= 3;
}

/**
 * No real post names this many people; past it a flood of names (a pasted list, hostile input) is
 * reported in part, so the work after detection stays bounded.
 */
export const MAX_NAME_HITS = 1000;

const full = (ctx: Ctx): boolean => ctx.hits.length >= MAX_NAME_HITS;

function add(ctx: Ctx, hit: NameHit): void {
  if (full(ctx) || claimed(ctx, hit.start, hit.end)) return;
  ctx.hits.push(hit);
  claim(ctx, hit.start, hit.end);
}

function fromTrigger(ctx: Ctx, re: RegExp, at: readonly number[] | null, role: Role | ((m: RegExpExecArray) => Role | null), style: CutStyle, opts: {
  allowLetter?: boolean; needCare?: boolean; accept?: (run: NameRun) => boolean; cutFromTrigger?: boolean;
  notProfessional?: boolean;
  /** What must stand right before the trigger (tested on a short slice of the folded text). */
  lead?: RegExp;
  /** Words before the trigger that a replacement also takes ("our little guy Mateo"). */
  owner?: RegExp;
} = {}): void {
  // `at` lists where a sticky pattern may start on the lower-cased text; without it, a global
  // pattern scans the folded text.
  const next = at ? stickyMatches(re, ctx.lower, at) : globalMatches(re, ctx.text);
  for (let m = next(); m && !full(ctx); m = next()) {
    const pos = m.index + m[0].length;
    if (!/\p{Lu}/u.test(ctx.text[pos] ?? '')) continue;
    if (opts.lead && !opts.lead.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const raw = readName(ctx.text, pos, opts.allowLetter);
    if (!raw) continue;
    const run = personParts(raw, ctx.text, true)
      ?? (raw.parts.length > 1 ? personParts({ ...raw, parts: raw.parts.slice(0, 1), end: raw.start + (raw.parts[0] as string).length }, ctx.text, true) : null);
    if (!run || claimed(ctx, run.start, run.end)) continue;
    if (notAPatient(ctx, run)) continue;
    if (!(opts.accept ?? plausibleAfterTrigger)(run)) continue;
    if (opts.needCare && !careNear(ctx.care, run.start, run.end, CARE_RADIUS)) continue;
    if (opts.notProfessional && professionalSentence(ctx.text, run.start, run.end)) continue;
    const r = typeof role === 'function' ? role(m) : role;
    if (!r) continue;
    let cutStart = opts.cutFromTrigger ? m.index
      : style === 'drop' ? dropStart(ctx.text, m.index, pos)
        : style === 'vocative' ? pos - (ctx.text[pos - 2] === ',' ? 2 : 1) : run.start;
    const owner = opts.owner?.exec(ctx.lower.slice(Math.max(0, m.index - 4), m.index));
    if (owner) cutStart = m.index - owner[0].length;
    const cutEnd = style === 'drop' && ctx.text[cutStart] === ',' && CLOSING_COMMA.test(ctx.text.slice(run.end, run.end + 12))
      ? run.end + 1 : run.end;
    add(ctx, { start: run.start, end: run.end, parts: run.parts, role: r, cutStart, cutEnd, style });
  }
}

function stickyMatches(re: RegExp, text: string, at: readonly number[]): () => RegExpExecArray | null {
  let i = 0;
  return () => {
    while (i < at.length) {
      re.lastIndex = at[i++] as number;
      const m = re.exec(text);
      if (m) return m;
    }
    return null;
  };
}

function globalMatches(re: RegExp, text: string): () => RegExpExecArray | null {
  re.lastIndex = 0;
  return () => re.exec(text);
}

/** "the Hernandez family": the trigger is "family"; the name is read back from it. */
function familyNames(ctx: Ctx, at: readonly number[]): void {
  for (const p of at) {
    if (full(ctx)) return;
    const lead = FAMILY_LEAD.exec(ctx.lower.slice(Math.max(0, p - 30), p));
    if (!lead) continue;
    const pos = p - (lead[1] as string).length - 1;
    const run = readName(ctx.text, pos);
    if (!run || run.parts.length !== 1 || run.end !== p - 1 || !isSurname(run.parts[0] as string)) continue;
    if (claimed(ctx, run.start, run.end) || notAPatient(ctx, run)) continue;
    if (!careNear(ctx.care, run.start, run.end, CARE_RADIUS) || professionalSentence(ctx.text, run.start, run.end)) continue;
    add(ctx, { start: run.start, end: run.end, parts: run.parts, role: 'patient', cutStart: run.start - 1, cutEnd: run.end, style: 'drop' });
  }
}

// "Her husband, Tom, drove": once the name goes, its closing comma goes too, unless an apposition
// follows ("my patients, Tanya Briggs, a single mom").
const CLOSING_COMMA = /^, (?!(?:a|an|the|who|whose|which|aged?|\d)\b)/i;

/** "my patient Lily" drops " Lily"; "patients, Tanya Briggs" drops ", Tanya Briggs". */
function dropStart(text: string, triggerStart: number, namePos: number): number {
  let s = namePos;
  while (s > triggerStart && /[ ,:]/.test(text[s - 1] as string)) s--;
  const naming = /(?: named| called| by the name of)$/.exec(text.slice(Math.max(triggerStart, s - 20), s));
  return naming ? s - naming[0].length : s;
}

// "Grandpa Walt (87)": a family title before a name goes with it when the name is replaced.
const FAMILY_TITLE_BEFORE = /(?:^|[^\p{L}])((?:Grandpa|Grandma|Granny|Nana|Papa|Uncle|Aunt|Auntie|Baby|Little|Miss) )$/u;

function titledStart(text: string, pos: number): number {
  const m = FAMILY_TITLE_BEFORE.exec(text.slice(Math.max(0, pos - 12), pos));
  return m ? pos - (m[1] as string).length : pos;
}

function greetingRole(ctx: Ctx) {
  return (): Role | null => (ctx.addressed ? 'patient' : null);
}

export interface NameScan {
  /** Names to report. */
  hits: NameHit[];
  /** Later bare mentions of a reported name ("… Bobby reached the hospital"): redacted, not reported. */
  repeats: NameHit[];
}

/** Finds patients' and relatives' names in folded text. */
export function detectNames(text: string, lower: string = text.toLowerCase(), words: WordIndex = wordIndex(text, lower, JOB_WORDS)): NameScan {
  const ctx: Ctx = { text, lower, care: { positions: words.care }, addressed: addressesPatient(text), hits: [], taken: new Uint8Array(text.length) };

  const runs = nameRuns(text);

  const t = words.triggers;
  fromTrigger(ctx, HONORIFIC, null, 'patient', 'replace', { allowLetter: true, cutFromTrigger: true });
  fromTrigger(ctx, FORM_LABEL, null, 'patient', 'replace', {});
  fromTrigger(ctx, RELATIVE, t.relative, 'relative', 'drop', { lead: RELATIVE_OWNER });
  // "the daughter, Kim, flew in": with an article the care story has to be nearby.
  fromTrigger(ctx, RELATIVE, t.relative, 'relative', 'drop', { lead: RELATIVE_ARTICLE, needCare: true });
  fromTrigger(ctx, PATIENT_NOUN, t.patient, 'patient', 'drop', {});
  fromTrigger(ctx, ENDEARMENT, t.endearment, 'patient', 'replace', {
    needCare: true, cutFromTrigger: true, owner: ENDEARMENT_OWNER, accept: (run) => isFirstName(run.parts[0] as string),
  });
  fromTrigger(ctx, GREETING, t.greeting, greetingRole(ctx), 'vocative', {
    lead: GREETING_LEAD, accept: (run) => isFirstName(run.parts[0] as string) && run.parts.length <= 2,
  });
  familyNames(ctx, t.family);
  wristbands(ctx);

  for (const run0 of runs) {
    if (full(ctx)) break;
    if (claimed(ctx, run0.start, run0.end)) continue;
    if (!worthJudging(ctx, run0) || notAPatient(ctx, run0)) continue;
    // Names that are also words ("Lily", "Grace") stay in play; judgeRun asks for more evidence.
    const run = personParts(run0, text, true);
    if (!run) continue;
    judgeRun(ctx, run);
  }
  const repeats = repeatMentions(ctx, runs);
  return { hits: ctx.hits.sort((a, b) => a.start - b.start), repeats };
}

/**
 * Cheap first look: every piece of evidence judgeRun weighs needs a care word nearby, a reply to a
 * patient, or a comma or bracket right after the name. Most capitalised words stop here.
 */
function worthJudging(ctx: Ctx, run: NameRun): boolean {
  if (TESTIMONIAL_BEFORE.test(ctx.text.slice(Math.max(0, run.start - 6), run.start))) return true;
  const c = ctx.text[run.end];
  if (c === ',' || c === '(' || c === "'" || (c === ' ' && ctx.text[run.end + 1] === '(')) return true;
  if (ctx.addressed && (c === undefined || c === '!' || c === '.' || c === ';' || c === ':' || c === '-')) return true;
  return careNear(ctx.care, run.start, run.end, CARE_RADIUS);
}

/** Evidence after the name, and the dictionary with corroboration. */
function judgeRun(ctx: Ctx, run: NameRun): void {
  const { text } = ctx;
  const a = after(ctx, run.end);
  const b = before(ctx, run.start);
  const first = run.parts[0] as string;
  const single = run.parts.length === 1;
  const initials = run.parts.every(isInitials);
  const sentenceStart = atSentenceStart(text, run.start);
  const isName = single ? isClearFirstName(first) || (!sentenceStart && isSurname(first) && !isWordName(first) && !COMMON_WORDS.has(nameKey(first)))
    : pairLooksLikeName(run);

  const a0 = a[0];
  const commaOrParen = a0 === ',' || a0 === '(' || (a0 === ' ' && a[1] === '(');
  // "J.R., my patient who …", "Maria, our patient, …"
  if ((isName || initials) && (a0 === ',' || a0 === ' ') && APPOSITION_PATIENT.test(a)) {
    const cut = / ?, ?/.exec(a);
    add(ctx, { ...base(run, 'patient'), cutStart: run.start, cutEnd: run.end + (cut ? cut[0].length : 0) + (text[run.end + (cut ? cut[0].length : 0)] === ' ' ? 1 : 0), style: 'vocative' });
    return;
  }
  if (initials) return;
  // "Harold Jenkins, 94M", "Lily (8)", "Derek Holloway, 44,", "James Whitfield, a 58-year-old"
  if (commaOrParen && AGE_AFTER.test(a) && (isName || isFirstName(first) || (!single && !sentenceStart)) && !publicSentence(text, run.start, run.end)) {
    add(ctx, { ...base(run, 'patient'), cutStart: titledStart(text, run.start), cutEnd: run.end, style: 'replace' });
    return;
  }
  // "Denise's full-face photo", "Dee's son", "Carol Whitaker's family"
  if (isName && a0 === "'" && POSSESSIVE_CARE.test(a) && careNear(ctx.care, run.start, run.end, CARE_RADIUS) && !publicSentence(text, run.start, run.end)) {
    add(ctx, { ...base(run, 'patient'), cutStart: titledStart(text, run.start), cutEnd: run.end, style: 'replace' });
    return;
  }
  // "Thanks for the kind words, Jess!"
  if (ctx.addressed && (isName || isFirstName(first)) && run.parts.length <= 2 && VOCATIVE_AFTER.test(a) && b.endsWith(', ') && VOCATIVE_TAIL.test(b)) {
    add(ctx, { ...base(run, 'patient'), cutStart: run.start - 2, cutEnd: run.end, style: 'vocative' });
    return;
  }
  // "Alicia, we're sorry you felt rushed."
  if (ctx.addressed && isName && a0 === ',' && sentenceStart && run.parts.length <= 2 && VOCATIVE_LEAD.test(a)) {
    add(ctx, { ...base(run, 'patient'), cutStart: run.start, cutEnd: run.end + 2, style: 'vocative' });
    return;
  }
  // '"… saved my life!" — Maria L.'
  if ((isName || isFirstName(first)) && TESTIMONIAL_BEFORE.test(b)) {
    add(ctx, { ...base(run, 'patient'), cutStart: run.start, cutEnd: run.end, style: 'replace' });
    return;
  }
  // "we intubated Marisol", "Marisol was admitted": a clinical verb ties the name to care.
  if (isName && (CARE_VERB_BEFORE.test(b) || (a0 === ' ' && CARE_VERB_AFTER.test(a))) && !publicSentence(text, run.start, run.end)
    && !professionalSentence(text, run.start, run.end)) {
    add(ctx, { ...base(run, 'patient'), cutStart: titledStart(text, run.start), cutEnd: run.end, style: 'replace' });
    return;
  }
  // A first name and a surname in a care story.
  if (!single && isName && careNear(ctx.care, run.start, run.end, CARE_RADIUS) && !publicSentence(text, run.start, run.end, true)
    && !professionalSentence(text, run.start, run.end)) {
    add(ctx, { ...base(run, 'patient'), cutStart: titledStart(text, run.start), cutEnd: run.end, style: 'replace' });
  }
}

function base(run: NameRun, role: Role) {
  return { start: run.start, end: run.end, parts: run.parts, role };
}

/** Two or more parts: a given name, then a surname (or a capitalised word that is no common word). */
function pairLooksLikeName(run: NameRun): boolean {
  const parts = run.parts.filter((p) => !isInitials(p));
  if (parts.length < 2) return false;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  if (parts.some((p) => COMMON_WORDS.has(nameKey(p)))) return false;
  if (!isFirstName(first)) return false;
  const lastKnown = isSurname(last) && !isWordName(last);
  return isWordName(first) ? lastKnown : true;
}

// "KOWALSKI, DOROTHY MRN 7734412", "Garcia, Maria, DOB 3/4/1950": a chart-style name, surname first,
// right before a record field. The field is found first; the name is read back from it.
const RECORD_FIELD = /\b(?:MRN|DOB|D\.O\.B|ID|Acct|born|age \d)|#\d|\b\d{1,3} ?(?:y\/?o|[MF])\b/g;
const CAPS_NAME_BEFORE = /\b([A-Z]{2,}(?:[-'][A-Z]+)?), ?([A-Z]{2,})\b[^\n]{0,40}$/;
const CHART_NAME_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}]+(?:[-'][\p{Lu}][\p{Ll}\p{M}]+)?), (\p{Lu}[\p{Ll}\p{M}]+),? $/u;

function wristbands(ctx: Ctx): void {
  RECORD_FIELD.lastIndex = 0;
  for (let f = RECORD_FIELD.exec(ctx.text); f && !full(ctx); f = RECORD_FIELD.exec(ctx.text)) {
    const from = Math.max(0, f.index - 70);
    const lead = ctx.text.slice(from, f.index);
    if (!lead.includes(',')) continue;
    const caps = CAPS_NAME_BEFORE.exec(lead);
    const chart = caps ? null : CHART_NAME_BEFORE.exec(lead);
    const m = caps ?? chart;
    if (!m) continue;
    // Mixed case must sit right before the field; capitals (a wristband) may have a little between.
    const surname = m[1] as string;
    const given = m[2] as string;
    if (!isFirstName(given) || !isSurname(surname)) continue;
    const start = from + m.index;
    const end = start + surname.length + (lead.slice(m.index + surname.length).indexOf(given)) + given.length;
    add(ctx, { start, end, parts: [surname, given], role: 'patient', cutStart: start, cutEnd: end, style: 'replace' });
  }
}

/**
 * A name found once and used again: "His son Tyler … Tyler, you're a hero." A repeat is reported
 * when it stands where a name is addressed or described; every repeat is redacted with the first.
 */
function repeatMentions(ctx: Ctx, runs: NameRun[]): NameHit[] {
  const repeats: NameHit[] = [];
  const known = new Map<string, Role>();
  const seen = new Map<string, number>();
  for (const h of ctx.hits) {
    for (const p of h.parts) if (!isInitials(p) && p.length >= 3) known.set(nameKey(p), h.role);
  }
  if (known.size === 0) return repeats;
  for (const run of runs) {
    if (run.parts.length !== 1 || claimed(ctx, run.start, run.end)) continue;
    const key = nameKey(run.parts[0] as string);
    const role = known.get(key);
    // "Mrs. Young … Young adults": a surname that is also a word is not followed through the text.
    if (!role || isWordName(key) || COMMON_WORDS.has(key)) continue;
    // Beyond a dozen mentions a fix would not be read anyway; a flood of one name stays linear.
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 12) continue;
    const a = after(ctx, run.end);
    if (atSentenceStart(ctx.text, run.start) && VOCATIVE_LEAD.test(a)) {
      add(ctx, { ...base(run, role), cutStart: run.start, cutEnd: run.end + 2, style: 'vocative' });
    } else if (!colleagueBefore(ctx.text, run.start)) {
      repeats.push({ ...base(run, role), cutStart: run.start, cutEnd: run.end, style: 'replace' });
    }
  }
  return repeats;
}
