import { describe, expect, it } from 'vitest';
import { engineInChromium } from './browser-engine.js';

describe('engine figures in Chromium', () => {
  it('times both engines in a cross-origin isolated page, with the sample counts asked for', async () => {
    const labelled = ['Patient Jane Roe, DOB 3/4/1950, seen today.', 'Flu shots are in. Not medical advice.'];
    const figures = await engineInChromium({
      lengths: [{ chars: 280, runs: 7, redactRuns: 5 }, { chars: 3000, runs: 4, redactRuns: 3 }],
      warm: { runs: 3, ms: 1000 }, labelled, passes: 2, warmCorpus: { runs: 1, ms: 0 },
    });
    expect(figures.crossOriginIsolated).toBe(true);
    expect(figures.browser).toMatch(/^\d+\.\d+/);
    expect(figures.rows.map((r) => [r.chars, r.platform, r.safepost.n, r.redactPii.n])).toEqual([[280, 'x', 7, 5], [3000, 'linkedin', 4, 3]]);
    for (const r of figures.rows) {
      expect(r.safepost.p50).toBeGreaterThan(0);
      expect(r.redactPii.p50).toBeGreaterThan(0);
    }
    expect(figures.corpus.safepost.drafts).toBe(4);
    expect(figures.corpus.redactPii.drafts).toBe(4);
  }, 60_000);
});
