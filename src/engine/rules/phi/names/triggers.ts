import { careNear, professionalSentence } from './context.js';
import { isFirstName, isSurname } from './dictionary.js';
import { add, CARE_RADIUS, claimed, full, type Ctx, type CutStyle, type Role } from './hits.js';
import { RELATIONS } from './lexicon.js';
import { personParts, plausibleAfterTrigger } from './name-shape.js';
import { notAPatient } from './non-patients.js';
import { isUpper, readName, type NameRun } from './tokens.js';
import { wordEnd, type WordIndex } from './words.js';

// Names that a word before them marks: a title, "patient", a relation, an endearment, a greeting.

// A title before a name: the name is a patient's (a colleague's "Dr." is not among them); the span
// leaves the title out, the redaction takes it along.
const HONORIFIC = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Mister|Mme|Mlle|Madame|Monsieur|Sr|Sra|Srta|Señor|Señora|Señorita|Doña|Herr|Frau|Cô|Bà|Ông)\.? (?=\p{Lu})/gu;
// Sticky patterns tried where words.ts found their first word, on the lower-cased text (same offsets);
// readName() then insists on a capital in the folded text.
const PATIENT_NOUN = /(?:patients?|pt\.?|client)[,:]?(?: named| called| by the name of)? /y;
const RELATIVE_ARTICLE = /\b(?:[Aa]n?|[Tt]he) (?:(?:older|younger|twin|adult|teenage|only|eldest|oldest|youngest) )?$/;
const RELATIVE_OWNER = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|the patient's|[Pp]atient's|[Pp]t's)|\p{Lu}\p{Ll}+'s) (?:(?:older|younger|twin|little|big|baby|adult|teenage|only|eldest|oldest|youngest|new|late) )?$/u;
const FORM_LABEL = /\b(?:Name|Patient(?: name)?|Pt(?: name)?|Patient's name)\s*:\s*(?=\p{Lu})/gu;
const ENDEARMENT = /(?:little (?:guy|girl|man|lady|one|buddy|warrior|fighter|champ)|sweet|poor|brave|tiny|little|baby|precious) /y;
const ENDEARMENT_OWNER = /(?:our|my|the) $/;
// "Baby Girl Okafor": how newborns are charted before they are named.
const BABY_SURNAME = /baby (?:boy|girl) /y;
const GREETING = /(?:hi|hey|hello|dear|good morning|thanks(?: so much)?|thank you(?: so much)?|congrats|congratulations|welcome back|happy birthday|bless you)[,!]? /y;
const GREETING_LEAD = /(?:^|[\n.!?]|\b(?:[Aa]w+|[Oo]h|and),?)\s*$/;

// "Meet Tobias!", "This is Amara.", "Say hi to Desmond": a child or patient introduced to the readers.
const INTRO = /(?<![A-Za-z0-9])(?:[Mm]eet|[Tt]his is|[Ss]ay (?:hi|hello) to|[Hh]ere(?:'s|’s| is)|[Ee]veryone,? meet) /g;
// What follows an introduced patient: an age ("He is 7", "9 years old") or a treatment.
const INTRO_AGE = /\b(?:(?:he|she|they)(?:'s|’s| is| was| just turned| turned| turns| will be)|age[ds]?) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b\d{1,2}[- ](?:years?|yrs?|months?|weeks?)[- ]old\b/;
// An introduced colleague or new hire, not a patient.
const INTRO_STAFF = /\b(?:our new|new (?:hire|grad|team)|joined|joins|joining|welcome|staff|colleague|co-?worker|team member|nurse practitioner|np|pa-c|md|resident|fellow|intern|scribe|medical assistant|volunteer|student|partner|therapy dog|service dog)\b/;
const INTRO_READ = 220;
// The introduction ends with the name ("Meet Tobias!"); "Meet Sandra at the booth" is an invitation.
const INTRO_END = /^(?:[!.,:;…)]| ?[\ud83c-\ud83e\u2600-\u27bf(—–-]|\s*$|\s+(?:he|she|they)\b)/;
// "Here is Marcus, my son, at his game": the author's own family, not a patient.
const INTRO_OWN_FAMILY = new RegExp(String.raw`^[,!.]?\s*(?:(?:he|she)(?:'s|’s| is) )?(?:my|our) (?:[\w-]+ )?${RELATIONS}\b`);

/**
 * The introduction opens a sentence: before its verb ("meet", "this is" …) stands the start of the
 * text, a line break, . ! ? : ) or an emoji, or "and".
 */
function introLead(lower: string, nameStart: number): boolean {
  const verb = INTRO_VERB.exec(lower.slice(Math.max(0, nameStart - 24), nameStart));
  if (!verb) return false;
  let i = nameStart - verb[0].length - 1;
  while (i >= 0 && lower[i] === ' ') i--;
  if (i < 0) return true;
  const c = lower.charCodeAt(i);
  if (c === 10 || c === 46 || c === 33 || c === 63 || c === 58 || c === 41 || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2600 && c <= 0x27bf)) return true;
  return lower.endsWith('and', i + 1) && !/[a-z]/.test(lower[i - 3] ?? '');
}
const INTRO_VERB = /(?:meet|this is|say (?:hi|hello) to|here(?:'s|’s| is)|everyone,? meet) $/;

// "the Hernandez family": a patient's family by its surname (read back from "family").
const FAMILY_LEAD = /\bthe ([^\s]+) $/;

/**
 * Reads the name right after each match of a trigger and records it with its role and the way its
 * redaction should cut. `accept` narrows which names count; by default any plausible name does.
 */
function fromTrigger(ctx: Ctx, trigger: RegExp | Matches, at: readonly number[] | null, role: Role | (() => Role | null), style: CutStyle, opts: {
  allowLetter?: boolean; needCare?: boolean; accept?: (run: NameRun) => boolean; cutFromTrigger?: boolean;
  /** What must stand right before the trigger (tested on a short slice of the folded text). */
  lead?: RegExp;
  /** A cheap necessary condition for `lead`, given the text and the trigger's start. */
  leadShape?: (text: string, pos: number) => boolean;
  /** Words before the trigger that a replacement also takes ("our little guy Mateo"). */
  owner?: RegExp;
} = {}): void {
  // `at` lists where a sticky pattern may start on the lower-cased text; without it, a global
  // pattern scans the folded text.
  if (at && at.length === 0) return;
  const next = typeof trigger === 'function' ? trigger : at ? stickyMatches(trigger, ctx.lower, at) : globalMatches(trigger, ctx.text);
  for (let m = next(); m && !full(ctx); m = next()) {
    const pos = m.index + m[0].length;
    if (pos >= ctx.text.length || !isUpper(ctx.text, pos)) continue;
    if (opts.leadShape && !opts.leadShape(ctx.text, m.index)) continue;
    if (opts.lead && !opts.lead.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const raw = readName(ctx.text, pos, opts.allowLetter);
    if (!raw) continue;
    const run = personParts(raw, ctx.text, true)
      ?? (raw.parts.length > 1 ? personParts({ start: raw.start, end: raw.start + (raw.parts[0] as string).length, parts: raw.parts.slice(0, 1) }, ctx.text, true) : null);
    if (!run || claimed(ctx, run.start, run.end)) continue;
    if (notAPatient(ctx, run)) continue;
    if (!(opts.accept ?? plausibleAfterTrigger)(run)) continue;
    if (opts.needCare && !careNear(ctx.care, run.start, run.end, CARE_RADIUS)) continue;
    const r = typeof role === 'function' ? role() : role;
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

/** A match's start and text: all a trigger needs of it. */
interface TriggerMatch {
  index: number;
  0: string;
}
type Matches = () => TriggerMatch | null;

/**
 * RELATIVE at the relation words words.ts found: such a word followed by ", " or " " (a relation
 * word ends where the word does, so the pattern's alternation need not run).
 */
function relationMatches(lower: string, at: readonly number[]): Matches {
  let i = 0;
  return () => {
    while (i < at.length) {
      const p = at[i++] as number;
      const end = wordEnd(lower, p);
      if (lower.charCodeAt(end) === 32) return { index: p, 0: lower.slice(p, end + 1) };
      if (lower.charCodeAt(end) === 44 && lower.charCodeAt(end + 1) === 32) return { index: p, 0: lower.slice(p, end + 2) };
    }
    return null;
  };
}

/** "his ", "the patient's ", "their older ": the word before a trigger ends with "'s" or is one of `words`. */
function wordBefore(words: ReadonlySet<string>): (text: string, pos: number) => boolean {
  return (text, pos) => {
    if (text.charCodeAt(pos - 1) !== 32) return false;
    if (text.startsWith("'s", pos - 3)) return true;
    let j = pos - 1;
    while (j > 0 && isAsciiLetter(text.charCodeAt(j - 1))) j--;
    return words.has(text.slice(j, pos - 1).toLowerCase());
  };
}
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const OWNER_WORDS = new Set('his her their older younger twin little big baby adult teenage only eldest oldest youngest new late'.split(' '));
const ARTICLE_WORDS = new Set('a an the older younger twin adult teenage only eldest oldest youngest'.split(' '));
// Built once: a draft's scan hands these to fromTrigger without making new closures.
const OWNER_BEFORE = wordBefore(OWNER_WORDS);
const ARTICLE_BEFORE = wordBefore(ARTICLE_WORDS);
const firstNameFirst = (run: NameRun): boolean => isFirstName(run.parts[0] as string);
const surnameAlone = (run: NameRun): boolean => run.parts.length === 1 && isSurname(run.parts[0] as string);
const greetedName = (run: NameRun): boolean => isFirstName(run.parts[0] as string) && run.parts.length <= 2;

// Cheap necessary conditions for the patterns that scan the whole draft.
const formLabelShape = (text: string): boolean => text.includes(':') && (text.includes('Name') || text.includes('Patient') || text.includes('Pt'));

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
    // FAMILY_LEAD ends with a space right before "family".
    if (ctx.lower.charCodeAt(p - 1) !== 32) continue;
    const lead = FAMILY_LEAD.exec(ctx.lower.slice(Math.max(0, p - 30), p));
    if (!lead) continue;
    const pos = p - (lead[1] as string).length - 1;
    const run = readName(ctx.text, pos);
    if (!run || run.parts.length !== 1 || run.end !== p - 1 || !isSurname(run.parts[0] as string)) continue;
    if (claimed(ctx, run.start, run.end) || notAPatient(ctx, run)) continue;
    if (!careNear(ctx.care, run.start, run.end, CARE_RADIUS) || professionalSentence(ctx.lower, run.start, run.end)) continue;
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

/** Runs every trigger over the draft; words.ts has found where each may start. */
/**
 * `titled`: a title starts at some capital of the draft (tokens.ts scanCapitals); `introduces`: a word
 * that opens an introduction is there (words.ts). Without them those triggers' scans are skipped.
 */
export function runTriggers(ctx: Ctx, t: WordIndex['triggers'], titled = true, introduces = true): void {
  if (titled) fromTrigger(ctx, HONORIFIC, null, 'patient', 'replace', { allowLetter: true, cutFromTrigger: true });
  if (formLabelShape(ctx.text)) fromTrigger(ctx, FORM_LABEL, null, 'patient', 'replace', {});
  fromTrigger(ctx, relationMatches(ctx.lower, t.relative), null, 'relative', 'drop', { lead: RELATIVE_OWNER, leadShape: OWNER_BEFORE });
  // "the daughter, Kim, flew in": with an article the care story has to be nearby.
  fromTrigger(ctx, relationMatches(ctx.lower, t.relative), null, 'relative', 'drop', { lead: RELATIVE_ARTICLE, leadShape: ARTICLE_BEFORE, needCare: true });
  fromTrigger(ctx, PATIENT_NOUN, t.patient, 'patient', 'drop', {});
  fromTrigger(ctx, ENDEARMENT, t.endearment, 'patient', 'replace', {
    needCare: true, cutFromTrigger: true, owner: ENDEARMENT_OWNER, accept: firstNameFirst,
  });
  fromTrigger(ctx, BABY_SURNAME, t.endearment, 'patient', 'replace', {
    cutFromTrigger: true, accept: surnameAlone,
  });
  // A greeting names a patient only in a reply about their care.
  fromTrigger(ctx, GREETING, t.greeting, () => (ctx.addressed ? 'patient' : null), 'vocative', {
    lead: GREETING_LEAD, accept: greetedName,
  });
  if (introduces) fromTrigger(ctx, INTRO, null, 'patient', 'replace', {
    accept: (run) => {
      if (!introLead(ctx.lower, run.start) || !isFirstName(run.parts[0] as string) || run.parts.length > 3
        || !INTRO_END.test(ctx.text.slice(run.end, run.end + 8))) return false;
      const next = ctx.lower.slice(run.end, run.end + INTRO_READ);
      if (INTRO_OWN_FAMILY.test(next) || INTRO_STAFF.test(next) || professionalSentence(ctx.lower, run.start, run.end)) return false;
      return INTRO_AGE.test(next) || careNear(ctx.care, run.end, run.end + INTRO_READ, 0);
    },
  });
  familyNames(ctx, t.family);
}
