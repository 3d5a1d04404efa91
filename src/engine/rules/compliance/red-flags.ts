import { perDraft, type RuleContext } from '../../context.js';
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

export const redFlags: (ctx: RuleContext) => RedFlags = perDraft((ctx) => scan(ctx.folded.lower));

/** Red flags named by a stem ("drooping", "anaphylactic", "overdosed"): no word list holds them all. */
const STEMMED = ['droop', 'anaphyla', 'overdos'];

function scan(lower: string): RedFlags {
  const out: RedFlags = { any: false, crisis: false };
  let tries = 0;
  // One match as the global loop takes it: a denied symptom is passed over but still counts as a try.
  const take = (start: number, end: number): boolean => {
    if (!negatedBefore(lower, start, 25)) {
      out.any = true;
      if (CRISIS.test(lower.slice(start, end))) out.crisis = true;
    }
    tries++;
    return !out.crisis && tries < 200;
  };
  if (STEMMED.some((stem) => lower.includes(stem))) {
    RED_FLAG.lastIndex = 0;
    for (let m = RED_FLAG.exec(lower); m && take(m.index, m.index + m[0].length); m = RED_FLAG.exec(lower));
    RED_FLAG.lastIndex = 0;
    return out;
  }
  // Otherwise every red flag begins with one of the words of `redFlagStart`: it is tried there only.
  const cues = draftCues(lower);
  if (cues.has('redFlag')) cues.eachAt(RED_FLAG, 'redFlagStart', false, take);
  return out;
}
