import { describe, expect, it } from 'vitest';
import { fold } from '../../../text/normalize.js';
import { DEFAULT_SETTINGS } from '../../../types.js';
import { phiAgeRule } from './age-rule.js';
import { phiDateRule } from './date-rule.js';

/**
 * ~200 KB drafts built to trip backtracking or quadratic scans in the date and age detectors. A
 * catastrophic pattern would time the test out; the assertions check the findings stay well-formed.
 */
const SIZE = 200_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const SHAPES: Record<string, string> = {
  digits: fill('1234567890'),
  slashes: fill('1/1/'),
  slashDigits: fill('3/14 '),
  dashes: fill('12-12-'),
  dots: fill('1.1.'),
  months: fill('March 3 March '),
  monthsNoSpace: fill('MarchMayJune'),
  ordinals: fill('the 3rd the '),
  weekdays: fill('Tuesday, Tuesday the '),
  holidays: fill('Christmas Eve '),
  ages: fill('94M 95F 96-year-old '),
  ageWords: fill('ninety-ninety-ninety '),
  admittedRepeats: fill('admitted on '),
  sentenceless: fill('a'),
  punctuation: fill('@/./@..//'),
  patientStory: fill('My 94-year-old patient was admitted 3/14 and died on Christmas Eve. '),
};

describe('phi.date and phi.age on hostile input', () => {
  it.each(Object.entries(SHAPES))('%s finishes with valid offsets', (_name, text) => {
    const ctx = { original: text, folded: fold(text), platform: 'generic' as const, settings: DEFAULT_SETTINGS, phi: [] };
    for (const rule of [phiDateRule, phiAgeRule]) {
      const bad = rule.run(ctx).filter((f) => !(f.start >= 0 && f.start < f.end && f.end <= text.length)
        || f.fixes.some((fix) => fix.edits.some((e) => !(e.start >= 0 && e.start <= e.end && e.end <= text.length))));
      expect(bad).toEqual([]);
    }
  });
});
