import { analyze } from '../src/engine/index.js';
import type { Platform } from '../src/engine/types.js';
import { draftOfLength, HOSTILE } from './drafts.js';

export interface Stats { n: number; p50: number; p95: number; max: number; mean: number }

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] as number, mean };
}

/** performance.now(), not process.hrtime: the same code times the engine in Node and in Chromium. */
function timeMs(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/**
 * Warm-up before the timed runs. The budgets are for an engine the JIT has finished optimising, as in a
 * bulk run of the command line; a fresh worker's first checks are measured on their own (cold-start.ts,
 * the browser's worker-asleep rows) and the warm-up itself is reported (Latency.warming). Node 20's V8
 * keeps speeding the engine up for several thousand checks: on 280-character drafts, p95 was 0.64 ms
 * after 1,500 checks, 0.33 after 5,500 and 0.27 after 13,500, with the young generation fixed at its
 * largest size too, so it is the JIT and not the heap growing.
 */
const WARM_UP = { runs: 10_000, ms: 4_000 };

/** Windows of the warm-up, by check number (1-based, inclusive), whose latency is reported. */
const WARMING_WINDOWS: ReadonlyArray<readonly [number, number]> = [[1, 100], [101, 1000], [1001, 5000], [5001, 10_000]];

export interface WarmingWindow { from: number; to: number; p50: number; p95: number }
export interface Latency extends Stats {
  /** Latency during the warm-up, by window of check numbers; windows the warm-up did not reach are left out. */
  warming: WarmingWindow[];
}

/** Latency of one function over `runs` distinct drafts of one length, after a warm-up. */
export function latency(fn: (text: string) => void, length: number, runs: number, warm = WARM_UP): Latency {
  const drafts = Array.from({ length: Math.min(runs, 64) }, (_, i) => draftOfLength(length, i + 1));
  const warmUntil = performance.now() + warm.ms;
  const warming: number[] = [];
  for (let i = 0; i < warm.runs && performance.now() < warmUntil; i++) {
    const d = drafts[i % drafts.length] as string;
    warming.push(timeMs(() => fn(d)));
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const d = drafts[i % drafts.length] as string;
    samples.push(timeMs(() => fn(d)));
  }
  const windows = WARMING_WINDOWS.filter(([from]) => from <= warming.length).map(([from, to]) => {
    const w = stats(warming.slice(from - 1, to));
    return { from, to: Math.min(to, warming.length), p50: w.p50, p95: w.p95 };
  });
  return { ...stats(samples), warming: windows };
}

/** Warm-up for throughput: passes over the drafts until this many, or this long (at least one pass). */
const WARM_PASSES = { runs: 100, ms: 4_000 };

export interface Throughput {
  drafts: number;
  ms: number;
  draftsPerSecond: number;
  /** Passes over the drafts before the timed ones. */
  warmPasses: number;
}

/**
 * Drafts a second over `passes` passes through `texts`, once the JIT has settled on these very drafts.
 * The labelled drafts take paths the latency drafts never do (the corpus is more varied), so warming up
 * on the latter is not enough: a pass right after it runs at about half the settled rate. Every engine
 * compared gets the same warm-up, each in its own steady state.
 */
export function throughput(fn: (text: string) => void, texts: readonly string[], passes: number, warm = WARM_PASSES): Throughput {
  const warmUntil = performance.now() + warm.ms;
  let warmPasses = 0;
  do {
    for (const t of texts) fn(t);
    warmPasses++;
  } while (warmPasses < warm.runs && performance.now() < warmUntil);
  const ms = timeMs(() => {
    for (let p = 0; p < passes; p++) for (const t of texts) fn(t);
  });
  const drafts = texts.length * passes;
  return { drafts, ms, draftsPerSecond: (drafts * 1000) / ms, warmPasses };
}

export const engineCheck = (text: string) => { analyze(text, { platform: 'facebook' }); };

/**
 * The platform whose posts have this length: a 280-character draft is an X post (weighted length, link
 * spans), 3,000 a LinkedIn post, anything longer a Facebook post.
 */
export function platformFor(chars: number): Platform {
  return chars <= 280 ? 'x' : chars <= 3000 ? 'linkedin' : 'facebook';
}

export const engineCheckOn = (platform: Platform) => (text: string) => { analyze(text, { platform }); };

/** Time per character from 1 KB to 1 MB: flat means linear growth. */
export function growth(sizes: number[], repeats: number): Array<{ chars: number; ms: number; nsPerChar: number }> {
  return sizes.map((chars) => {
    const d = draftOfLength(chars, 7);
    engineCheck(d);
    const ms = stats(Array.from({ length: repeats }, () => timeMs(() => engineCheck(d)))).p50;
    return { chars, ms, nsPerChar: (ms * 1e6) / chars };
  });
}

export function hostile(): Array<{ shape: string; ms: number }> {
  return Object.entries(HOSTILE).map(([shape, text]) => ({ shape, ms: timeMs(() => engineCheck(text)) }));
}
