import { isCommonWord, isFirstName, isOrgSuffix, isSurname, isWordName } from './dictionary.js';
import { isInitials, type NameRun } from './tokens.js';

// Whether a run of capitalised words has the shape of a person's name.

const ORG_NEXT = /^\.? (\p{Lu}[\p{Ll}]+)/u;

/** ORG_NEXT's word on text[end, end + 30), read by char codes while the text there is ASCII. */
function orgNext(text: string, end: number): string | null {
  const limit = Math.min(text.length, end + 30);
  let i = end;
  if (text.charCodeAt(i) === 46) i++;
  if (i >= limit || text.charCodeAt(i) !== 32) return null;
  const from = ++i;
  const c = text.charCodeAt(i);
  if (c > 127) return slowOrgNext(text, end);
  if (i >= limit || c < 65 || c > 90) return null;
  i++;
  while (i < limit && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++;
  if (i < limit && text.charCodeAt(i) > 127) return slowOrgNext(text, end);
  return i > from + 1 ? text.slice(from, i) : null;
}

function slowOrgNext(text: string, end: number): string | null {
  const m = ORG_NEXT.exec(text.slice(end, end + 30));
  return m ? (m[1] as string) : null;
}

/** Trims trailing parts that make the run a place, business or heading ("Lincoln Park" → null). */
export function personParts(run0: NameRun, text: string, strong = false): NameRun | null {
  const run = withoutLeadingWords(run0);
  if (isOrgSuffix(run.parts[run.parts.length - 1] as string)) return null;
  const next = orgNext(text, run.end);
  if (next !== null && isOrgSuffix(next)) return null;
  if (run.parts.every((p) => isCommonWord(p) || (!strong && isWordName(p)))) return null;
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
export function plausibleAfterTrigger(run: NameRun): boolean {
  const first = run.parts[0] as string;
  if (isInitials(first)) return true;
  if (run.parts.some((p) => isFirstName(p) || isSurname(p))) {
    return !run.parts.every((p) => isCommonWord(p));
  }
  return !run.parts.some((p) => isCommonWord(p)) && first.length >= 3;
}

/** Two or more parts: a given name, then a surname (or a capitalised word that is no common word). */
export function pairLooksLikeName(run: NameRun): boolean {
  const parts = run.parts.filter((p) => !isInitials(p));
  if (parts.length < 2) return false;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  if (parts.some((p) => isCommonWord(p))) return false;
  if (!isFirstName(first)) return false;
  const lastKnown = isSurname(last) && !isWordName(last);
  return isWordName(first) ? lastKnown : true;
}
