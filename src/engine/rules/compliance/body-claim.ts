import type { DraftCues } from './cue-words.js';
import { healthTermAt } from './health-words.js';
import { isWordCode } from '../../text/spans.js';

/**
 * A claim that something acts on the body: "movement breaks help blood sugar", "batteries burn through the
 * esophagus". The verb must be followed at once by a health word (after at most one of BODY_MODIFIERS),
 * so "help our food drive" is not one. Read word by word: as one pattern, the verbs before the whole
 * health vocabulary took longer to compile than a day of checks.
 */
export const BODY_VERBS = 'help helps lower lowers raise raises reduce reduces improve improves boost boosts blunt blunts '
  + 'stabilise stabilises stabilize stabilizes regulate regulates strengthen strengthens ease eases relieve relieves cause causes '
  + 'trigger triggers worsen worsens calm calms spike spikes damage damages injure injures irritate irritates inflame inflames '
  + 'weaken weakens support supports promote promotes';
/** Verbs that act on the body only with "through": "burns through the esophagus". */
export const THROUGH_VERBS = 'burn burns eat eats';
const BODY_MODIFIERS = ['your ', 'the ', 'their ', 'a ', 'post-meal ', 'after-meal ', 'morning ', 'fasting ', 'resting ', 'healthy ', 'overall '];

let verbs: Set<string> | undefined;
const THROUGH = THROUGH_VERBS.split(' ');

/** Whether a health term starts at `at`, straight away or after one modifier. */
function healthAfter(lower: string, at: number): boolean {
  if (healthTermAt(lower, at) >= 0) return true;
  for (const m of BODY_MODIFIERS) if (lower.startsWith(m, at) && healthTermAt(lower, at + m.length) >= 0) return true;
  return false;
}

/** Whether the draft makes a claim about the body, looking at its verbs (cue `bodyVerb`) only. */
export function bodyClaim(cues: DraftCues): boolean {
  const lower = cues.text;
  verbs ??= new Set(BODY_VERBS.split(' '));
  for (const i of cues.offsetsOf('bodyVerb', false)) {
    let e = i;
    while (e < lower.length && isWordCode(lower.charCodeAt(e))) e++;
    if (lower.charCodeAt(e) !== 32) continue;
    const word = lower.slice(i, e);
    if (verbs.has(word) && healthAfter(lower, e + 1)) return true;
    if (THROUGH.includes(word) && lower.startsWith(' through ', e) && healthAfter(lower, e + 9)) return true;
  }
  return false;
}
