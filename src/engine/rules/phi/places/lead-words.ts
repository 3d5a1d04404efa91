import type { Folded } from '../../../text/normalize.js';
import {
  CARE_PREP, CARE_VERB, leadRolesAt, leadsOf, OF_WORD, placeIndex, STREET_PREP, THE_WORD, TOWN_PREP, wordBefore,
} from './place-index.js';

/**
 * Where patterns that open with a lower-case word (a preposition, a care verb) can start, read back from
 * the capitalised word they lead to: "lives in Dayton" can only start a word or three before "Dayton".
 */

/** "in/from/near/… (the) Dayton": the preposition before each capitalised word, and "outside" before "of". */
export function prepositionStarts(folded: Folded): number[] {
  const { leads, leadRoles } = leadsOf(folded);
  const out: number[] = [];
  for (let w = 0; w < leads.length; w++) {
    const roles = leadRoles[w] as number;
    if ((roles & TOWN_PREP) === 0) continue;
    const p = leads[w] as number;
    out.push(p);
    if (roles & OF_WORD) out.push(wordBefore(folded.text, p, 2));
  }
  return out;
}

/** Care verbs ("admitted", "visit her", "taken back") up to three words before "at/to/in/into (the) Name". */
export function careVerbStarts(folded: Folded): number[] {
  const { leads, leadRoles } = leadsOf(folded);
  const out: number[] = [];
  for (let w = 0; w < leads.length; w++) {
    if (((leadRoles[w] as number) & CARE_PREP) === 0) continue;
    let s = leads[w] as number;
    for (let k = 0; k < 3; k++) {
      s = wordBefore(folded.text, s, 3);
      if (s < 0) break;
      // Each verb opens with one of CARE_VERB's words ("visit her", "passed away").
      if (leadRolesAt(folded.lower, s) & CARE_VERB) out.push(s);
    }
  }
  return out;
}

/**
 * "on/at/near (the) Elm St" and "at (the corner of) 5th and Elm": the word before each of `words` (all
 * capitalised and digit-led words when null), and the preposition before "the corner of".
 */
export function streetLeadStarts(folded: Folded, words: Iterable<number> | null): number[] {
  const { text, lower } = folded;
  const out: number[] = [];
  const add = (p: number, roles: number) => {
    if ((roles & STREET_PREP) === 0) return;
    out.push(p);
    if (roles & OF_WORD) {
      // "at the corner of 5th": back over "corner" and "the" to the preposition.
      const corner = wordBefore(text, p, 3);
      const the = corner < 0 ? -1 : wordBefore(text, corner, 3);
      if (the >= 0) out.push(wordBefore(text, the, 3));
    }
  };
  if (words === null) {
    const { leads, leadRoles } = leadsOf(folded);
    for (let w = 0; w < leads.length; w++) add(leads[w] as number, leadRoles[w] as number);
  }
  for (const d of words ?? placeIndex(folded).digits) {
    let p = wordBefore(text, d, 3);
    let roles = leadRolesAt(lower, p);
    if (roles & THE_WORD) {
      p = wordBefore(text, p, 3);
      roles = leadRolesAt(lower, p);
    }
    add(p, roles);
  }
  return out;
}
