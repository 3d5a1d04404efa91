import { perDraft, type RuleContext } from '../../context.js';
import {
  ANNOUNCEMENT, ASK_YOUR_CLINICIAN, CLAIM_CUE, CONDITIONAL_ADVICE, ESCALATION, EDUCATION_MARKER, GENERAL_SHOULD,
  IMPERATIVE_OPENING, PEER_QUESTION, PUBLIC_ADDRESS, RECOMMENDATION,
} from './health-vocabulary.js';
import {
  BOUNDARY_STATEMENT, CLINICAL_MEANING, COLON_LIST, COURSE, INTERVENTION_EFFECT, LIST_INTRODUCER, PRODUCT_FOR, TRIAL_RESULT,
} from './health-signals.js';
import { bodyClaim } from './body-claim.js';
import { type DraftCues, draftCues, type Forms, MATCH_CAP, readCues } from './cue-words.js';
import { DOSES, EDUCATION_WORDS, GENERAL_FACTS, GROUP_PREVENTIONS, PROGNOSES, STATISTICS } from './health-forms.js';
import { hasHealthTerm, namesHealth } from './health-words.js';

/**
 * Whether a draft gives health information or advice to the public (compliance-rules.md §6, DIS-MISSING):
 * a health topic plus something a reader could act on or learn from — a recommendation, a dose, a
 * statistic, a screening, an imperative of advice. A clinician's story, a question to peers about one
 * case, a billing rant or a practice announcement is not.
 */
export interface HealthInfo {
  /** Distinct health words, counted up to two: whether the post is about health at all. */
  topic: number;
  /**
   * Weight of the informational signals, less the signals of a peer question or an announcement; when the
   * draft is health information, possibly only as much as it took to be sure.
   */
  score: number;
  isHealthInfo: boolean;
}

// Only "none", "one" and "two or more" change the verdict, so counting stops at two.
const TOPIC_CAP = 2;
/** A repetitive draft must not be walked match by match to its end just to count distinct words. */
const MAX_MATCHES = MATCH_CAP;
const CONDITIONAL = /\bif (?:you|your|you're|you've|someone|a (?:child|friend|loved one)|your (?:child|kid|baby))\b/;

export const healthInfo: (ctx: RuleContext) => HealthInfo = perDraft((ctx) => classify(ctx.folded.lower));

/** Distinct health words (HEALTH_TERM matches, then CLINICAL_SHAPE's), up to TOPIC_CAP. */
function countTopic(cues: DraftCues): number {
  const seen = new Set<string>();
  for (const found of [cues.healthTerms, cues.clinicalWords]) {
    for (let k = 0; k < found.length && seen.size < TOPIC_CAP; k += 2) {
      seen.add(cues.text.slice(found[k] as number, found[k + 1] as number));
    }
    if (seen.size >= TOPIC_CAP) break;
  }
  return seen.size;
}

/** Whether pairs (ascending [start, end) pairs) has one inside [from, to). */
function anyInside(pairs: readonly number[], from: number, to: number): boolean {
  for (let k = 0; k < pairs.length && (pairs[k] as number) < to; k += 2) {
    if ((pairs[k] as number) >= from && (pairs[k + 1] as number) <= to) return true;
  }
  return false;
}

/**
 * Whether lower[from, to) names health or a dose: an imperative about health. The span opens on
 * punctuation or the start, which no health word holds; when it also closes on a sentence end or the
 * end of the draft, its health words are the draft's that lie inside it, already found.
 */
function aboutHealth(cues: DraftCues, from: number, to: number): boolean {
  const lower = cues.text;
  const closed = to === lower.length || isSentenceEnd(lower.charCodeAt(to));
  const complete = cues.healthTerms.length < 2 * MATCH_CAP && cues.clinicalWords.length < 2 * MATCH_CAP;
  const s = lower.slice(from, to);
  const health = closed && complete
    ? anyInside(cues.healthTerms, from, to) || anyInside(cues.clinicalWords, from, to)
    : namesHealth(s);
  return health || DOSES.test(readCues(s));
}

/**
 * Points for imperatives of advice: 2 for each whose sentence is about health, 1 at most for the others
 * ("Tape those remotes shut!"), none for social requests ("Please share").
 */
