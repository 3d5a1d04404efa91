import { STATE_NAME_SOURCE, stateOfName, stateOfPostal, stateOfZip } from '../../../data/us-states.js';

/**
 * The state a draft is about, if it says: a state name, a postal code after a comma ("Dayton, OH") or a
 * ZIP. Place fixes generalise to it ("from Dayton" becomes "from Ohio"), the finest detail Safe Harbor keeps.
 */
const STATE_NAME = new RegExp(`\\b(?=[A-Z])(?:${STATE_NAME_SOURCE})\\b`, 'g');
const POSTAL_AFTER_COMMA = /,\s{1,2}([A-Z]{2})\b(?!\.?\s?[A-Z][a-z])/g;
const ZIP = /(?<![\w$#.,:/-])(\d{5})(?:-\d{4})?(?![\w%]|[.,:/-]\d)/g;

export function stateHint(text: string): string | undefined {
  for (const m of text.matchAll(STATE_NAME)) {
    const s = stateOfName(m[0].replace(/\s+/g, ' '));
    // "Washington" and "Georgia" are also people; a state name in a sentence is right often enough for a fix.
    if (s) return s;
  }
  for (const m of text.matchAll(POSTAL_AFTER_COMMA)) {
    const code = m[1] as string;
    if (code === 'MD' || code === 'DO' || code === 'PA' || code === 'DC' || code === 'ND') continue; // credentials
    const s = stateOfPostal(code);
    if (s) return s;
  }
  for (const m of text.matchAll(ZIP)) {
    const s = stateOfZip(m[1] as string);
    if (s) return s;
  }
  return undefined;
}
