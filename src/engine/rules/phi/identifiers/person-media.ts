import { finding, type RuleContext } from '../../../context.js';
import type { Finding, PhiType } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { type Hit, MAX_ATTEMPTS, MAX_HITS } from './hits.js';
import { sentenceAround } from './sentences.js';
import { type Alternative, WordAlternation } from './word-patterns.js';

/**
 * Biometric records and full-face photos of a patient, named in the text. The identifier is the record or
 * image itself, not these words, so there is no text fix: the message says what to do instead.
 */

const alt = (words: string, source: string): Alternative => ({ words: words.split(' '), source });

/** Each alternative lists the words its matches can start with (a unit test reads them off the source). */
export const BIOMETRIC = new WordAlternation([
  alt('finger thumb palm fingerprint fingerprints thumbprint thumbprints palmprint palmprints',
    String.raw`(?:finger|thumb|palm)\s?prints?(?:\s+(?:scan|image|record|card|sample|template)s?)?`),
  alt('voice voiceprint voiceprints', String.raw`voice\s?prints?`),
  alt('voice', String.raw`voice\s+(?:recording|sample|clip|signature|memo|note)s?`),
  alt('hand finger', String.raw`(?:hand|finger)\s+geometry`),
  alt('palm', String.raw`palm\s+vein\s+(?:scan|pattern|print)s?`),
  alt('retina iris', String.raw`(?:retina|iris)\s+(?:scan|print|image)s?`),
  alt('facial face', String.raw`(?:facial|face)\s+(?:geometry|template|recognition\s+(?:data|scan|template|profile))`),
  alt('gait', String.raw`gait\s+(?:recording|signature|print|video)s?`),
  alt('dna', String.raw`DNA\s+(?:profile|fingerprint|print)s?`),
  alt('genetic', String.raw`genetic\s+fingerprint`),
], String.raw`\b`, String.raw`\b`, 'i');
/** A phone feature or a lock, not a record of the person. */
const DEVICE_FEATURE_AFTER = /^\s*(?:login|log-in|sensor|reader|unlock|scanners?|lock|ID|authentication|recognition|app)\b/i;
const SOMATIC_BEFORE = /\b(?:tumou?r(?:'s)?|cancer(?:'s)?|somatic|ctDNA|cfDNA|bacterial|viral|microbial)\s+$/i;

export const PHOTO = new WordAlternation([
  alt('full fullface fullfacial',
    String.raw`full[- ]?fac(?:e|ial)\s+(?:photo(?:graph)?|picture|pic|image|shot|selfie|portrait|headshot|view)s?`),
  alt('photo photos photograph photographs picture pictures pic pics image images selfie selfies snapshot snapshots video videos close closeup closeups portrait portraits',
    String.raw`(?:photo(?:graph)?|picture|pic|image|selfie|snapshot|video|close-?up|portrait)s?\s+(?:of|showing|with)\s+(?:his|her|their|the\s+patient's|my\s+patient's|a\s+patient's|[A-Z][a-z]+'s)\s+(?:whole\s+|entire\s+|full\s+)?face`),
  alt('face facial', String.raw`(?:face|facial)\s+(?:photo(?:graph)?|picture|pic|image|shot)s?`),
  alt('unblurred', String.raw`unblurred\s+(?:photo|picture|pic|image|video)s?`),
  alt('head headshot headshots', String.raw`head-?shots?`),
  alt('mug mugshot mugshots', String.raw`mug-?\s?shots?`),
  alt('passport', String.raw`passport\s+photos?`),
  alt('id', String.raw`ID\s+photos?`),
], String.raw`\b`, String.raw`\b`, 'i');

const BUILT_IN_OWNER = /\b(?:of|showing|with)\s+(?:his|her|their|the\s+patient's|my\s+patient's|a\s+patient's|[A-Z][a-z]+'s)\s/i;
const NOT_REAL = /\b(?:stock|illustrat\w*|sample|example|mock-?up|AI-generated|model|drawing|diagram|cartoon|my\s+own)\s+$/i;

/** Someone in particular is meant: a patient, a title, a pronoun or a possessive just before. */
const PERSON_IN_SENTENCE = /\b(?:patient|pt)(?:'s)?\b|\b(?:his|her|their|him|she|he)\b|\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z]/i;
const POSSESSIVE_BEFORE = /\b[A-Z][a-z]+'s\s+$|\b(?:his|her|their)\s+$/;

function mediaHits(text: string, lower: string, kind: 'BIOMETRIC' | 'PHOTO'): Hit[] {
  const out: Hit[] = [];
  let attempts = 0;
  for (const m of (kind === 'BIOMETRIC' ? BIOMETRIC : PHOTO).matches(text, lower, MAX_ATTEMPTS)) {
    if (out.length >= MAX_HITS || ++attempts > MAX_ATTEMPTS) break;
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    if (NOT_REAL.test(before)) continue;
    if (kind === 'BIOMETRIC') {
      if (DEVICE_FEATURE_AFTER.test(text.slice(end, end + 16))) continue;
      if (SOMATIC_BEFORE.test(before)) continue;
    }
    if (kind === 'PHOTO' && BUILT_IN_OWNER.test(m[0])) {
      out.push({ start, end });
      continue;
    }
    const s = sentenceAround(text, start, end);
    if (POSSESSIVE_BEFORE.test(before) || PERSON_IN_SENTENCE.test(text.slice(s.start, s.end))) out.push({ start, end });
  }
  return out;
}

function report(ctx: RuleContext, hits: Hit[], ruleId: string, phiType: PhiType, message: string): Finding[] {
  return hits.map((h) => finding(ctx, { ruleId, category: 'phi', severity: 'block', phiType, start: h.start, end: h.end, message }));
}

export function findBiometrics(text: string, lower = text.toLowerCase()): Hit[] {
  return mediaHits(text, lower, 'BIOMETRIC');
}

export function findFacePhotos(text: string, lower = text.toLowerCase()): Hit[] {
  return mediaHits(text, lower, 'PHOTO');
}

export const biometricRule: Rule = {
  id: 'phi.biometric',
  phase: 'phi',
  run(ctx: RuleContext): Finding[] {
    return report(ctx, findBiometrics(ctx.folded.text, ctx.folded.lower), 'phi.biometric', 'BIOMETRIC',
      "A patient's fingerprint, voice, iris, face geometry or DNA profile identifies them; share it only with their written authorization.");
  },
};

export const facePhotoRule: Rule = {
  id: 'phi.photo',
  phase: 'phi',
  run(ctx: RuleContext): Finding[] {
    return report(ctx, findFacePhotos(ctx.folded.text, ctx.folded.lower), 'phi.photo', 'PHOTO',
      "A full-face photo of a patient identifies them; post it only with their written authorization, or crop the face out.");
  },
};
