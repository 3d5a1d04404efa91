import { finding, type RuleContext } from '../../context.js';
import type { Finding, Fix } from '../../types.js';
import type { Rule } from '../rule.js';
import {
  COMPOSITE, COMPOSITE_GATE, findEncounters, type Cue, type Kind,
} from './cues.js';
import { fixFor } from './generalise.js';
import { maskPhi, overlapsAny, phiSpans, sentenceOf, sentenceStarts, type Span } from '../../text/spans.js';
import { KINDS, REPORTED, bestWindow, cuesNear, keepCues } from './windows.js';

/**
 * QI-COMBO, QI-EVENT and PHI-UNIQUE (compliance-rules.md §6): what is left of a patient story once the
 * Safe Harbor identifiers are gone can still point to one person, through the time, the setting, a
 * descriptor and a known event together, through care tied to a publicised event, or through one
 * trait only one person has.
 */

const KIND_WORDS: Record<Kind, string> = {
  time: 'when it happened', setting: 'where', descriptor: 'who the patient is', event: 'a known event or place',
};
/** Which cue a finding points at: the most identifying first. */
const STRENGTH: Record<Cue['sort'], number> = {
  role: 10, only: 10, known: 10, births: 10, disaster: 9, publicity: 9, weather: 8, rare: 8, unusual: 8, 'odd-birth': 8,
  job: 7, age: 6, 'age-sex': 6, 'age-bare': 6, 'age-range': 6, gathering: 5, place: 5, setting: 3,
  time: 2, 'time-possessive': 2,
};
const MAX_FIXES = 4;

export const quasiIdentifierRule: Rule = {
  id: 'reidentification',
  phase: 'reidentification',
  run(ctx: RuleContext): Finding[] {
    const { lower, text } = ctx.folded;
    const masked = maskPhi(lower, phiSpans(ctx));
    const encounters = findEncounters(masked);
    // Most education posts mention no one in care: nothing else needs reading.
    if (encounters.care.length === 0 && encounters.people.length === 0 && encounters.ages.length === 0) return [];
    const { own } = encounters;
    const notOwn = (s: Span) => !overlapsAny(own, s.start, s.end);
    const starts = sentenceStarts(masked);
    const n = starts.length;
    const reportedSentence = new Map<number, boolean>();
    const isReported = (at: number) => {
      const k = sentenceOf(starts, at);
      let r = reportedSentence.get(k);
      if (r === undefined) {
        r = REPORTED.test(masked.slice(starts[k] as number, starts[k + 1] ?? masked.length));
        reportedSentence.set(k, r);
      }
      return r;
    };
    const cared = encounters.care.filter(notOwn);
    // An age names someone in particular, unless the sentence reports the news about them.
    const aged = encounters.ages.filter((s) => notOwn(s) && !isReported(s.start));
    const met = [...encounters.people.filter(notOwn), ...aged];
    if (cared.length === 0 && met.length === 0) return [];

    const encounter = new Uint8Array(n);
    const care = new Uint8Array(n);
    for (const s of cared) care[sentenceOf(starts, s.start)] = encounter[sentenceOf(starts, s.start)] = 1;
    const person = new Uint8Array(n);
    for (const s of met) encounter[sentenceOf(starts, s.start)] = person[sentenceOf(starts, s.start)] = 1;
    const cues = keepCues(cuesNear(masked, text, starts, encounter), own, masked);
    // A labelled composite or hypothetical is about no one; read last, as only a draft with cues needs it.
    if (cues.length === 0 || (COMPOSITE_GATE.mayMatch(lower) && COMPOSITE.test(lower))) return [];
    const sentenceOfCue = cues.map((c) => sentenceOf(starts, c.start));

    const near = (flags: Uint8Array, at: number, before: number, after: number) => {
      for (let s = Math.max(0, at - before); s <= Math.min(n - 1, at + after); s++) if (flags[s]) return true;
      return false;
    };

    const out: Finding[] = [];
    const eventAt = cues.findIndex((c, i) => {
      const at = sentenceOfCue[i] as number;
      if (c.sort === 'disaster' || c.sort === 'publicity') return near(care, at, 1, 1);
      // A region-wide storm or flood needs both the care and someone in particular.
      return c.sort === 'weather' && near(care, at, 1, 1) && near(person, at, 1, 2);
    });
    const combo = bestWindow(cues, sentenceOfCue, encounter, n);

    if (eventAt >= 0) {
      const cue = cues[eventAt] as Cue;
      const others = combo ? combo.cues : [];
      out.push(finding(ctx, {
        ruleId: 'reidentification.event', category: 'reidentification', severity: 'block',
        start: cue.start, end: cue.end,
        message: 'Care tied to a publicised event identifies the patient to anyone who followed the news, even without a name.',
        fixes: fixesFor(ctx, [cue, ...others.filter((c) => c !== cue)]),
      }));
    } else if (combo) {
      const kinds = KINDS.filter((k) => combo.kinds.has(k));
      const strongest = [...combo.cues].sort((a, b) => STRENGTH[b.sort] - STRENGTH[a.sort] || a.start - b.start)[0] as Cue;
      out.push(finding(ctx, {
        ruleId: 'reidentification.combo', category: 'reidentification', severity: kinds.length >= 3 ? 'block' : 'warn',
        start: strongest.start, end: strongest.end,
        message: `Together, details of ${listed(kinds.map((k) => KIND_WORDS[k]))} could let people recognise this patient without a name; drop or generalise some of them, or wait before posting.`,
        fixes: fixesFor(ctx, combo.cues),
      }));
    }

    // A unique trait already named by the combined finding is not reported twice.
    const reported: Span[] = combo ? combo.cues.filter((c) => c.unique) : [];
    let uniques = 0;
    cues.forEach((cue, i) => {
      if (!cue.unique || uniques >= 3 || !near(encounter, sentenceOfCue[i] as number, 2, 2)) return;
      if (reported.some((r) => r.start < cue.end && cue.start < r.end)) return;
      reported.push(cue);
      uniques++;
      const fix = fixFor(ctx, cue);
      out.push(finding(ctx, {
        ruleId: 'reidentification.unique', category: 'reidentification', severity: 'warn',
        start: cue.start, end: cue.end,
        message: 'A trait this distinctive (a public role, a one-of-a-kind case) can identify the patient on its own; generalise it.',
        fixes: fix ? [fix] : [],
      }));
    });
    return out;
  },
};

/** "a, b and c". */
function listed(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function fixesFor(ctx: RuleContext, cues: readonly Cue[]): Fix[] {
  const fixes: Fix[] = [];
  const seenKinds = new Set<string>();
  const ordered = [...cues].sort((a, b) => fixOrder(a) - fixOrder(b) || a.start - b.start);
  const taken: Span[] = [];
  for (const c of ordered) {
    const key = c.kind === 'descriptor' ? c.sort : c.kind;
    if (seenKinds.has(key)) continue;
    // One edit per stretch of text: "Saturday's" inside "Saturday's dog attack" gets no second button.
    if (taken.some((t) => t.start < c.end && c.start < t.end)) continue;
    const fix = fixFor(ctx, c);
    if (!fix) continue;
    seenKinds.add(key);
    taken.push(c);
    fixes.push(fix);
    if (fixes.length >= MAX_FIXES) break;
  }
  return fixes;
}

function fixOrder(c: Cue): number {
  if (c.kind === 'event' && (c.sort === 'disaster' || c.sort === 'publicity')) return 0;
  if (c.kind === 'time') return 1;
  if (c.kind === 'setting') return 2;
  if (c.sort.startsWith('age')) return 3;
  return 4;
}
