import { matchSpans, type Span } from '../../text/spans.js';
import { lazyScan } from '../../text/word-scan.js';
import { firstOfAll } from './first-match.js';

/**
 * Phrases that, said to one person, confirm that person is or was a patient (compliance-rules.md §6,
 * REV-CONFIRM), and the details a reply must never add (REV-DETAIL).
 */

/** Things only a patient has with a practice: "your visit", "your knee scope", "your 6-week check". */
const CARE_NOUNS = [
  'visits?', 'appointments?', 'appt', 'procedure', 'surgery', 'operation', 'case', 'follow-?up', 'check-?up',
  'checkup', 'check', 'exam', 'scan', 'x-?rays?', 'mri', 'ct', 'ultrasound', 'labs', 'lab results', 'test results',
  'results', 'biopsy', 'treatment', 'stay', 'admission', 'delivery', 'c-section', 'crown', 'filling', 'cleaning',
  'root canal', 'implants?', 'bridge', 'dentures?', 'veneers?', 'braces', 'aligners?', 'retainer', 'extraction', 'whitening', 'botox', 'fillers?', 'touch-?up', 'injections?', 'infusions?', 'chemo', 'session',
  'consult(?:ation)?', 'prescription', 'refill', 'diagnosis', 'chart', 'records', 'bill', 'invoice', 'balance',
  'claim', 'copay', 'recovery', 'incision', 'stitches', 'sutures', 'cast', 'physical', 'mammogram',
  'colonoscopy', 'scope', 'reconstruction', 'repair', 'replacement', 'rhinoplasty', 'tummy tuck', 'liposuction',
  'lipo', 'facelift', 'augmentation', 'transplant', 'bypass', 'stents?', 'ablation', 'pacemaker', 'dialysis', 'rehab',
  'therapy', 'pregnancy', 'wait', 'discharge', 'care', 'medications?', 'meds',
  // Procedures by their endings: tonsillectomy, tracheostomy, angioplasty, arthroscopy, orchiopexy.
  '[a-z]{2,20}(?:ectomy|otomy|ostomy|plasty|scopy|pexy)',
].join('|');

/** A relative whose care is meant: "your daughter's tonsillectomy". */
const RELATIVE = '(?:mom|mother|dad|father|son|daughter|husband|wife|partner|baby|child|kid|little one|grandmother|grandma|grandfather|grandpa|grandson|granddaughter|brother|sister|aunt|uncle|niece|nephew|fianc[eé]e?)';
/** Up to two modifier words before the care noun, never a verb or a conjunction ("your readers should check"). */
const MODIFIER = "(?:(?!(?:should|will|would|may|might|can|could|must|and|or|is|are|was|were|do|does)\\b)[a-z0-9'-]{1,15} ){0,2}";
/** "get your labs checked", "ask about your results": advice to do something, not a record of care. */
const NOT_ADVICE = '(?<!\\b(?:get|have|check|ask about|bring|schedule|book|keep|take|make|discuss|track|do|plan|start|finish|skip|miss|cancel|reschedule) )';
/** "your results should come back in 3 days": a general statement, not this person's record. */
const GENERIC_AFTER = '(?! (?:should|will|may|might|can|could|usually|typically|often|generally|are usually|is usually))';

/** "your next visit", "your own doctor": advice to anyone, not a record of this person's care. */
const GENERIC_MODIFIER = '(?:next|upcoming|annual|yearly|own|regular|future|free|new|local|primary|first|routine|usual)';

