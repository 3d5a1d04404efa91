/**
 * Properties every report must have, whatever the input: hostile, random, huge or ordinary. The engine
 * must never throw on a physician's draft, and every offset and fix it returns must be usable as is by
 * the page, the popup and the command line.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, applyFix, PLATFORMS, type Report } from '../../src/engine/index.js';

function expectWellFormed(text: string, report: Report): void {
  let previous = -1;
  for (const f of report.findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeGreaterThanOrEqual(previous);
    previous = f.start;
    expect(f.message.length).toBeGreaterThan(0);
    if (f.category === 'phi') expect(f.phiType).toBeDefined();
    for (const fix of f.fixes) {
      expect(fix.label.length).toBeGreaterThan(0);
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      for (let i = 0; i < edits.length; i++) {
        const e = edits[i]!;
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.end).toBeGreaterThanOrEqual(e.start);
        if (i > 0) expect(e.start).toBeGreaterThanOrEqual(edits[i - 1]!.end);
      }
      expect(typeof applyFix(text, fix)).toBe('string');
    }
  }
}

const clinicalWords = ['my patient', 'Mr.', 'Mrs.', 'Dr.', 'MRN', 'SSN', 'DOB', 'born', 'admitted', 'room', 'bed',
  '@', '#ad', 'code', 'http://', 'www.', '/', '.', '-', '555-0123', '3/14', '94M', 'ninety', 'St.', 'ZIP', '02139',
  'today', 'ED', 'cure', 'guaranteed', 'not medical advice', '\n', '\u200b', '\u202e', '👩‍⚕️', 'é', '中'];

describe('the engine on hostile and random input', () => {
  it('never throws and returns well-formed findings for random Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom(...PLATFORMS), (text, platform) => {
      expectWellFormed(text, analyze(text, { platform }));
    }), { numRuns: 300 });
  });

  it('never throws on drafts stitched from clinical fragments, identifiers and control characters', () => {
    const fragment = fc.oneof(fc.constantFrom(...clinicalWords), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 99999999 }).map(String));
    fc.assert(fc.property(fc.array(fragment, { maxLength: 60 }), fc.constantFrom(...PLATFORMS), (parts, platform) => {
      const text = parts.join(' ');
      expectWellFormed(text, analyze(text, { platform }));
    }), { numRuns: 300 });
  });

  // A catastrophic regex would make one of these run for minutes; the suite's timeout catches it.
  it.each([
    ['digits', '1'.repeat(200_000)],
    ['digit groups', '123-'.repeat(50_000)],
    ['titles', 'Mr. '.repeat(50_000)],
    ['at signs', '@'.repeat(200_000)],
    ['slashes', '/'.repeat(200_000)],
    ['dots', '.'.repeat(200_000)],
    ['letters without spaces', 'ab'.repeat(100_000)],
    ['capitalised words', 'Maria Lopez '.repeat(16_000)],
    ['urls', 'http://a.b/'.repeat(18_000)],
    ['emails', 'a.b@c.d '.repeat(25_000)],
  ])('returns well-formed findings for 200 KB of %s', (_name, text) => {
    expectWellFormed(text, analyze(text, { platform: 'facebook' }));
  });
});

const corpusFile = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev.jsonl');

describe('fixes on the labelled drafts (shared/corpus)', () => {
  const drafts = readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; text: string; platform: (typeof PLATFORMS)[number] });

  it('every report is well formed', () => {
    for (const d of drafts) expectWellFormed(d.text, analyze(d.text, { platform: d.platform }));
  });

  it('applying a PHI fix and checking again clears that identifier', () => {
    let checked = 0;
    for (const d of drafts) {
      for (const f of analyze(d.text, { platform: d.platform }).findings) {
        if (f.category !== 'phi' || f.fixes.length === 0) continue;
        const fix = f.fixes[0]!;
        const fixed = applyFix(d.text, fix);
        const edit = fix.edits[0]!;
        const replacedEnd = edit.start + edit.text.length;
        const again = analyze(fixed, { platform: d.platform }).findings
          .filter((g) => g.category === 'phi' && g.phiType === f.phiType && g.start < replacedEnd && edit.start < g.end);
        expect(again, `${d.id}: ${fix.label}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
