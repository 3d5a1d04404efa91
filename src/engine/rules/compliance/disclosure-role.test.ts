import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix } from '../../context.js';

const disclosure = (text: string) => analyze(text).findings.filter((f) => f.category === 'disclosure');

describe('disclosure of a role with the company whose product the post praises (COI-PHYS in the text)', () => {
  it.each([
    ['an advisory board', 'I now sit on the medical advisory board of Pulsewise. Their new patch picks up AFib sooner. Ask your cardiologist about it!', 'Pulsewise'],
    ['equity', "I'm an investor in Lumora and their barrier cream is the best thing I've found for cracked hands.", 'Lumora'],
    ['their own company', 'My company built the reminder app I give every patient on blood thinners. Download it free this week.', undefined],
    ['royalties', 'I receive royalties from the Flexa knee system, which gives my patients their stairs back.', 'Flexa'],
    ['a board seat "at" a company', 'Proud to be on the scientific advisory board at Veridia. Their new glucose sensor is incredible.', 'Veridia'],
    ['a speakers bureau', 'As a paid speaker for Brevant, I can say their new inhaler is a game changer for asthma.', 'Brevant'],
  ])('asks for an up-front disclosure: %s', (_kind, text, brand) => {
    const [f] = disclosure(text);
    expect(f?.ruleId).toBe('disclosure.missing');
    expect(f?.start).toBe(0);
    const fix = f!.fixes[0]!;
    expect(fix.label).toBe('Add disclosure');
    const fixed = applyFix(text, fix);
    if (brand) expect(fixed.startsWith(`Disclosure: I have a financial relationship with ${brand}.`)).toBe(true);
    expect(disclosure(fixed)).toEqual([]);
  });

  it.each([
    ['a past public-health committee, no product', 'Years ago I served on a state vaccine advisory board. Today: why measles is back.'],
    ['a role already disclosed first', 'Disclosure: I sit on the advisory board of Pulsewise. Their new patch picks up AFib sooner.'],
    ['an investor in something that is not a company', "I'm an investor in my kids' future: sunscreen every morning before school."],
    ['their own practice', 'My company is my practice: two doctors, one nurse, and a waiting room full of plants.'],
    ['a board seat with no product praised', 'Proud to be on the scientific advisory board at Veridia. Excited for our first meeting.'],
    ['a role with no product praised', 'I joined the advisory board of our county food bank this year. Proud to help.'],
  ])('stays quiet for %s', (_kind, text) => {
    expect(disclosure(text)).toEqual([]);
  });
});
