import { describe, expect, it } from 'vitest';
import { fold } from '../../../text/normalize.js';
import { DEFAULT_SETTINGS } from '../../../types.js';
import { phiGeoRule } from './geo-rule.js';

/**
 * ~200 KB drafts built to trip backtracking or quadratic scans in the place detectors. A catastrophic
 * pattern would time the test out; the assertions check the findings stay well-formed.
 */
const SIZE = 200_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const SHAPES: Record<string, string> = {
  digits: fill('1234567890'),
  zipLike: fill('45410 '),
  zipPlus4Chain: fill('12345-6789-'),
  addresses: fill('12 Elm Street '),
  numberedCaps: fill('1 Aaaa Bbbb Cccc Dddd Eeee '),
  capitals: fill('Aaaa '),
  capitalsNoSpace: fill('AaaaBbbb'),
  saints: fill('St. St. Saint '),
  prepositions: fill('in Dayton, in from near past '),
  cityState: fill('Dayton, OH, '),
  facilities: fill('Mercy General Hospital Clinic '),
  rooms: fill('room 1 bed 2 bay 3 4 West '),
  coordinates: fill('41.4993, -81.6944, '),
  intersections: fill('at 5th and 6th and '),
  punctuation: fill('@/./@..//'),
  dots: fill('.'),
  patientStory: fill('My patient lives on Main St in Dayton (45410) and was admitted to St. Luke\'s 4 West. '),
};

describe('phi.geo on hostile input', () => {
  it.each(Object.entries(SHAPES))('%s finishes with valid offsets', (_name, text) => {
    const found = phiGeoRule.run({ original: text, folded: fold(text), platform: 'generic', settings: DEFAULT_SETTINGS, phi: [] });
    const bad = found.filter((f) => !(f.start >= 0 && f.start < f.end && f.end <= text.length)
      || f.fixes.some((fix) => fix.edits.some((e) => !(e.start >= 0 && e.start <= e.end && e.end <= text.length))));
    expect(bad).toEqual([]);
  });
});
