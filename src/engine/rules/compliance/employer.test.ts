import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix } from '../../context.js';
import { VIEWS_LINE } from './employer.js';

const employer = (text: string) => analyze(text).findings.filter((f) => f.ruleId === 'disclaimer.employer');

const OPINION = 'As an internist at Lakeshore General Hospital, I think the new visitor limits are wrong for dying patients.';

describe('disclaimer.employer (DIS-EMPLOYER)', () => {
  it('hints when an opinion names the author\'s employer without "views my own"', () => {
    const [f] = employer(OPINION);
    expect(f?.severity).toBe('info');
    const fixed = applyFix(OPINION, f!.fixes[0]!);
    expect(fixed).toBe(`${OPINION} ${VIEWS_LINE}`);
    expect(employer(fixed)).toEqual([]);
  });

  it.each([
    `${OPINION} Opinions are my own.`,
    `${OPINION} Views expressed here are mine, not those of my employer.`,
  ])('accepts a views-my-own line: %s', (text) => {
    expect(employer(text)).toEqual([]);
  });

  it('stays quiet on news without an opinion, and on opinions that name no employer', () => {
    expect(employer('Thrilled to start at Lakeshore General Hospital next month as a hospitalist.')).toEqual([]);
    expect(employer('I think prior authorization is broken and costs patients weeks of care.')).toEqual([]);
  });
});

describe('the employer hint and the disclaimer finding do not double up', () => {
  const disclaimerFindings = (text: string) => analyze(text).findings.filter((f) => f.category === 'disclaimer');
  const HEALTH_OPINION = 'As a cardiologist at Lakeshore General Hospital, I think statins are underused: most adults with diabetes over 40 should be on one.';

  it('puts "Views my own." into the Add disclaimer fix when health information also lacks a disclaimer', () => {
    const found = disclaimerFindings(HEALTH_OPINION);
    expect(found.map((f) => f.ruleId)).toEqual(['disclaimer.missing']);
    const fixed = applyFix(HEALTH_OPINION, found[0]!.fixes[0]!);
    expect(fixed).toContain(VIEWS_LINE);
    expect(disclaimerFindings(fixed)).toEqual([]);
  });

  it('says nothing more on a post that already has a not-medical-advice statement', () => {
    expect(disclaimerFindings(`${HEALTH_OPINION} Not medical advice.`)).toEqual([]);
  });
});
