import { describe, expect, it } from 'vitest';
import { latency, stats, throughput } from './engine.js';

describe('engine latency', () => {
  it('reports the warm-up by window of check numbers, leaving out windows it did not reach', () => {
    let calls = 0;
    const result = latency(() => { calls++; }, 280, 30, { runs: 150, ms: 60_000 });
    expect(calls).toBe(180);
    expect(result.n).toBe(30);
    expect(result.warming.map((w) => [w.from, w.to])).toEqual([[1, 100], [101, 150]]);
    for (const w of result.warming) expect(w.p95).toBeGreaterThanOrEqual(w.p50);
  });

  it('stops warming up at the time limit', () => {
    const result = latency(() => { const until = performance.now() + 2; while (performance.now() < until); }, 280, 3, { runs: 10_000, ms: 20 });
    expect(result.warming.length).toBe(1);
    expect(result.warming[0]?.to).toBeLessThan(100);
  });

  it('takes percentiles from the sorted samples', () => {
    expect(stats([5, 1, 4, 2, 3])).toMatchObject({ n: 5, p50: 3, p95: 5, max: 5, mean: 3 });
  });
});

describe('throughput', () => {
  it('warms up on the same drafts for the given number of passes, then times the rest', () => {
    const seen: string[] = [];
    const result = throughput((t) => { seen.push(t); }, ['a', 'b', 'c'], 2, { runs: 4, ms: 60_000 });
    expect(result.warmPasses).toBe(4);
    expect(seen).toEqual(Array.from({ length: 6 }, () => ['a', 'b', 'c']).flat());
    expect(result.drafts).toBe(6);
    expect(result.draftsPerSecond).toBeCloseTo((6 * 1000) / result.ms);
  });

  it('stops warming up at the time limit but always makes one pass', () => {
    const slow = () => { const until = performance.now() + 5; while (performance.now() < until); };
    expect(throughput(slow, ['a', 'b'], 1, { runs: 100, ms: 0 }).warmPasses).toBe(1);
    expect(throughput(slow, ['a', 'b'], 1, { runs: 100, ms: 25 }).warmPasses).toBeLessThan(10);
  });
});
