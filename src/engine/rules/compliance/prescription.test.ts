import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix } from '../../context.js';

const byRule = (text: string, ruleId: string, conflicts: string[] = []) =>
  analyze(text, { settings: { conflicts } }).findings.filter((f) => f.ruleId === ruleId);

describe('claims.rx-balance (RX-BALANCE)', () => {
  it('flags a paid post that claims a branded drug works and gives no risks', () => {
    const text = '#ad Paid partnership with Corvana. Jardiance helps my patients protect their kidneys and hearts.';
    const [f] = byRule(text, 'claims.rx-balance');
    expect(f?.category).toBe('claims');
    expect(text.slice(f!.start, f!.end)).toBe('Jardiance');
  });

  it('counts a company in the conflict profile as a paid context', () => {
    expect(byRule('Mounjaro helps people lose weight and control sugars.', 'claims.rx-balance', ['Lilly'])).toEqual([]);
    expect(byRule('Mounjaro from Lilly helps people lose weight and control sugars.', 'claims.rx-balance', ['Lilly'])).toHaveLength(1);
  });

  it.each([
    '#ad Paid partnership with Corvana. Jardiance helps protect kidneys. Serious side effects include ketoacidosis; see the full prescribing information.',
    'Jardiance helps protect kidneys in people with diabetes, according to several large trials.',
    '#ad Paid partnership with Corvana. Ask your doctor about your kidney numbers at every visit.',
  ])('does not flag balanced, unpaid or unbranded posts: %s', (text) => {
    expect(byRule(text, 'claims.rx-balance')).toEqual([]);
  });
});

describe('claims.rx-offlabel (RX-OFFLABEL)', () => {
  it('flags a paid post suggesting an unapproved use and offers to remove it', () => {
    const text = 'Sponsored by Dermavia. Botox is also great for anxiety, my clients say.';
    const [f] = byRule(text, 'claims.rx-offlabel');
    expect(f?.severity).toBe('warn');
    expect(byRule(applyFix(text, f!.fixes[0]!), 'claims.rx-offlabel')).toEqual([]);
  });

  it('does not flag independent clinical discussion', () => {
    expect(byRule('Botox is also great for chronic migraine, and the evidence is solid.', 'claims.rx-offlabel')).toEqual([]);
  });
});
