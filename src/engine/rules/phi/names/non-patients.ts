import { isEponym, mayOpenListedName, nameKey } from './dictionary.js';
import { after, before, WINDOW, type Ctx } from './hits.js';
import { CREDENTIALS, EPONYM_HEADS, EPONYM_NAMES, PUBLIC_FIGURES } from './lexicon.js';
import { isLetterOrDigit, type NameRun } from './tokens.js';

// Colleagues, authors, signatures, public figures and eponyms: capitalised names that are not patients.

// The word right before a name that makes it a colleague, an author or a public office holder.
const COLLEAGUE_WORDS = new Set(`dr dra doctor prof professor nurse coach rev reverend pastor rabbi imam judge officer sgt
captain capt senator sen rep gov governor president mayor secretary justice chancellor sir dame colleague colleagues
coauthor coauthors co-author co-authors mentor mentors attending attendings fellow fellows intern interns coworker
coworkers co-worker co-workers surgeon physician cardiologist oncologist neurologist radiologist anesthesiologist
pediatrician author authors practitioner hygienist therapist technician assistant coordinator director manager
chaplain pharmacist dietitian midwife scribe`.split(/\s+/));

const isAsciiLetterOrHyphen = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;

/** "Dr. Kim", "my colleague Jane", "@jane": reads the one word before `pos` without a regex scan. */
export function colleagueBefore(text: string, pos: number): boolean {
  if (text[pos - 1] === '@') return true;
  let i = pos - 1;
  if (text[i] !== ' ') return false;
  i--;
  if (text[i] === '.' || text[i] === ',') i--;
  let j = i;
  while (j >= 0 && i - j < 20 && isAsciiLetterOrHyphen(text.charCodeAt(j))) j--;
  if (j >= 0 && isLetterOrDigit(text, j)) return false;
  return COLLEAGUE_WORDS.has(text.slice(j + 1, i + 1).toLowerCase());
}
const CREDENTIAL_AFTER = new RegExp(String.raw`^(?:,? (?:${CREDENTIALS})\b|,? \((?:${CREDENTIALS})\b| et al\b|, (?:(?:our|my|the|a|an|his|her|their) )?(?:[\w-]+ )?(?:surgeon|physician|nurse|MD|cardiologist|neurologist|oncologist|resident|fellow|attending|professor|researcher|tech|technician|therapist|intern|student|scribe|chaplain|pharmacist|paramedic|EMT|medic|coordinator|manager|director|assistant|aide|colleague|partner)s?\b)`);
// "— Priya Raman" on a line of its own: the author signing the post.
const SIGNATURE_BEFORE = /(?:^|\n|[.!?] )[ \t]*[-~][ \t]*$/;
// '"Dr. K saved my life!" — Maria L.': a quoted testimonial signed by the patient.
export const TESTIMONIAL_BEFORE = /["”][ \t]*[-~][ \t]*$/;

/** TESTIMONIAL_BEFORE on text[from, pos), read backwards without cutting the window out. */
export function testimonialBefore(text: string, from: number, pos: number): boolean {
  let i = pos - 1;
  while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < from || (text.charCodeAt(i) !== 45 && text.charCodeAt(i) !== 126)) return false;
  i--;
  while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i >= from && (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 0x201d);
}
const EPONYM_AFTER = new RegExp(String.raw`^(?:'s?\b|s?' | (?:${EPONYM_HEADS})\b)`, 'i');

const joinKey = (parts: string[]): string => parts.map((p) => nameKey(p).replace(/\./g, '')).filter(Boolean).join('_');

/** The role words CREDENTIAL_AFTER's last branch names, bare or plural. */
const ROLE_WORDS = new Set(`surgeon physician nurse MD cardiologist neurologist oncologist resident fellow attending professor
researcher tech technician therapist intern student scribe chaplain pharmacist paramedic EMT medic coordinator manager
director assistant aide colleague partner`.split(/\s+/));

/**
 * Whether CREDENTIAL_AFTER can match after `end`: a credential (capitalised) or "(" after ",? ",
 * " et al", or a role word among the first three words after ", ". Most names fail here.
 */
function credentialShape(text: string, end: number): boolean {
  const c = text[end];
  if (c === ' ') {
    const d = text.charCodeAt(end + 1);
    return (d >= 65 && d <= 90) || d === 40 || text.startsWith(' et al', end);
  }
  if (c !== ',' || text[end + 1] !== ' ') return false;
  const d = text.charCodeAt(end + 2);
  if ((d >= 65 && d <= 90) || d === 40) return true;
  let i = end + 2;
  for (let w = 0; w < 3 && i < end + WINDOW; w++) {
    let j = i;
    while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
    const word = text.slice(i, j);
    if (ROLE_WORDS.has(word) || (word.endsWith('s') && ROLE_WORDS.has(word.slice(0, -1)))) return true;
    while (j < text.length && text.charCodeAt(j) !== 32) j++;
    i = j + 1;
  }
  return false;
}
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** b ends with "-" or "~" and then spaces or tabs: the cheap half of SIGNATURE_BEFORE. */
function endsWithDash(text: string, from: number, pos: number): boolean {
  let i = pos - 1;
  while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i >= from && (text.charCodeAt(i) === 45 || text.charCodeAt(i) === 126);
}

/** A colleague, an author, a public figure or an eponym: never reported, and its words are set aside. */
export function notAPatient(ctx: Ctx, run: NameRun): boolean {
  if (colleagueBefore(ctx.text, run.start)) return true;
  if (credentialShape(ctx.text, run.end) && CREDENTIAL_AFTER.test(after(ctx, run.end))) return true;
  const from = Math.max(0, run.start - WINDOW);
  if (endsWithDash(ctx.text, from, run.start)) {
    const b = before(ctx, run.start);
    if (SIGNATURE_BEFORE.test(b) && !TESTIMONIAL_BEFORE.test(b)) return true;
  }
  // A first part with a dot (an initial) loses it in the joined key, so it is not turned away.
  if (run.parts.length > 1 && ((run.parts[0] as string).includes('.') || mayOpenListedName(run.parts[0] as string))) {
    const key = joinKey(run.parts);
    if (PUBLIC_FIGURES.has(key) || EPONYM_NAMES.has(key)) return true;
  }
  if (isEponym(run.parts[run.parts.length - 1] as string) && EPONYM_AFTER.test(after(ctx, run.end))) return true;
  return false;
}
