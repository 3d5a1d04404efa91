/**
 * Words around a contact detail that say whose it is. A physician's post usually carries a number or an
 * address for one of two reasons: to publish the practice's own line, or (the risk) while telling about a
 * patient. Person cues win over organisation cues; with neither, the detail is a person's when the draft
 * talks about someone in particular.
 */

import { opensWithImperative } from './phrase-readers.js';
import { type Alternative, WordTest } from './word-patterns.js';

const alt = (words: string, source: string): Alternative => ({ words: words.split(' '), source });
const FAMILY = 'son daughter mom mum dad mother father wife husband spouse partner niece nephew grandson granddaughter '
  + 'grandmother grandfather grandma grandpa grandkid grandkids grandchild grandchildren sister brother aunt uncle '
  + 'cousin caregiver guardian relative relatives';

/**
 * The detail belongs to a patient or someone close to them. Each alternative lists the words it can start
 * with (a unit test reads them off the source), so only the ones a sentence holds are ever compiled.
 */
export const PERSON_CUE = new WordTest([
  // One patient, not "patient portal" or "patient education".
  alt('my our a the this that one former', String.raw`\b(?:my|our|a|the|this|that|one|former)\s+(?:[a-z]+\s+)?(?:patient|pt)\b`),
  alt('patient pt', String.raw`\b(?:patient|pt)'s\b`),
  alt('patient pt', String.raw`\b(?:patient|pt)\s+(?:called|calls|says|said|wants|wanted|left|asked|texted|emailed|gave|sent|is|was|has|had|cell|phone|number|mobile|home|e-?mail|address)\b`),
  alt('the his her their', String.raw`\b(?:the|his|her|their)\s+family\b`),
  alt('family', String.raw`\bfamily\s+members?\b`),
  alt('his her their', String.raw`\b(?:his|her|their)\s+(?:cell|mobile|phone|number|home|landline|work|office|fax|e-?mail|address|inbox|voicemail)`),
  alt('she he they', String.raw`\b(?:she|he|they)(?:'s|'re| is| are)\s+at\b`),
  alt(FAMILY, String.raw`\b(?:son|daughter|mom|mum|dad|mother|father|wife|husband|spouse|partner|niece|nephew|grand(?:son|daughter|mother|father|ma|pa|kids?|child(?:ren)?)|sister|brother|aunt|uncle|cousin|caregiver|guardian|relatives?)(?:'s)?\b`),
  alt('reach', String.raw`\breach\s+(?:you|him|her|them)\b`),
  alt('left', String.raw`\bleft\s+(?:his|her|their|a)\s+(?:cell|number|phone)`),
]);

const ORG_WORDS = 'questions appointment appointments book booking schedule scheduling reservations open hours walk '
  + 'walkin walkins referral referrals hotline helpline lifeline crisis poison toll tollfree';

/** The detail is the practice's, the author's own, or a public line. */
export const ORG_CUE = new WordTest([
  alt('call text fax e email contact reach message dm follow find join visit',
    String.raw`\b(?:call|text|fax|e-?mail|contact|reach|message|dm|follow|find|join|visit)\s+(?:us|me)\b`),
  alt('my our', String.raw`\b(?:my|our)\s+(?:instagram|tiktok|facebook|page|channel|account|profile|blog|site|website|newsletter|podcast|feed)\b`),
  alt('support help nurse advice info information crisis triage appointment scheduling refill after afterhours',
    String.raw`\b(?:support|help|nurse|advice|info|information|crisis|triage|appointment|scheduling|refill|after-?hours)\s+line\b`),
  alt('clinic office practice front nurse scheduling appointment billing',
    String.raw`\b(?:clinic|office|practice|front\s+desk|nurse|scheduling|appointment|billing)\s+(?:phone|line|number)s?\b`),
  alt('accepting new now grand tel', String.raw`\b(?:accepting|new\s+patients|now\s+open|grand\s+opening|tel)\b`),
  // A colleague's line: "Dr. Kim's pager", "paging Dr. Ruiz at …".
  alt('pager', String.raw`\bpager\b`),
  alt('dr doctor', String.raw`\b(?:dr|doctor)\.?\s+[a-z]+(?:'s)?\s+(?:cell|number|phone|line|office)\b`),
  alt('our my', String.raw`\b(?:our|my)\s+(?:[a-z]+\s+){0,2}(?:office|clinic|practice|line|lines|number|team|desk|service|staff|nurses?|doctors|providers|physicians|manager|coordinator|center|centre|department|group|website|site|inbox|e-?mail|fax)\b`),
  alt(ORG_WORDS, String.raw`\b(?:questions|appointments?|book(?:ing)?|schedul(?:e|ing)|reservations|open|hours|walk-?ins?|referrals?|hotline|helpline|lifeline|crisis\s+line|poison\s+control|toll-?free)\b`),
], /\uD83D[\uDCDE\uDCE0\uDCE7]|[\u260E\u2709]/i);
/** Third-person words that show a post is about someone in particular. */
const SOMEONE = /\b(?:she|he|her|him|his|hers|herself|himself|mrs?|ms|miss)\b/i;

/** Public toll-free prefixes: hotlines and companies, not a patient's line. */
export const TOLL_FREE_AREAS: ReadonlySet<string> = new Set(['800', '822', '833', '844', '855', '866', '877', '888']);


/**
 * Judges contact details of one text. The words of the detail itself are left out, so an address such as
 * "office@…" is not its own evidence.
 */
export class CueIndex {
  private someone?: boolean;

  constructor(readonly text: string) {}

  /** Does the draft talk about a particular person anywhere? An announcement does not. */
  mentionsSomeone(): boolean {
    this.someone ??= PERSON_CUE.test(this.text) || SOMEONE.test(this.text);
    return this.someone;
  }

  /** True when the words of [from, to), outside the detail [skipStart, skipEnd), make it a person's. */
  belongsToPerson(from: number, to: number, skipStart = from, skipEnd = from, lead = from, whenSilent?: boolean): boolean {
    const said = `${this.text.slice(from, skipStart)} ${this.text.slice(skipEnd, to)}`;
    if (PERSON_CUE.test(said)) return true;
    // A sentence that opens with an instruction to the public: "Call 555-0100 to book."
    if (opensWithImperative(this.text.slice(from, Math.min(to, skipStart, from + 24)))) return false;
    // An announcement often names the line in the sentence before: "Now accepting new patients! 555-…"
    if (ORG_CUE.test(`${this.text.slice(lead, from)} ${said}`)) return false;
    return whenSilent ?? this.mentionsSomeone();
  }
}

/** The cue index of the last text asked about: the phone and e-mail rules read the same draft. */
let lastIndex: CueIndex | undefined;

export function cueIndexOf(text: string): CueIndex {
  if (lastIndex?.text !== text) lastIndex = new CueIndex(text);
  return lastIndex;
}

/** One-off form for a short stretch of text; with no cue either way, the detail is a person's. */
export function belongsToPerson(sentence: string): boolean {
  return new CueIndex(sentence).belongsToPerson(0, sentence.length, 0, 0, 0, true);
}
