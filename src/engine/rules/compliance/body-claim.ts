import { draftWords, hasAnyWord, healthTermAt, wordKeys } from './health-words.js';

/**
 * A claim that something acts on the body: "movement breaks help blood sugar", "batteries burn through the
 * esophagus". The verb must be followed at once by a health word (after at most one of BODY_MODIFIERS),
 * so "help our food drive" is not one. Read word by word: as one pattern, the verbs before the whole
 * health vocabulary took longer to compile than a day of checks.
 */
const BODY_VERBS = 'help helps lower lowers raise raises reduce reduces improve improves boost boosts blunt blunts '
  + 'stabilise stabilises stabilize stabilizes regulate regulates strengthen strengthens ease eases relieve relieves cause causes '
  + 'trigger triggers worsen worsens calm calms spike spikes damage damages injure injures irritate irritates inflame inflames '
  + 'weaken weakens support supports promote promotes';
/** Verbs that act on the body only with "through": "burns through the esophagus". */
const THROUGH_VERBS = 'burn burns eat eats';
const BODY_MODIFIERS = ['your ', 'the ', 'their ', 'a ', 'post-meal ', 'after-meal ', 'morning ', 'fasting ', 'resting ', 'healthy ', 'overall '];

let verbs: Set<string> | undefined;
let keys: number[] | undefined;

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;

/** Whether a health term starts at `at`, straight away or after one modifier. */
function healthAfter(lower: string, at: number): boolean {
  if (healthTermAt(lower, at) >= 0) return true;
  for (const m of BODY_MODIFIERS) if (lower.startsWith(m, at) && healthTermAt(lower, at + m.length) >= 0) return true;
  return false;
}

/** Whether the lower-cased draft makes a claim about the body. */
export function bodyClaim(lower: string): boolean {
  keys ??= wordKeys(`${BODY_VERBS} ${THROUGH_VERBS}`);
  if (!hasAnyWord(draftWords(lower), keys)) return false;
  verbs ??= new Set(BODY_VERBS.split(' '));
  const through = THROUGH_VERBS.split(' ');
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(lower.charCodeAt(i))) { i++; continue; }
    let e = i + 1;
    while (e < n && isWordCode(lower.charCodeAt(e))) e++;
    if (lower.charCodeAt(e) === 32 && e - i >= 3 && e - i <= 11) {
      const word = lower.slice(i, e);
      if (verbs.has(word) && healthAfter(lower, e + 1)) return true;
      if (through.includes(word) && lower.startsWith(' through ', e) && healthAfter(lower, e + 9)) return true;
    }
    i = e;
  }
  return false;
}
