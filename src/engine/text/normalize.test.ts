import { describe, expect, it } from 'vitest';
import { fold } from './normalize.js';

describe('fold', () => {
  it('keeps ASCII as it is, with no map (offsets are the same)', () => {
    const f = fold('My patient Maria');
    expect(f.text).toBe('My patient Maria');
    expect(f.lower).toBe('my patient maria');
    expect(f.map).toBeNull();
  });

  it('folds quotes, dashes, spaces and full-width digits to ASCII without moving offsets', () => {
    const f = fold('“Ann’s” 555\u2013０１２３\u00a0ok');
    expect(f.text).toBe('"Ann\'s" 555-0123 ok');
    expect(f.map).toBeNull();
  });

  it('drops invisible format characters and maps the rest back to where they were', () => {
    const original = 'Ma\u200Bria Lo\u00ADpez';
    const f = fold(original);
    expect(f.text).toBe('Maria Lopez');
    const start = f.text.indexOf('Lopez');
    const end = start + 'Lopez'.length;
    const map = f.map!;
    expect(original.slice(map[start], (map[end - 1] as number) + 1)).toBe('Lo\u00ADpez');
    expect(map[f.text.length]).toBe(original.length);
  });

  it('keeps one code unit per code unit when lower-casing letters whose lower case is longer', () => {
    const f = fold('İstanbul');
    expect(f.lower.length).toBe(f.text.length);
  });

  it('lower-cases unit by unit where the whole-string rules differ (final sigma, astral letters)', () => {
    expect(fold('ΟΔΟΣ “x”').lower).toBe('οδοσ "x"');
    expect(fold('\u{10400}a“').lower).toBe('\u{10400}a"');
  });

  it('folds the same way unit by unit and in runs', () => {
    const original = 'Dr\u00a0Ana\u2019s \uff2d\uff32\uff2e\u2014\u00e9t\u00c9 \u200d\u{1F600}';
    const f = fold(original);
    expect(f.text).toBe("Dr Ana's MRN-\u00e9t\u00c9 \u{1F600}");
    expect(f.lower).toBe("dr ana's mrn-\u00e9t\u00e9 \u{1F600}");
    expect(f.map?.[f.text.length - 2]).toBe(original.length - 2);
  });

  it('handles large inputs in one pass', () => {
    const big = 'a\u200b'.repeat(300_000);
    const f = fold(big);
    expect(f.text.length).toBe(300_000);
    expect(f.map?.[299_999]).toBe(599_998);
  });
});
