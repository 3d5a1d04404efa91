import { describe, expect, it } from 'vitest';
import { runIdentifiers } from './testing.js';

const SIZE = 200_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Shapes that make careless patterns backtrack: long runs with no spaces, and near-miss repetitions. */
const SHAPES: Record<string, string> = {
  digits: fill('0123456789'),
  letters: fill('abcdefghij'),
  dots: fill('.'),
  dottedDigits: fill('1.2.'),
  slashes: fill('/'),
  ats: fill('@'),
  localParts: fill('a.b_c+d-'),
  almostEmails: fill('ab@cd.'),
  colons: fill('a:'),
  hexColons: fill('ab12:'),
  titles: fill('Mr. Dr. MRN SSN '),
  keywordsNoValue: fill('MRN #: account no. plate VIN serial badge ID '),
  phones: fill('(404) 555-0188 '),
  urls: fill('http://a.b/'),
  bareHosts: fill('a.com'),
  dashes: fill('-1-'),
  hashes: fill('#1'),
  parens: fill('(('),
  mixed: fill('x@y.z/1.2.3.4:5::6-7 '),
};

describe('hostile input', () => {
  it.each(Object.entries(SHAPES))('finishes on %s and returns valid spans', (_name, text) => {
    const found = runIdentifiers(text);
    for (const f of found) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThanOrEqual(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
      for (const fix of f.fixes) {
        for (const e of fix.edits) expect(e.start >= 0 && e.start <= e.end && e.end <= text.length).toBe(true);
      }
    }
  });
});