function imperativePoints(cues: DraftCues): number {
  const lower = cues.text;
  let health = 0;
  let other = 0;
  IMPERATIVE_OPENING.lastIndex = 0;
  let tries = 0;
  for (let m = IMPERATIVE_OPENING.exec(lower); m && health < 2 && tries < 200; m = IMPERATIVE_OPENING.exec(lower), tries++) {
    const from = m.index;
    let to = from + m[0].length;
    const limit = Math.min(lower.length, from + 220);
    while (to < limit && !isSentenceEnd(lower.charCodeAt(to))) to++;
    if (aboutHealth(cues, from, to)) health++;
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

/** distinctMatches() for a pattern given as its forms. */
function distinct(cues: DraftCues, forms: Forms): number {
  const seen = new Set<string>();
  let tries = 0;
  forms.each(cues, (start, end) => {
    seen.add(cues.text.slice(start, end));
    tries++;
    return seen.size < 2 && tries < MAX_MATCHES;
  });
  return seen.size;
}

/** Practice news. "Graduat…" begins words no list can name in full, so with it the pattern scans the draft. */
function announcement(cues: DraftCues, lower: string): boolean {
  if (lower.includes('graduat')) return ANNOUNCEMENT.test(lower);
  return cues.has('announcement') && cues.testAt(ANNOUNCEMENT, 'announcementStart');
}

/** The verdict once the signals for health information outweigh every signal against it. */
function certain(topic: number, score: number): HealthInfo {
  return { topic, score, isHealthInfo: true };
}

export function classify(lower: string): HealthInfo {
  const cues = draftCues(lower);
  const topic = countTopic(cues);
  if (topic === 0) return { topic, score: 0, isHealthInfo: false };
  // The signals against (a question to peers, practice news, a boundary statement) are read first. Every
  // other signal adds, so once those counted outweigh the signals against by the threshold, the verdict
  // cannot change and the rest are not read.
  const peer = cues.has('peer') && PEER_QUESTION.test(lower);
  const announces = announcement(cues, lower);
  const boundary = cues.has('boundary') && BOUNDARY_STATEMENT.test(lower);
  const against = (peer ? 3 : 0) + (announces ? 2 : 0) + (boundary ? 3 : 0);
  const needed = (topic >= 2 ? 2 : 3) + against;
  const digit = cues.digit;
  let score = 0;
  if (DOSES.test(cues)) score += 2;
  if (cues.has('recommendation') && RECOMMENDATION.test(lower)) score += 2;
  if (score >= needed) return certain(topic, score - against);
  if (cues.has('generalShould') && cues.testAt(GENERAL_SHOULD, 'generalShouldStart')) score += 2;
  if (cues.has('askYourClinician') && cues.testAt(ASK_YOUR_CLINICIAN, 'askStart')) score += 2;
  if (score >= needed) return certain(topic, score - against);
  if (cues.has('imperative')) score += imperativePoints(cues);
  if (cues.has('escalation') && ESCALATION.test(lower)) score += 2;
  if (cues.has('conditional') && CONDITIONAL_ADVICE.test(lower)) score += 2;
  if (cues.has('claimCue') && cues.testAt(CLAIM_CUE, 'claimCueStart')) score += 3;
  if (score >= needed) return certain(topic, score - against);
  if (STATISTICS.test(cues)) score += 2;
  // A hashtag can start an education marker anywhere: then the pattern scans the whole draft.
  if (cues.hash) score += distinctMatches(EDUCATION_MARKER, lower, 2);
  else score += distinct(cues, EDUCATION_WORDS);
  score += distinct(cues, GENERAL_FACTS);
  if (score >= needed) return certain(topic, score - against);
  // What a reader learns without being told to act: course, prevention for a group, evidence, meaning.
  // A prognosis or a study result is information on its own; the course of one injury may be a story.
  if (PROGNOSES.test(cues)) score += 3;
  if (cues.has('course') && cues.testAt(COURSE, 'courseStart')) score += 2;
  if (GROUP_PREVENTIONS.test(cues)) score += 2;
  if (cues.has('trial') && TRIAL_RESULT.test(lower)) score += 3;
  if (score >= needed) return certain(topic, score - against);
  // A promotion that states what an intervention does to health still informs, so its call to join does not discount it.
  const claimsEffect = (cues.has('effectBy') && (digit || cues.has('effectAmount')) && INTERVENTION_EFFECT.test(lower))
    || bodyClaim(cues);
  if (claimsEffect) score += 3;
  if (cues.has('meaning') && cues.testAt(CLINICAL_MEANING, 'meaningStart')) score += 2;
  // A product praised for a health use is a health claim, the word checked beside it.
  if (cues.has('productFor') && healthNear(PRODUCT_FOR, lower, 40)) score += 3;
  if (lower.includes(':') && symptomList(lower)) score += 2;
  if (cues.has('conditional') && CONDITIONAL.test(lower)) score += 1;
  if (PUBLIC_ADDRESS.test(lower)) score += 1;
  if (peer) score -= 3;
  if (!claimsEffect && announces) score -= 2;
  if (boundary) score -= 3;
  return { topic, score, isHealthInfo: (topic >= 2 && score >= 2) || score >= 3 };
}
