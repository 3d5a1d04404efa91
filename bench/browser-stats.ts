import { stats, type Stats } from './engine.js';

/** p50/p95/max of a sample, or null when there is none (a figure is never made up from nothing). */
export function summary(samples: readonly number[]): Stats | null {
  if (!samples.length) return null;
  const s = stats([...samples]);
  return { n: s.n, p50: round(s.p50), p95: round(s.p95), max: round(s.max), mean: round(s.mean) };
}

export function median(samples: readonly number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length === 0) return Number.NaN;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export const round = (x: number, places = 1): number => Math.round(x * 10 ** places) / 10 ** places;

/** Writes one line of progress to stderr (stdout carries only the bench's table). */
export function progress(message: string): void {
  process.stderr.write(`[bench:browser] ${message}\n`);
}
