import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../src/engine/rules/index.js';
import { familyTable, familyTimes, type FamilyTimes } from './families.js';

describe('rule family times', () => {
  let times: FamilyTimes;
  // familyTimes() replays each draft rule by rule and throws unless the replay finds what analyze() finds.
  beforeAll(() => { times = familyTimes({ drafts: 6, passes: 1, warmMs: 0 }); });

  it('replays checks that find what analyze() finds, and times every family both ways', () => {
    expect(times).toMatchObject({ chars: 280, drafts: 6, passes: 1 });
    expect(times.families.map((f) => f.family).sort()).toEqual([...new Set(RULES.map((r) => r.id))].sort());
    for (const f of times.families) {
      expect(Number.isFinite(f.insideUs) && f.insideUs >= 0).toBe(true);
      expect(Number.isFinite(f.aloneUs) && f.aloneUs >= 0).toBe(true);
    }
    expect(times.analyzeUs).toBeGreaterThan(0);
  });

  it('lists the families, most costly inside first, with the totals', () => {
    const inside = times.families.map((f) => f.insideUs);
    expect(inside).toEqual([...inside].sort((a, b) => b - a));
    const table = familyTable(times).join('\n');
    expect(table).toMatch(/^rule families on 6 280-char drafts/);
    expect(table).toMatch(/all families\s+\d+\.\d\s+\d+\.\d\s+\d+\.\d\d×\s+\(analyze\(\) \d+\.\d\)/);
  });
});
