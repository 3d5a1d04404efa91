import { describe, expect, it } from 'vitest';
import { runIdentifiers } from './testing.js';

/** Numbers and links a physician posts every day that identify no one. */
describe('public and clinical numbers are not identifiers', () => {
  it.each([
    ['emergency lines', 'Chest pain? Call 911. Thoughts of suicide? Call or text 988.'],
    ['a toll-free hotline', 'Questions about a recalled pump: 1-888-555-0199.'],
    ['Poison Control', 'Keep Poison Control handy: 1-800-222-1222.'],
    ['a drug recall notice', 'Recall: metformin ER lot 21A0345, NDC 0093-7212-01, exp 03/2026.'],
    ['billing codes', 'CPT 99214 with ICD-10 E11.65 and Z79.4 gets denied every time.'],
    ['paper identifiers', 'doi:10.1056/NEJMoa2032183, PMID 33567185, NCT04368728.'],
    ['a study ID', 'Enrolled participant with study ID 44810 in the trial.'],
    ['doses and labs', 'Started 0.25 mg weekly; A1c 8.9 → 7.1, LDL 142, K 4.1, Cr 1.02.'],
    ['a blood pressure', 'Her BP was 182/114 with HR 112.'],
    ['dates and times', 'Seen 3/14/2026 at 14:30, follow-up 2026-04-02 at 09:15.'],
    ['years and percentages', 'Since 2019, 37.5% of our 1,204 visits were telehealth.'],
    ['prices', 'An EpiPen two-pack can cost $650.00 without coverage.'],
    ['room numbers', 'Room 412, bed 2 is ready; code cart in 4-West.'],
    ['ages', 'A 67-year-old and a 94-year-old on the same day.'],
    ['a version number', 'Epic update 10.4.22.118 broke the printer again.'],
    ['a section number', 'See section 164.514.2.1 for the rule text.'],
    ['an agency link', 'Guidance: https://www.cdc.gov/flu/prevent/index.html'],
    ['a journal link', 'Full text at https://www.nejm.org/doi/full/10.1056/NEJMoa2032183'],
    ['a clinician signature', 'Dr. Ana Ruiz, MD | NPI 1234567893 | CA license G12345'],
    ['an @mention', 'Great thread from @CDCgov and @AmerMedicalAssn today.'],
  ])('%s', (_what, text) => {
    expect(runIdentifiers(text).map((f) => `${f.phiType}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });
});