/** REV-CONFIRM's phrases, each its own pattern: the first match of all is what counts. */
const SECOND_PERSON = [
  `${NOT_ADVICE}\\byour (?:${RELATIVE}'s )?(?!${GENERIC_MODIFIER}\\b)${MODIFIER}(?:${CARE_NOUNS})\\b${GENERIC_AFTER}`,
  "\\b(?:when|after|before|since|the day|the time|while) you (?:came in|were (?:here|in|admitted|seen|treated|with us)|visited|saw (?:us|me|dr)|had your)\\b",
  '\\byou came (?:in|to (?:us|our|see))\\b', '\\byou were (?:here|seen|admitted|treated|in our)\\b',
  '\\bwe (?:saw|treated|examined|admitted|operated on) you\\b',
  '\\b(?:a pleasure|a joy|an honor|an honour|a privilege) (?:treating|caring for|taking care of|operating on) you\\b',
  '\\bit was (?:a pleasure|great|an honor|a joy|so nice) (?:doing|caring|treating|seeing|meeting|working|taking)\\b',
  '\\byour (?:experience|time|stay|wait) (?:at|in|with) (?:our|us)\\b',
  '\\b(?:our|my) records (?:show|indicate)\\b', '\\bas (?:we|i) (?:discussed|talked about|told you|explained|mentioned)\\b',
  '\\bas you know\\b', '\\b(?:i|we)(?: all| still| certainly)? (?:remember|recall) (?:you|your|seeing you|treating you)\\b',
  '\\byou (?:missed|cancell?ed|skipped|no-showed)(?: [a-z0-9-]{1,12}){0,2} (?:appointments?|visits?|appts?|sessions?)\\b',
  '\\bthanks? (?:you )?(?:so much )?for (?:coming in|coming to see us|visiting us|seeing us|letting us care)\\b',
  "\\b(?:hope|glad|happy) (?:you(?:'re| are)|to hear you(?:'re| are)) (?:feeling better|healing|recovering|back on your feet)\\b", '\\bsee you (?:at|in|for|next|soon at)\\b',
  "\\b(?:i've|we've|i have|we have) ever (?:stitched|treated|seen|operated|cared)\\b",
  '\\b(?:reviewing|adjusting|changing|increasing|refilling|prescribing|checking) your\\b',
  '\\bthanks? (?:you )?for (?:trusting|choosing) (?:us|me|our [a-z]{1,15})\\b',
  '\\b(?:best|favorite|favourite|bravest|sweetest|toughest|strongest) patient\\b',
  `\\b(?:about|regarding|re:?) your ${RELATIVE}\\b`,
  '\\bwe know (?:this|that|it) (?:is|was)\\b', '\\bwe know who you are\\b',
  "\\bi'?m the (?:surgeon|doctor|physician|dentist|provider|nurse|np|pa|doc)(?: [a-z]{1,12})? you(?:'re| are| were) (?:talking|writing)",
];

/** Said about a tagged person: "@x … 8 months after her ACL reconstruction", "post-op selfie with @x". */
const THIRD_PERSON = new RegExp([
  `\\b(?:his|her|their) (?!${GENERIC_MODIFIER}\\b)${MODIFIER}(?:${CARE_NOUNS})\\b`,
  '\\bpost-?op\\b', '\\bmy (?:patient|pt)\\b', '\\bour (?:patient|pt)\\b',
  '\\b(?:proud|happy) (?:[a-z]{1,12} )?(?:doc|doctor|surgeon|dentist|physician|nurse) moment\\b',
].join('|'), 'g');

/** What a confirming reply must not add on top: money, coverage, diagnoses, unmasking. */
const DETAIL = new RegExp([
  '\\$\\s?\\d[\\d,]{0,12}(?:\\.\\d\\d)?', '\\b(?:insurance|ppo|hmo|medicaid|medicare|copay|deductible|coverage|covered|out-of-pocket)\\b',
  '\\bdiagnos(?:is|ed|es)\\b', '\\bmedications?\\b', '\\bwe know (?:this|that|it) (?:is|was)\\b', '\\bwe know who you are\\b',
].join('|'), 'g');

export function replyDetails(lower: string): Span[] {
  return matchSpans(DETAIL, lower);
}

/** Each read only where a word that can start it is found, and built only when a draft needs it. */
const SECOND_PERSON_SCAN = lazyScan(() => SECOND_PERSON.map((source) => new RegExp(source, 'g')));
const THIRD_PERSON_SCAN = lazyScan(() => [THIRD_PERSON]);

/** The first phrase that confirms care to the person spoken to, as one alternation of them all would find it. */
export function secondPersonCare(lower: string): Span | undefined {
  return firstOfAll(SECOND_PERSON_SCAN.scan(lower));
}

export function thirdPersonCare(lower: string): Span[] {
  return THIRD_PERSON_SCAN.scan(lower)[0] as Span[];
}
