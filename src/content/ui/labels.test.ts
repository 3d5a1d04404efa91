import { describe, expect, it } from 'vitest';
import type { Finding } from '../../engine/types.js';
import { badgeName, blockKey } from './labels.js';

const f = (ruleId: string, severity: Finding['severity'], start: number, end: number): Finding =>
  ({ ruleId, category: 'phi', severity, start, end, message: 'm', fixes: [] });

describe('badgeName', () => {
  it('starts with "SafePost: " and says how many findings and how serious', () => {
    expect(badgeName('clean', 0)).toBe('SafePost: no problems found');
    expect(badgeName('block', 1)).toBe('SafePost: 1 finding, fix before posting');
    expect(badgeName('warn', 3)).toBe('SafePost: 3 findings, review before posting');
  });
});

describe('blockKey', () => {
  const text = 'Saw Maria on 3/4 and Ann';
  it('changes when a blocking finding is added, not when only the order or a warning changes', () => {
    const base = blockKey([f('phi.name', 'block', 4, 9), f('phi.date', 'block', 13, 16)], text);
    expect(blockKey([f('phi.date', 'block', 13, 16), f('phi.name', 'block', 4, 9), f('claims', 'warn', 0, 3)], text)).toBe(base);
    expect(blockKey([f('phi.name', 'block', 4, 9), f('phi.date', 'block', 13, 16), f('phi.name', 'block', 21, 24)], text)).not.toBe(base);
    expect(blockKey([f('claims', 'warn', 0, 3)], text)).toBe('');
  });
});
