import { nameKey } from './dictionary.js';
import { after, before, type Ctx } from './hits.js';
import { CREDENTIALS, EPONYM_HEADS, EPONYM_NAMES, EPONYMS, PUBLIC_FIGURES } from './lexicon.js';
import type { NameRun } from './tokens.js';

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
  if (j >= 0 && /[\p{L}\p{N}]/u.test(text[j] as string)) return false;
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

/** A colleague, an author, a public figure or an eponym: never reported, and its words are set aside. */
export function notAPatient(ctx: Ctx, run: NameRun): boolean {
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
