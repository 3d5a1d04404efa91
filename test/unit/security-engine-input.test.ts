/**
 * Hostile input the property tests in engine-properties.test.ts do not reach: text that hides an
 * identifier behind invisible direction marks or full-width digits, broken UTF-16, control characters,
 * and a megabyte-long draft with the identifier at its very end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, applyFix, PLATFORMS, type PhiType, type Report } from '../../src/engine/index.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function phi(text: string): { type: PhiType | undefined; text: string }[] {
  return analyze(text, { platform: 'x' }).findings
    .filter((f) => f.category === 'phi')
    .map((f) => ({ type: f.phiType, text: text.slice(f.start, f.end) }));
}

function expectInRange(text: string, report: Report): void {
  for (const f of report.findings) {
    expect(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId} ${f.start}-${f.end}`).toBe(true);
    for (const fix of f.fixes) {
      for (const e of fix.edits) expect(e.start >= 0 && e.start <= e.end && e.end <= text.length).toBe(true);
      expect(typeof applyFix(text, fix)).toBe('string');
    }
  }
}

// Right-to-left override, isolates and marks render as nothing (or reorder what is shown); a draft with
// them must be read as the characters a reader sees.
const RLM = '\u200F';
const LRM = '\u200E';
const RLO = '\u202E';
const LRI = '\u2066';
const PDI = '\u2069';

describe('identifiers hidden by invisible or look-alike characters', () => {
  it.each([
    ['a right-to-left mark and override inside an SSN', `SSN 123${RLM}-45${RLO}-6789 on file`, 'SSN', `123${RLM}-45${RLO}-6789`],
    ['direction isolates inside a record number', `MRN 001${LRI}234${PDI}56 ok`, 'MRN', `001${LRI}234${PDI}56`],
    ['full-width digits in an SSN', 'SSN １２３-４５-６７８９', 'SSN', '１２３-４５-６７８９'],
    ['marks inside a date of birth', `my patient, DOB 03/${LRM}14/${RLM}1961`, 'DATE', `03/${LRM}14/${RLM}1961`],
    ['marks inside a patient\'s name', `my patient Ma${RLM}ria Gon${RLO}zalez came in`, 'NAME', `Ma${RLM}ria Gon${RLO}zalez`],
  ])('finds %s, spanning the original characters', (_name, text, type, span) => {
    expect(phi(text)).toContainEqual({ type, text: span });
  });

  it('a redaction removes the hidden characters along with the identifier', () => {
    const text = `SSN 123${RLM}-45${RLO}-6789 on file`;
    const ssn = analyze(text, { platform: 'x' }).findings.find((f) => f.phiType === 'SSN');
    const fix = ssn?.fixes[0];
    if (!fix) throw new Error('no fix offered for the SSN');
    const fixed = applyFix(text, fix);
    expect(fixed).not.toMatch(/\d{3}/);
    expect(fixed).not.toContain(RLO);
    expect(fixed).toContain('on file');
  });
});

describe('broken and unusual UTF-16', () => {
  const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((units) => String.fromCharCode(...units));

  it('never throws and stays in range on arbitrary code units, lone surrogates included', () => {
    fc.assert(fc.property(codeUnits, fc.constantFrom(...PLATFORMS), (text, platform) => {
      expectInRange(text, analyze(text, { platform }));
    }), { numRuns: 300 });
  });

  it('a fix on well-formed text never leaves half of a surrogate pair behind', () => {
    const emoji = fc.constantFrom('👩‍⚕️', '🩺', '𝐌𝐚𝐫𝐢𝐚', '😷', '🇺🇸');
    const piece = fc.oneof(emoji, fc.constantFrom('my patient Maria Gonzalez', 'DOB 03/14/1961', 'SSN 123-45-6789', 'MRN 00123456', ' ', ', ', '#ad'));
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), (parts) => {
      const text = parts.join('');
      for (const f of analyze(text, { platform: 'generic' }).findings) {
        for (const fix of f.fixes) expect(applyFix(text, fix), fix.label).not.toMatch(LONE_SURROGATE);
      }
    }), { numRuns: 200 });
  });

  it('reads an identifier next to a lone surrogate, NUL and other control characters', () => {
    expect(phi('\uD800SSN 123-45-6789\u0000')).toContainEqual({ type: 'SSN', text: '123-45-6789' });
    expect(phi('\u0007\u001bMRN 00123456\uDFFF')).toContainEqual({ type: 'MRN', text: '00123456' });
  });

  it('treats words that name object internals as plain words', () => {
    const text = '__proto__ constructor hasOwnProperty toString valueOf my patient Maria Gonzalez';
    const report = analyze(text, { platform: 'x', settings: { ownNames: ['__proto__', 'constructor'] } });
    expectInRange(text, report);
    expect(report.findings.some((f) => f.phiType === 'NAME' && text.slice(f.start, f.end) === 'Maria Gonzalez')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a one-megabyte draft', () => {
  it('is checked whole: the identifiers at its very end are found at the right offsets', () => {
    const filler = 'Great talk at the conference on sepsis bundles, thanks everyone. '.repeat(16_000);
    const tail = 'My patient Maria Gonzalez, SSN 123-45-6789.';
    const text = filler + tail;
    expect(text.length).toBeGreaterThan(1_000_000);
    const report = analyze(text, { platform: 'generic' });
    expectInRange(text, report);
    const found = report.findings.filter((f) => f.category === 'phi').map((f) => ({ type: f.phiType, at: f.start, text: text.slice(f.start, f.end) }));
    expect(found).toContainEqual({ type: 'SSN', at: text.indexOf('123-45-6789'), text: '123-45-6789' });
    expect(found).toContainEqual({ type: 'NAME', at: text.indexOf('Maria'), text: 'Maria Gonzalez' });
  }, 60_000);

  it('a megabyte of invisible marks and one SSN still gives the SSN at its original offset', () => {
    const text = `${RLM.repeat(500_000)}SSN 123-45-6789${LRM.repeat(500_000)}`;
    const ssn = analyze(text, { platform: 'generic' }).findings.find((f) => f.phiType === 'SSN');
    expect(ssn && { start: ssn.start, text: text.slice(ssn.start, ssn.end) }).toEqual({ start: 500_004, text: '123-45-6789' });
  }, 60_000);
});
