import { careNear, sentenceAround, type CareIndex } from './context.js';
import { nameKey } from './dictionary.js';
import { ORG_SUFFIXES, STOP_WORDS } from './lexicon.js';

/** A patient's (or relative's) employer named after a work phrase: "a teacher at Lincoln High". */
export interface EmployerHit {
  start: number;
  end: number;
}

/** Jobs whose workplace, named after them, is an employer ("a teacher at …"). */
export const JOB_WORDS: ReadonlySet<string> = new Set(`
teacher foreman welder manager supervisor cashier driver mechanic engineer clerk employee worker janitor custodian
aide server waiter waitress cook chef bartender electrician plumber carpenter machinist operator technician lineman
laborer labourer farmhand principal accountant banker receptionist secretary guard firefighter paramedic pilot miner trucker
contractor boss coworker coworkers co-worker co-workers intern barista stocker loader packer butcher baker nanny
housekeeper landscaper roofer painter dispatcher analyst associate agent rep teller
`.split(/\s+/).filter(Boolean));
const JOBS = [...JOB_WORDS].join('|');
// Tried where words.ts found a work word, on the lower-cased text: a work verb, or a job noun after
// "a/his/her …", then at/for/from/with.
const WORK_CUE = new RegExp(String.raw`(?:works?|worked|working|employed|teach(?:es|ing)?|taught|job|shift|(${JOBS}))\s+(?:\d+\w*\s+grade\s+)?(at|for|from|with|by)\s+(?:the\s+)?`, 'y');
const JOB_OWNER = /(?:\b(?:a|an|his|her|their)|patient's|pt's)\s+(?:[\w-]+\s+){0,2}$/;
const ORG_Y = /\p{Lu}[\p{L}\p{M}'.-]*(?: (?:&|and|of|de|\p{Lu}[\p{L}\p{M}'.-]*)){0,5}/uy;
const CONNECTOR_TAIL = /(?: (?:&|and|of|de))+$/;
// The work phrase is about the author or their own family, not a patient.
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|we|we've|we're|us)\b|\bmy (?:husband|wife|partner|son|daughter|mom|dad|mother|father|brother|sister|friend|family|kids?|spouse)\b/i;
const CARE_RADIUS = 400;
// The sentence is about someone in care (not a teacher who invited the author to talk, say).
const PATIENT_LINK = /\b(?:patients?|pt|he|she|his|her|him|their|came (?:in|to)|admitted|collapsed|presented|diagnosed|injured|treated|hurt)\b/i;
/** Bounds the work on a flood of work phrases; a post names a handful at most. */
const MAX_EMPLOYERS = 200;

export function detectEmployers(text: string, lower: string, care: CareIndex, at: readonly number[]): EmployerHit[] {
  const hits: EmployerHit[] = [];
  for (const p of at) {
    if (hits.length >= MAX_EMPLOYERS) break;
    WORK_CUE.lastIndex = p;
    const m = WORK_CUE.exec(lower);
    if (!m) continue;
    const pos = m.index + m[0].length;
    if (m[1] && !JOB_OWNER.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
    ORG_Y.lastIndex = pos;
    const org = ORG_Y.exec(text);
    if (!org) continue;
    let name = org[0].replace(/[.']+$/, '').replace(CONNECTOR_TAIL, '');
    if (name.startsWith('The ')) name = name.slice(4);
    const words = name.split(' ');
    if (!name || STOP_WORDS.has(nameKey(words[0] as string))) continue;
    // "a welder from Hendricks Steel" is an employer; "a nurse from Toledo" is a hometown.
    if (m[2] === 'from' && !words.some((w) => ORG_SUFFIXES.has(nameKey(w)))) continue;
    const lead = text.slice(Math.max(0, m.index - 80), pos);
    const clause = lead.slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf('\n')) + 1);
    if (FIRST_PERSON.test(clause)) continue;
    const start = pos + org[0].indexOf(name);
    if (!careNear(care, start, start + name.length, CARE_RADIUS)) continue;
    if (!PATIENT_LINK.test(sentenceAround(text, m.index, start + name.length))) continue;
    hits.push({ start, end: start + name.length });
  }
  return hits;
}
