import type { RuleContext } from '../../context.js';
import {
  ANNOUNCEMENT, ASK_YOUR_CLINICIAN, CLAIM_CUE, CONDITIONAL_ADVICE, DOSE, ESCALATION, EDUCATION_MARKER, GENERAL_FACT, GENERAL_SHOULD,
  IMPERATIVE_OPENING, PEER_QUESTION, PUBLIC_ADDRESS, RECOMMENDATION, STATISTIC,
} from './health-vocabulary.js';
import {
  BOUNDARY_STATEMENT, CLINICAL_MEANING, COLON_LIST, GROUP_PREVENTION, COURSE, INTERVENTION_EFFECT, LIST_INTRODUCER, PROGNOSIS, PRODUCT_FOR, TRIAL_RESULT,
} from './health-signals.js';
import { bodyClaim } from './body-claim.js';
import {
  type DraftWords, draftWords, eachClinicalWord, eachHealthTerm, hasAnyWord, hasHealthTerm, namesHealth, wordKeys,
} from './health-words.js';

/**
 * Whether a draft gives health information or advice to the public (compliance-rules.md §6, DIS-MISSING):
 * a health topic plus something a reader could act on or learn from — a recommendation, a dose, a
 * statistic, a screening, an imperative of advice. A clinician's story, a question to peers about one
 * case, a billing rant or a practice announcement is not.
 */
export interface HealthInfo {
  /** Distinct health words, counted up to two: whether the post is about health at all. */
  topic: number;
  /** Weight of the informational signals, less the signals of a peer question or an announcement. */
  score: number;
  isHealthInfo: boolean;
}

// Only "none", "one" and "two or more" change the verdict, so counting stops at two.
const TOPIC_CAP = 2;
/** A repetitive draft must not be walked match by match to its end just to count distinct words. */
const MAX_MATCHES = 400;
const CONDITIONAL = /\bif (?:you|your|you're|you've|someone|a (?:child|friend|loved one)|your (?:child|kid|baby))\b/;

const cache = new WeakMap<RuleContext['folded'], HealthInfo>();

export function healthInfo(ctx: RuleContext): HealthInfo {
  let hit = cache.get(ctx.folded);
  if (!hit) {
    hit = classify(ctx.folded.lower);
    cache.set(ctx.folded, hit);
  }
  return hit;
}

/** Distinct health words (HEALTH_TERM matches, then CLINICAL_SHAPE's), up to TOPIC_CAP. */
function countTopic(lower: string): number {
  const seen = new Set<string>();
  let tries = 0;
  const add = (start: number, end: number): boolean => {
    if (seen.size >= TOPIC_CAP || tries >= MAX_MATCHES) return false;
    seen.add(lower.slice(start, end));
    tries++;
    return seen.size < TOPIC_CAP && tries < MAX_MATCHES;
  };
  eachHealthTerm(lower, add);
  if (seen.size >= TOPIC_CAP) return seen.size;
  tries = 0;
  eachClinicalWord(lower, add);
  return seen.size;
}

/**
 * Words without which a pattern cannot match, one list per pattern: a draft that has none of them skips
 * the pattern, so most patterns are never run, nor compiled, on a given draft.
 */
