import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../context.js';
import { fold } from '../../../text/normalize.js';
import { DEFAULT_SETTINGS, type Finding } from '../../../types.js';
import { phiAgeRule } from '../dates/age-rule.js';
import { phiDateRule } from '../dates/date-rule.js';
import { phiGeoRule } from './geo-rule.js';

/** Pieces that the date, age and place patterns react to, shuffled into drafts no one would write. */
const PIECES = [
  'admitted ', 'on ', 'the ', '3rd', '3/14', '/', '-', '.', ',', ' ', '\n', '2026', '94', 'M', 'F', 'year-old',
  'March', 'May', 'St.', 'Saint ', "Vincent's", 'Hospital', 'County', 'Dayton', ', OH ', '45410', '-2231',
  'in ', 'from ', 'lives ', 'at ', '1420 ', 'Elm ', 'Street', 'room ', 'bed ', '4 West', '41.4993', '°',
  'patient', 'she ', 'my son ', 'join us ', 'Christmas Eve', 'DOB: ', 'ninety-', 'four', '(', ')', "'s",
  '\u200b', '\u2019', '\u00a0', 'é', '😀',
];
const draft = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

function run(text: string): Finding[] {
  const ctx = { original: text, folded: fold(text), platform: 'generic' as const, settings: DEFAULT_SETTINGS, phi: [] };
  return [phiDateRule, phiAgeRule, phiGeoRule].flatMap((r) => r.run(ctx));
}

describe('dates, ages and places on random drafts', () => {
  it('never throw, report spans inside the draft and fixes that apply cleanly', () => {
    fc.assert(fc.property(draft, (text) => {
      for (const f of run(text)) {
        expect(f.start >= 0 && f.start < f.end && f.end <= text.length).toBe(true);
        expect(f.fixes.length).toBeGreaterThan(0);
        for (const fix of f.fixes) {
          expect(fix.label).toMatch(/^(?:Replace|Redact|Remove) “/);
          for (const e of fix.edits) expect(e.start >= 0 && e.start <= e.end && e.end <= text.length).toBe(true);
          expect(typeof applyFix(text, fix)).toBe('string');
        }
      }
    }), { numRuns: 400 });
  });
});
