import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import { applyFix } from '../../../context.js';

const OURS = /^phi\.(?:phone|fax|email|ssn|mrn|health-plan|account|license|vehicle|device|other-id|url|ip|biometric|photo)$/;

/** Drafts written for this test, each with one identifier of this family. */
const DRAFTS = [
  'I tried her cell, (508) 555-0199, but it goes to voicemail.',
  "The patient's employer faxed us from 614-555-0171 asking for her diagnosis.",
  'Her son wants results emailed to d.okafor77@example.com instead.',
  "Insurance has the patient's SSN as 231-47-8890 and we have it right.",
  'Walter Ames (MRN 55102938) was admitted overnight.',
  'Her member ID is WQX9921830 and the plan still denied it.',
  "His dad's account #7781-2290-03 went to collections.",
  'He drives a truck (CDL 88120394) and just got a CPAP.',
  'Whose grey Civic, plate 7KDM221, is blocking the bay?',
  'Pump S/N 22-99173-X keeps alarming for my patient.',
  'Thanks to the deputy, badge #3381, for the coffee.',
  'Her family set up a fundraiser: https://www.gofundme.com/f/rides-for-rosa 🙏',
  'Every threat came from 198.51.100.23, the same as her portal login.',
];

describe('fixes of this family', () => {
  it.each(DRAFTS)('clears what it fixed in %j', (text) => {
    const mine = analyze(text).findings.find((f) => OURS.test(f.ruleId) && f.fixes.length > 0);
    const fix = mine?.fixes[0];
    if (!mine || !fix) throw new Error('expected a finding with a fix');
    expect(fix.label).toMatch(/^(?:Remove|Redact) “[^”]+”$/);
    const fixed = applyFix(text, fix);
    expect(fixed).not.toContain(text.slice(mine.start, mine.end));
    const after = analyze(fixed).findings.filter((f) => f.ruleId === mine.ruleId);
    expect(after).toEqual([]);
    // No doubled spaces or a space before punctuation left behind.
    expect(fixed).not.toMatch(/ {2}| [,.;:!?]/);
  });

  it('writes every message as one sentence', () => {
    for (const text of DRAFTS) {
      for (const f of analyze(text).findings.filter((x) => OURS.test(x.ruleId))) {
        expect(f.message).toMatch(/^[A-Z][^.!?]*(?:\([^)]*\)[^.!?]*)*[.]$/);
      }
    }
  });
});
