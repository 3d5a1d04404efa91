import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix } from '../../context.js';
import { GENERAL_REWRITE } from './advice.js';

const advice = (text: string) => analyze(text).findings.filter((f) => f.category === 'individual-advice');

describe('advice.individual (ADV-INDIV)', () => {
  it.each([
    '@jordan_p you should take 400 mg of magnesium before bed and stop the melatonin.',
    'Hi Priya, thanks for the update! Go up to 25 mg of the sertraline next week.',
    'Based on your labs, increase the vitamin D to 2000 IU daily.',
    'From your photo, you have ringworm. Use the cream twice a day for two weeks.',
    '@runner_mike sounds like you have plantar fasciitis; stretch your calves every morning.',
    "Dear @mike_88: please don't take your wife's oxycodone for your back. Come see me Monday.",
  ])('flags advice aimed at one person: %s', (text) => {
    const [f] = advice(text);
    expect(f?.ruleId).toBe('advice.individual');
    const fixed = applyFix(text, f!.fixes[0]!);
    expect(fixed).toContain(GENERAL_REWRITE);
    expect(advice(fixed)).toEqual([]);
  });

  it('blocks a dose aimed at a handle, warns without one', () => {
    expect(advice('@jordan_p you should take 400 mg of magnesium before bed.')[0]?.severity).toBe('block');
    expect(advice('@jordan_p you should stop the melatonin and see how you sleep.')[0]?.severity).toBe('warn');
  });

  it('rewrites the first advice sentence and removes the others cleanly', () => {
    const text = '@jordan_p you should take 400 mg of magnesium. Stop the melatonin too. Sleep well!';
    expect(applyFix(text, advice(text)[0]!.fixes[0]!)).toBe(`@jordan_p ${GENERAL_REWRITE} Sleep well!`);
  });

  it('keeps a leading handle when rewriting', () => {
    const text = '@jordan_p you should take 400 mg of magnesium before bed.';
    expect(applyFix(text, advice(text)[0]!.fixes[0]!)).toBe(`@jordan_p ${GENERAL_REWRITE}`);
  });

  it.each([
    'Adults should ask their clinician about a shingles vaccine after 50.',
    'If you have diabetes, ask your doctor whether a statin makes sense for you.',
    'Talk to your doctor before you stop any blood pressure medicine.',
    'Never stop steroids abruptly: the dose has to come down slowly.',
    '@DrOkafor great grand rounds today, thank you for the slides!',
    '@DrOkafor you should take a look at this new statin paper.',
    '@sam_lee stop by the vaccine booth at the fair tomorrow!',
    'Friends, start your week with a walk. Your heart will thank you.',
  ])('does not flag general education or collegial mentions: %s', (text) => {
    expect(advice(text)).toEqual([]);
  });
});
