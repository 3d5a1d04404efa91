import type { RuleContext } from '../../context.js';
import {
  ANNOUNCEMENT, ASK_YOUR_CLINICIAN, CLAIM_CUE, CLINICAL_SHAPE, CONDITIONAL_ADVICE, DOSE, ESCALATION, EDUCATION_MARKER, GENERAL_FACT, GENERAL_SHOULD,
  HEALTH_TERM, IMPERATIVE_OPENING, PEER_QUESTION, PUBLIC_ADDRESS, RECOMMENDATION, STATISTIC,
} from './health-vocabulary.js';
import {
  BOUNDARY_STATEMENT, CLINICAL_MEANING, COLON_LIST, GROUP_PREVENTION, COURSE, INTERVENTION_EFFECT, LIST_INTRODUCER, PROGNOSIS, PRODUCT_FOR, TRIAL_RESULT,
} from './health-signals.js';

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
const HEALTH_ONE = new RegExp(HEALTH_TERM.source);
const CLINICAL_ONE = new RegExp(CLINICAL_SHAPE.source);
/**
 * A claim that something acts on the body: "movement breaks help blood sugar", "batteries burn through the
 * esophagus".
 * The verb must be followed at once by a health word, so "help our food drive" is not one.
 */
const BODY_CLAIM = new RegExp(
  '\\b(?:help|helps|lower|lowers|raise|raises|reduce|reduces|improve|improves|boost|boosts|blunt|blunts|stabili[sz]es?|regulates?|strengthens?|ease|eases|relieve|relieves|cause|causes|trigger|triggers|worsen|worsens|calm|calms|spike|spikes|damage|damages|injures?|irritates?|inflames?|weakens?|supports?|promotes?|(?:burn|burns|eat|eats) through) '
  + '(?:your |the |their |a |post-meal |after-meal |morning |fasting |resting |healthy |overall )?(?:' + HEALTH_TERM.source.slice(5, -3) + ')\\b',
);
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

function countTopic(lower: string): number {
  const seen = new Set<string>();
  for (const re of [HEALTH_TERM, CLINICAL_SHAPE]) {
    if (seen.size >= TOPIC_CAP) break;
    re.lastIndex = 0;
    let tries = 0;
    for (let m = re.exec(lower); m && seen.size < TOPIC_CAP && tries < MAX_MATCHES; m = re.exec(lower), tries++) seen.add(m[0]);
    re.lastIndex = 0;
  }
  return seen.size;
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
    while (to < limit && !/[.!?\n]/.test(lower[to] as string)) to++;
    const sentence = lower.slice(from, to);
    if (HEALTH_ONE.test(sentence) || CLINICAL_ONE.test(sentence) || DOSE.test(sentence)) health++;
    else if (!m[1]) other = 1;
  }
  IMPERATIVE_OPENING.lastIndex = 0;
  return Math.min(3, health * 2 + other);
}

/** Whether some match of `re` has a health word within `reach` characters after it (or before, for a list). */
function healthNear(re: RegExp, lower: string, reach: number, before = 0): boolean {
  re.lastIndex = 0;
  let found = false;
  let tries = 0;
  for (let m = re.exec(lower); m && !found && tries < 50; m = re.exec(lower), tries++) {
    const end = m.index + m[0].length;
    const around = lower.slice(Math.max(0, m.index - before), Math.min(lower.length, end + reach));
    found = HEALTH_ONE.test(around) || CLINICAL_ONE.test(around);
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
    found = LIST_INTRODUCER.test(head) || ((HEALTH_ONE.test(head) || CLINICAL_ONE.test(head)) && HEALTH_ONE.test(list));
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
  let score = 0;
  if (DOSE.test(lower)) score += 2;
  if (RECOMMENDATION.test(lower)) score += 2;
  if (GENERAL_SHOULD.test(lower)) score += 2;
  if (ASK_YOUR_CLINICIAN.test(lower)) score += 2;
  score += imperativePoints(lower);
  if (ESCALATION.test(lower)) score += 2;
  if (CONDITIONAL_ADVICE.test(lower)) score += 2;
  if (CLAIM_CUE.test(lower)) score += 3;
  if (STATISTIC.test(lower)) score += 2;
  score += distinctMatches(EDUCATION_MARKER, lower, 2);
  score += distinctMatches(GENERAL_FACT, lower, 2);
  // What a reader learns without being told to act: course, prevention for a group, evidence, meaning.
  // A prognosis or a study result is information on its own; the course of one injury may be a story.
  if (PROGNOSIS.test(lower)) score += 3;
  if (COURSE.test(lower)) score += 2;
  if (GROUP_PREVENTION.test(lower)) score += 2;
  if (TRIAL_RESULT.test(lower)) score += 3;
  // A promotion that states what an intervention does to health still informs, so its call to join does not discount it.
  const claimsEffect = INTERVENTION_EFFECT.test(lower) || BODY_CLAIM.test(lower);
  if (claimsEffect) score += 3;
  if (CLINICAL_MEANING.test(lower)) score += 2;
  // A product praised for a health use is a health claim, the word checked beside it.
  if (healthNear(PRODUCT_FOR, lower, 40)) score += 3;
  if (symptomList(lower)) score += 2;
  if (CONDITIONAL.test(lower)) score += 1;
  if (PUBLIC_ADDRESS.test(lower)) score += 1;
  if (PEER_QUESTION.test(lower)) score -= 3;
  if (ANNOUNCEMENT.test(lower) && !claimsEffect) score -= 2;
  if (BOUNDARY_STATEMENT.test(lower)) score -= 3;
  return { topic, score, isHealthInfo: (topic >= 2 && score >= 2) || score >= 3 };
}
