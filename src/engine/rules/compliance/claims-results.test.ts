import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix } from '../../context.js';

const byRule = (text: string, ruleId: string) => analyze(text).findings.filter((f) => f.ruleId === ruleId);

describe('claims.testimonial (CLM-TESTIMONIAL)', () => {
  it.each([
    'One patient dropped 45 pounds in 6 weeks on our plan.',
    'My client lost 12 kg in just one month with this protocol!',
    'Our patients are seeing amazing results with the new peel.',
    'Thousands of happy patients and counting.',
    'One client healed her eczema in two weeks with our elimination plan.',
  ])('flags an atypical or unsupported result: %s', (text) => {
    const [f] = byRule(text, 'claims.testimonial');
    expect(f?.category).toBe('claims');
    expect(byRule(applyFix(text, f!.fixes[0]!), 'claims.testimonial')).toEqual([]);
  });

  it('blocks a testimonial in a promotion', () => {
    expect(byRule('My patient lost 30 lb in 4 weeks. DM me to join the next group!', 'claims.testimonial')[0]?.severity).toBe('block');
  });

  it.each([
    'In our clinic cohort of 212 patients, average weight loss was 9% at 12 months.',
    'A patient lost 10 pounds over two years by walking daily, which is about what studies show on average.',
    'My patient asked whether she could lose weight before surgery.',
  ])('does not flag aggregate data or a result without a striking promise: %s', (text) => {
    expect(byRule(text, 'claims.testimonial')).toEqual([]);
  });
});

describe('claims.superior (CLM-SUPERIOR)', () => {
  it.each(['Come see the best surgeon in town!', 'Rated the #1 dermatologist around.', 'Your number one doctor for knees.', "We're the best clinic in Tucson for sports injuries."])(
    'hints at an unverifiable superlative: %s',
    (text) => {
      const [f] = byRule(text, 'claims.superior');
      expect(f?.severity).toBe('info');
      expect(byRule(applyFix(text, f!.fixes[0]!), 'claims.superior')).toEqual([]);
    },
  );

  it.each([
    'Voted best pediatrician in Tucson by Tucson Parents Magazine, 2024.',
    'She is the best patient in the world and she knows it.',
    'Not the best doctor in town, just a stubborn one.',
    'Shoutout to my mentor, the best surgeon in the state, on her retirement.',
  ])('does not flag a cited award, a patient or a denial: %s', (text) => {
    expect(byRule(text, 'claims.superior')).toEqual([]);
  });
});

describe('claims.testimonial: a product vouched for by patients in a sales post', () => {
  it.each([
    'This retinol cream has transformed my patients’ skin. Use code CLEAR15 at checkout!',
    'Honestly, my clients swear by this collagen powder. Link in bio, 10% off this week.',
    'These gummies changed so many of my patients’ sleep. Shop now while stocks last.',
  ])('blocks it and removes it with its fix: %s', (text) => {
    const [f] = byRule(text, 'claims.testimonial');
    expect(f?.severity).toBe('block');
    expect(byRule(applyFix(text, f!.fixes[0]!), 'claims.testimonial')).toEqual([]);
  });

  it.each([
    'Our nurse educator has changed my patients’ lives with her diabetes classes.',
    'My patients swear by their morning walks, and so do I.',
    'This cleanser is gentle. Use code SPRING for 15% off.',
  ])('does not flag praise outside a sale or a sale without a promise: %s', (text) => {
    expect(byRule(text, 'claims.testimonial')).toEqual([]);
  });
});
