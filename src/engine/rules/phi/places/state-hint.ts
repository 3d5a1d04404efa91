import { STATE_NAME_SOURCE, stateOfName, stateOfPostal, stateOfZip } from '../../../data/us-states.js';
import type { Folded } from '../../../text/normalize.js';
import { fiveDigitStarts, matchesAt, placeIndex, STATE_WORD, startsOf } from './place-index.js';
import { isSpaceCode } from '../../../text/spans.js';

/**
 * The state a draft is about, if it says: a state name, a postal code after a comma ("Dayton, OH") or a
 * ZIP. Place fixes generalise to it ("from Dayton" becomes "from Ohio"), the finest detail Safe Harbor keeps.
 */
const STATE_NAME = new RegExp(`\\b(?=[A-Z])(?:${STATE_NAME_SOURCE})\\b`, 'y');
const POSTAL_AFTER_COMMA = /,\s{1,2}([A-Z]{2})\b(?!\.?\s?[A-Z][a-z])/y;
const ZIP = /(?<![\w$#.,:/-])(\d{5})(?:-\d{4})?(?![\w%]|[.,:/-]\d)/y;

/** Commas followed, after one or two spaces, by a capital: where ", OH" or ", Ohio" can start. */
export function commasBeforeCapital(folded: Folded): number[] {
  const index = placeIndex(folded);
  if (index.commas) return index.commas;
  const { text } = folded;
  const out: number[] = [];
  index.commas = out;
  for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) {
    let c = text.charCodeAt(at + 1);
    if (!isSpaceCode(c)) continue;
    c = text.charCodeAt(at + 2);
    if (isSpaceCode(c)) c = text.charCodeAt(at + 3);
    if (c >= 65 && c <= 90) out.push(at);
  }
  return out;
}

/** Reads every match (no cap): a later one can name the state when the first thousands do not. */
export function stateHint(folded: Folded): string | undefined {
  const { text } = folded;
  for (const m of matchesAt(STATE_NAME, text, startsOf(placeIndex(folded), STATE_WORD), Infinity)) {
    const s = stateOfName(m[0].replace(/\s+/g, ' '));
    // "Washington" and "Georgia" are also people; a state name in a sentence is right often enough for a fix.
    if (s) return s;
  }
  for (const m of matchesAt(POSTAL_AFTER_COMMA, text, commasBeforeCapital(folded), Infinity)) {
    const code = m[1] as string;
    if (code === 'MD' || code === 'DO' || code === 'PA' || code === 'DC' || code === 'ND') continue; // credentials
    const s = stateOfPostal(code);
    if (s) return s;
  }
  for (const m of matchesAt(ZIP, text, fiveDigitStarts(folded), Infinity)) {
    const s = stateOfZip(m[1] as string);
    if (s) return s;
  }
  return undefined;
}
