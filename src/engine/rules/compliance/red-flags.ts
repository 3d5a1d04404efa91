import type { RuleContext } from '../../context.js';
import { negatedBefore } from './clauses.js';
import { draftCues } from './cue-words.js';

/** Symptoms that need emergency care now, as a public post would name them. */
const RED_FLAG = new RegExp('\\b(?:' + [
  'chest (?:pain|pressure|tightness)', 'face (?:droop\\w*)', 'facial droop\\w*', 'droop\\w* (?:face|smile)',
  'slurred speech', 'trouble (?:speaking|talking)', 'sudden (?:weakness|numbness|confusion|vision loss)',
  'arm weakness', 'signs of (?:a )?stroke', 'stroke symptoms', 'suicidal (?:thoughts|ideation)',
  'thinking about (?:suicide|killing|ending)', 'self-harm', 'kill (?:yourself|themselves)',
  'trouble breathing', "can't breathe", 'difficulty breathing', 'shortness of breath', 'throat (?:swelling|closing)',
  'anaphyla\\w+', 'worst headache', 'thunderclap headache', 'coughing up blood', 'vomiting blood',
  'uncontrolled bleeding', 'seizure lasting', 'unresponsive', 'overdos\\w+', 'heat ?stroke',
].join('|') + ')\\b', 'g');

/** Red flags where the line to call is 988 (US) rather than, or as well as, 911. */
const CRISIS = /^(?:suicid|thinking about|self-harm|kill |overdos)/;

/** Any pointer to emergency help already in the post. */
export const ESCALATION =
  /\b(?:911|988|999|112|000|emergency|er|ed|a&e|ambulance|crisis (?:line|text)|lifeline|poison control|urgent care)\b/;

/** Whether the draft already points to emergency help. */
export function pointsToHelp(lower: string): boolean {
  return ESCALATION.test(lower);
}

export interface RedFlags {
  /** A red-flag symptom named and not denied. */
  any: boolean;
  /** One of them is a mental-health crisis or an overdose. */
  crisis: boolean;
}

const cache = new WeakMap<RuleContext['folded'], RedFlags>();

export function redFlags(ctx: RuleContext): RedFlags {
  let hit = cache.get(ctx.folded);
  if (!hit) {
    hit = scan(ctx.folded.lower);
    cache.set(ctx.folded, hit);
  }
  return hit;
}

function scan(lower: string): RedFlags {
  const out: RedFlags = { any: false, crisis: false };
  const named = draftCues(lower).has('redFlag') || lower.includes('droop') || lower.includes('anaphyla') || lower.includes('overdos');
  if (!named) return out;
  RED_FLAG.lastIndex = 0;
  let tries = 0;
  for (let m = RED_FLAG.exec(lower); m && !out.crisis && tries < 200; m = RED_FLAG.exec(lower), tries++) {
    if (negatedBefore(lower, m.index, 25)) continue;
    out.any = true;
    if (CRISIS.test(m[0])) out.crisis = true;
  }
  RED_FLAG.lastIndex = 0;
  return out;
}
