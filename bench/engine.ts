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

function timeMs(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/**
 * Warm-up before the timed runs: the JIT optimises a function only after many calls, and an engine of
 * some hundred small functions keeps tiering up for a thousand checks or more. The budgets are for an
 * engine that has reached that steady state; the first checks of a fresh worker are measured on their
 * own (cold-start.ts and the browser's worker-asleep row).
 */
const WARM_UP = { runs: 1500, ms: 1500 };

/** Latency of one function over `runs` distinct drafts of one length, after a warm-up. */
export function latency(fn: (text: string) => void, length: number, runs: number, warm = WARM_UP): Stats {
  const drafts = Array.from({ length: Math.min(runs, 64) }, (_, i) => draftOfLength(length, i + 1));
  const warmUntil = performance.now() + warm.ms;
  for (let i = 0; i < warm.runs && performance.now() < warmUntil; i++) fn(drafts[i % drafts.length] as string);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const d = drafts[i % drafts.length] as string;
    samples.push(timeMs(() => fn(d)));
  }
  return stats(samples);
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
