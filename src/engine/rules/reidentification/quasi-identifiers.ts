import { finding, type RuleContext } from '../../context.js';
import type { Finding, Fix } from '../../types.js';
import type { Rule } from '../rule.js';
import {
  COMPOSITE, ageSpans, careSpans, encounterSpans, findCues, ownFamilySpans, type Cue, type Kind,
} from './cues.js';
import { fixFor } from './generalise.js';
import {
  MASK, maskPhi, overlapsAny, phiSpans, sentenceOf, sentenceStarts, type Span,
} from './text-spans.js';

/**
 * QI-COMBO, QI-EVENT and PHI-UNIQUE (compliance-rules.md §6): what is left of a patient story once the
 * Safe Harbor identifiers are gone can still point to one person, through the time, the setting, a
 * descriptor and a known event together, through care tied to a publicised event, or through one
 * trait only one person has.
 */

/** Cues count together when they sit within this many consecutive sentences (one encounter). */
const WINDOW = 4;
const KINDS: readonly Kind[] = ['time', 'setting', 'descriptor', 'event'];
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
    if (COMPOSITE.test(lower)) return [];
    const masked = maskPhi(lower, phiSpans(ctx));
    const own = ownFamilySpans(masked);
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
    const cared = careSpans(masked).filter(notOwn);
    // An age names someone in particular, unless the sentence reports the news about them.
    const aged = ageSpans(masked).filter((s) => notOwn(s) && !isReported(s.start));
    const met = [...encounterSpans(masked).filter(notOwn), ...aged];
    if (cared.length === 0 && met.length === 0) return [];

    const encounter = new Uint8Array(n);
    const care = new Uint8Array(n);
    for (const s of cared) care[sentenceOf(starts, s.start)] = encounter[sentenceOf(starts, s.start)] = 1;
    const person = new Uint8Array(n);
    for (const s of met) encounter[sentenceOf(starts, s.start)] = person[sentenceOf(starts, s.start)] = 1;
    const cues = keepCues(cuesNear(masked, text, starts, encounter), own, masked);
    if (cues.length === 0) return [];
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

/**
 * The cues in the sentences close enough to an encounter to count with it; the rest of a long post
 * is not read at all.
 */
function cuesNear(masked: string, cased: string, starts: number[], encounter: Uint8Array): Cue[] {
  const n = starts.length;
  const reach = WINDOW - 1;
  const read = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    if (!encounter[s]) continue;
    for (let k = Math.max(0, s - reach); k <= Math.min(n - 1, s + reach); k++) read[k] = 1;
  }
  const out: Cue[] = [];
  for (let s = 0; s < n; s++) {
    if (!read[s]) continue;
    let e = s;
    while (e + 1 < n && read[e + 1]) e++;
    const from = starts[s] as number;
    const to = starts[e + 1] ?? masked.length;
    for (const c of findCues(masked.slice(from, to), cased.slice(from, to))) {
      c.start += from;
      c.end += from;
      out.push(c);
    }
    s = e;
  }
  return out;
}

/**
 * Drops cues that say nothing about a patient: inside the author's own family, a weekday or time that
 * only extends a date already counted as a Safe Harbor span, and cues nested in a wider one of the
 * same sort.
 */
function keepCues(cues: Cue[], own: Span[], masked: string): Cue[] {
  const out: Cue[] = [];
  const lastEnd = new Map<string, number>();
  for (const c of cues) {
    if (overlapsAny(own, c.start, c.end)) continue;
    if (c.kind === 'descriptor' && COLLEAGUE_BEFORE.test(masked.slice(Math.max(0, c.start - 30), c.start))) continue;
    if (c.kind === 'time' && touchesMask(masked, c)) continue;
    const key = c.sort.startsWith('age') ? 'age' : c.sort;
    if ((lastEnd.get(key) ?? -1) > c.start) continue;
    lastEnd.set(key, c.end);
    out.push(c);
  }
  return out;
}

/** A sentence that passes on what the news said about someone, not an encounter of the author's. */
const REPORTED = /\b(?:(?:to|i|we) read|reading|heard|news (?:says|said|reports?)|reported|according to|in the news|headlines?|article|obituary)\b/;

/** "Dr. Kim, the first woman to chair surgery": a colleague's distinction, not a patient's. */
const COLLEAGUE_BEFORE = /\bdr\.? [a-z\u00a4][a-z\u00a4'-]{0,20},? $/;

function touchesMask(masked: string, c: Span): boolean {
  const before = masked.slice(Math.max(0, c.start - 2), c.start);
  const after = masked.slice(c.end, c.end + 2);
  return before.includes(MASK) || after.includes(MASK);
}

interface Combo { cues: Cue[]; kinds: Set<Kind> }

/**
 * The run of WINDOW sentences around an encounter with the most kinds of cue. Two kinds count only
 * when one says who the patient is or what happened (time and setting alone describe every shift).
 * Cues are in text order, so two pointers walk the windows in one pass.
 */
function bestWindow(cues: Cue[], sentenceOfCue: number[], encounter: Uint8Array, n: number): Combo | undefined {
  const met = new Uint32Array(n + 1);
  for (let s = 0; s < n; s++) met[s + 1] = (met[s] as number) + (encounter[s] as number);
  const counts = new Map<Kind, number>();
  let telling = 0;
  const isTelling = (c: Cue) => (c.kind === 'event' && c.sort !== 'weather') || (c.kind === 'descriptor' && c.sort !== 'age-range');
  let best: Combo | undefined;
  let bestScore = 0;
  let j = 0;
  let dropped = 0;
  for (let i = 0; i < cues.length; i++) {
    const first = sentenceOfCue[i] as number;
    if (i > 0 && sentenceOfCue[i - 1] === first) continue;
    const last = Math.min(n - 1, first + WINDOW - 1);
    for (; j < cues.length && (sentenceOfCue[j] as number) <= last; j++) {
      const c = cues[j] as Cue;
      counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
      if (isTelling(c)) telling++;
    }
    // Every cue before index i lies in an earlier sentence: it leaves the window.
    for (; dropped < i; dropped++) {
      const c = cues[dropped] as Cue;
      counts.set(c.kind, (counts.get(c.kind) as number) - 1);
      if (isTelling(c)) telling--;
    }
    if ((met[last + 1] as number) - (met[first] as number) === 0) continue;
    const kinds = new Set(KINDS.filter((k) => (counts.get(k) ?? 0) > 0));
    // An age decade ("in her 40s") or a region-wide storm is too common to tip two kinds into a warning.
    const score = kinds.size >= 3 || (kinds.size === 2 && telling > 0) ? kinds.size : 0;
    if (score > bestScore) {
      best = { cues: cues.slice(i, j), kinds };
      bestScore = score;
    }
  }
  return best;
}

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
