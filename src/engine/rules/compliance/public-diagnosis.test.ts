import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix } from '../../context.js';

const advice = (text: string) => analyze(text).findings.filter((f) => f.category === 'individual-advice');

describe('advice.public-diagnosis (ADV-DX-PUBLIC)', () => {
  it('flags an armchair diagnosis of a public figure and offers to remove it', () => {
    const text = 'Watch the debate clip. Senator Blake clearly has early dementia. Sad to see.';
    const [f] = advice(text);
    expect(f?.ruleId).toBe('advice.public-diagnosis');
    expect(f?.severity).toBe('warn');
    const fixed = applyFix(text, f!.fixes[0]!);
    expect(fixed).not.toContain('dementia');
    expect(advice(fixed)).toEqual([]);
  });

  it.each([
    'The singer has spoken openly about living with lupus since 2015.',
    'President Kennedy had Addison disease and hid it during the campaign.',
    'Dr. Patel clearly has a gift for teaching residents.',
  ])('does not flag a disclosed diagnosis or praise: %s', (text) => {
    expect(advice(text)).toEqual([]);
  });
});