const NEEDS = {
  dose: 'once twice three four one two',
  recommendation: 'recommend recommends recommended recommendation recommendations guideline guidelines uspstf cdc fda nih who acog aap acip standard first gold',
  generalShould: 'should need needs must ought',
  askYourClinician: 'ask doctor physician clinician pharmacist dentist gi cardiologist dermatologist nurse provider pediatrician ob surgeon specialist team',
  imperative: 'ask talk check get keep avoid don do never always watch know remember make drink eat wear take stop start see book schedule try limit cut skip remove tape look learn protect wash cover stay apply reapply sit quit designate teach put think hold choose cool lock store test measure move walk sleep lower reduce treat be consider aim plan swap add include give ice elevate compress rest stretch hydrate floss brush buckle',
  escalation: '911 988 999 112 poison ambulance er ed emergency urgent immediate',
  claimCue: 'guarantee guaranteed 100 side works miracle cure cures reverse reverses reversed reversing risk melt melts lost',
  statistic: 'million',
  education: 'psa 101 pearl tip tips reminder awareness world did fun myth myths quick lesson lessons teaching rule take takehome what early warning sign signs symptom symptoms red most risk things how quiz classic evidence studies trials research data',
  prognosis: 'most many nearly almost majority risk odds chance chances rate rates survival recurrence relapse cure remission life prognosis',
  course: 'resolve resolves clear clears goes heal heals recover recovers recovery improve improves get gets',
  groupPrevention: 'protect protects shield shields prevent prevents spread transmission everyone anyone all adults kids people women men pregnancy',
  trial: 'rct rcts randomized randomised meta systematic trial study cohort paper link abstract article doi pubmed pmid',
  effectBy: 'by',
  effectAmount: 'half third quarter fifth thirds',
  meaning: 'mean means signal signals reflect reflects point points indicate indicates sign symptom marker flag emergency',
  productFor: 'amazing great perfect wonderful fantastic brilliant excellent ideal magic game lifesaver must best wonders go',
  conditional: 'if',
  peer: 'anyone thoughts any would what how curbside case hive serious question asking',
  announcement: 'office closed now join we excited congratulations last heading poster come sign health march',
  boundary: 'me examine diagnose treat assess advise give',
} as const;

type Need = keyof typeof NEEDS;
let needKeys: Record<Need, number[]> | undefined;

/** Whether the draft has one of the words `need` lists. */
function has(words: DraftWords, need: Need): boolean {
  if (!needKeys) {
    const keys: Partial<Record<Need, number[]>> = {};
    for (const k of Object.keys(NEEDS) as Need[]) keys[k] = wordKeys(NEEDS[k]);
    needKeys = keys as Record<Need, number[]>;
  }
  return hasAnyWord(words, needKeys[need]);
}

/** Whether `s` names health or a dose: an imperative about health. */
function aboutHealth(s: string): boolean {
  return namesHealth(s) || DOSE.test(s);
}

/**
 * Points for imperatives of advice: 2 for each whose sentence is about health, 1 at most for the others
 * ("Tape those remotes shut!"), none for social requests ("Please share").
 */
function imperativePoints(lower: string): number {
  let health = 0;
  let other = 0;
  IMPERATIVE_OPENING.lastIndex = 0;
  let tries = 0;
  for (let m = IMPERATIVE_OPENING.exec(lower); m && health < 2 && tries < 200; m = IMPERATIVE_OPENING.exec(lower), tries++) {
    const from = m.index;
    let to = from + m[0].length;
    const limit = Math.min(lower.length, from + 220);
    while (to < limit && !isSentenceEnd(lower.charCodeAt(to))) to++;
    if (aboutHealth(lower.slice(from, to))) health++;
    else if (!m[1]) other = 1;
  }
  IMPERATIVE_OPENING.lastIndex = 0;
  return Math.min(3, health * 2 + other);
}

/** `[.!?\n]` */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

/** Whether some match of `re` has a health word within `reach` characters after it. */
function healthNear(re: RegExp, lower: string, reach: number): boolean {
  re.lastIndex = 0;
  let found = false;
  let tries = 0;
  for (let m = re.exec(lower); m && !found && tries < 50; m = re.exec(lower), tries++) {
    const end = m.index + m[0].length;
    found = namesHealth(lower.slice(m.index, Math.min(lower.length, end + reach)));
  }
  re.lastIndex = 0;
  return found;
}

/**
 * "Sepsis signs: fever, fast heart rate, confusion" or "Heat stroke: confusion, hot dry skin, collapse".
 * A list after a name, a town or "start small" is a story or a plan, not symptoms.
 */
function symptomList(lower: string): boolean {
  COLON_LIST.lastIndex = 0;
  let found = false;
  let tries = 0;
  for (let m = COLON_LIST.exec(lower); m && !found && tries < 50; m = COLON_LIST.exec(lower), tries++) {
    const head = lower.slice(Math.max(0, m.index - 30), m.index);
    // The list and the rest of its sentence: the health word may close it ("numb, waxy, white skin").
    const list = lower.slice(m.index, Math.min(lower.length, m.index + m[0].length + 60));
    found = LIST_INTRODUCER.test(head) || (namesHealth(head) && hasHealthTerm(list));
  }
  COLON_LIST.lastIndex = 0;
  return found;
}

function distinctMatches(re: RegExp, lower: string, cap: number): number {
  const seen = new Set<string>();
  re.lastIndex = 0;
  let tries = 0;
  for (let m = re.exec(lower); m && seen.size < cap && tries < MAX_MATCHES; m = re.exec(lower), tries++) seen.add(m[0]);
  re.lastIndex = 0;
  return seen.size;
}

export function classify(lower: string): HealthInfo {
  const topic = countTopic(lower);
  if (topic === 0) return { topic, score: 0, isHealthInfo: false };
  const words = draftWords(lower);
  const digit = words.digit;
  let score = 0;
  if ((digit || has(words, 'dose')) && DOSE.test(lower)) score += 2;
  if (has(words, 'recommendation') && RECOMMENDATION.test(lower)) score += 2;
  if (has(words, 'generalShould') && GENERAL_SHOULD.test(lower)) score += 2;
  if (has(words, 'askYourClinician') && ASK_YOUR_CLINICIAN.test(lower)) score += 2;
  if (has(words, 'imperative')) score += imperativePoints(lower);
  if (has(words, 'escalation') && ESCALATION.test(lower)) score += 2;
  if (has(words, 'conditional') && CONDITIONAL_ADVICE.test(lower)) score += 2;
  if (has(words, 'claimCue') && CLAIM_CUE.test(lower)) score += 3;
  const statistic = digit || has(words, 'statistic') || lower.includes('risk') || lower.includes('survival') || lower.includes('chance');
  if (statistic && STATISTIC.test(lower)) score += 2;
  if (words.hash || has(words, 'education')) score += distinctMatches(EDUCATION_MARKER, lower, 2);
  score += distinctMatches(GENERAL_FACT, lower, 2);
  // What a reader learns without being told to act: course, prevention for a group, evidence, meaning.
  // A prognosis or a study result is information on its own; the course of one injury may be a story.
  if ((digit || has(words, 'prognosis')) && PROGNOSIS.test(lower)) score += 3;
  if (has(words, 'course') && COURSE.test(lower)) score += 2;
  if (has(words, 'groupPrevention') && GROUP_PREVENTION.test(lower)) score += 2;
  if (has(words, 'trial') && TRIAL_RESULT.test(lower)) score += 3;
  // A promotion that states what an intervention does to health still informs, so its call to join does not discount it.
  const claimsEffect = (has(words, 'effectBy') && (digit || has(words, 'effectAmount')) && INTERVENTION_EFFECT.test(lower))
    || bodyClaim(lower);
  if (claimsEffect) score += 3;
  if (has(words, 'meaning') && CLINICAL_MEANING.test(lower)) score += 2;
  // A product praised for a health use is a health claim, the word checked beside it.
  if (has(words, 'productFor') && healthNear(PRODUCT_FOR, lower, 40)) score += 3;
  if (lower.includes(':') && symptomList(lower)) score += 2;
  if (has(words, 'conditional') && CONDITIONAL.test(lower)) score += 1;
  if (PUBLIC_ADDRESS.test(lower)) score += 1;
  if (has(words, 'peer') && PEER_QUESTION.test(lower)) score -= 3;
  if (!claimsEffect && (has(words, 'announcement') || lower.includes('graduat')) && ANNOUNCEMENT.test(lower)) score -= 2;
  if (has(words, 'boundary') && BOUNDARY_STATEMENT.test(lower)) score -= 3;
  return { topic, score, isHealthInfo: (topic >= 2 && score >= 2) || score >= 3 };
}
