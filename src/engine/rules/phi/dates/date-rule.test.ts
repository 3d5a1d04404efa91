import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../context.js';
import { analyze } from '../../../analyze.js';
import { fold } from '../../../text/normalize.js';
import { DEFAULT_SETTINGS, type Finding } from '../../../types.js';
import { phiDateRule } from './date-rule.js';

function dates(text: string): Finding[] {
  return phiDateRule.run({ original: text, folded: fold(text), platform: 'generic', settings: DEFAULT_SETTINGS, phi: [] });
}
const spans = (text: string) => dates(text).map((f) => text.slice(f.start, f.end));

describe('phi.date finds a patient event date in every common form', () => {
  it.each([
    ['Admitted 3/14 with a GI bleed, scoped the next morning.', '3/14'],
    ['She was discharged 3/14/26 after a long stay.', '3/14/26'],
    ['Her surgery was 03-14-2026 and she went home two days later.', '03-14-2026'],
    ['The baby was delivered 2026-03-14 by emergency C-section.', '2026-03-14'],
    ['He coded in the cath lab on Mar 14th and we got him back.', 'Mar 14th'],
    ['My patient passed away on March 14, surrounded by her sons.', 'March 14'],
    ['On 14 March I told a patient of mine he needed a pacemaker.', '14 March'],
    ['He was admitted on Tuesday the 9th with urosepsis.', 'Tuesday the 9th'],
    ['She came in on the 3rd with chest pain and a troponin of 4.', 'the 3rd'],
    ['Our patient died Christmas Eve, with his family around him.', 'Christmas Eve'],
    ['Little Sam was born on the Fourth of July, six weeks early.', 'the Fourth of July'],
    ['A patient I admitted in early February for withdrawal left AMA.', 'early February'],
    ['DOB: 05/12/1961. Presented with hemoptysis.', '05/12/1961'],
    ['He was seen Saturday 6/8 for a dog bite to the hand.', 'Saturday 6/8'],
    ['We lost her on the 14th of June after a long fight.', 'the 14th of June'],
    ['She was admitted 14/3/2026 to our ward.', '14/3/2026'],
  ])('%s', (text, expected) => {
    const found = dates(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([expected]);
    expect(found[0]).toMatchObject({ ruleId: 'phi.date', category: 'phi', phiType: 'DATE', severity: 'block' });
  });
});

describe('phi.date leaves alone what only looks like a date', () => {
  it.each([
    'Diagnosed in 2019, she has been in remission since.',
    'BP 120/80 and HR 72 after the fluids.',
    'Norco 5/325 is acetaminophen plus hydrocodone.',
    'Take 1/2 tab at night for the first week.',
    'About 3/4 of patients improve within a week.',
    'Crisis lines are open 24/7.',
    'He rated his pain 10/10 on arrival.',
    'November is Diabetes Awareness Month. Ask about your A1c.',
    'Join us March 3 at the conference for a session on heart failure.',
    'Our office will be closed Monday, May 27 for Memorial Day.',
    'Flu clinics run Saturdays, Sept 14 through Oct 26, 9am-noon.',
    'Last night in the ED she told me her whole story.',
    'The USPSTF statement (April 2024) lowered the starting age to 40.',
    'Third time this week: for the 4th time he came in intoxicated.',
    'Happy Thanksgiving from all of us at the clinic!',
    'She may 3D-print her own splint.',
    'We march 5 miles for the cause.',
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('phi.date fixes', () => {
  it('replaces a date without a year with "recently", taking "on" with it', () => {
    const text = 'He passed on April 2 surrounded by his grandkids.';
    const [f] = dates(text);
    expect(f?.fixes[0]?.label).toBe('Replace “on April 2” with “recently”');
    expect(applyFix(text, f!.fixes[0]!)).toBe('He passed recently surrounded by his grandkids.');
  });

  it('capitalises the replacement only at the start of a sentence', () => {
    const text = 'The baby was discharged Friday, Oct. 3rd after 88 days!';
    expect(dates(text)[0]?.fixes[0]?.label).toBe('Replace “Friday, Oct. 3rd” with “recently”');
    const opening = 'On June 21 we lost a patient to a gunshot wound.';
    expect(applyFix(opening, dates(opening)[0]!.fixes[0]!)).toBe('Recently we lost a patient to a gunshot wound.');
  });

  it('treats "DOB is" like "DOB:"', () => {
    const text = "Pt's DOB is 7/4/1929 and she still gardens.";
    expect(dates(text)[0]?.fixes[0]?.label).toBe('Replace “7/4/1929” with “over 90 years ago”');
  });

  it('takes "on the night of" with the date it introduces', () => {
    const text = 'She coded twice on the night of the 12th but pulled through.';
    expect(applyFix(text, dates(text)[0]!.fixes[0]!)).toBe('She coded twice recently but pulled through.');
  });

  it('keeps the year when there is one', () => {
    const text = 'On 14 March 2024 I told a patient he needed a pacemaker.';
    const fixed = applyFix(text, dates(text)[0]!.fixes[0]!);
    expect(fixed).toBe('In 2024 I told a patient he needed a pacemaker.');
  });

  it('drops a birth date whose year would give away an age over 89', () => {
    const text = 'DOB: 05/12/1931. Presented with a hip fracture.';
    const fixed = applyFix(text, dates(text)[0]!.fixes[0]!);
    expect(fixed).not.toContain('1931');
    expect(spans(fixed)).toEqual([]);
  });

  it.each([
    'Admitted 3/14 to the ICU with DKA.',
    'Born on Christmas Eve, she still does the crossword in pen.',
    'She was discharged 3/14/26 after a long stay.',
    'He was admitted on Tuesday the 9th with urosepsis.',
  ])('after the fix no date is left: %s', (text) => {
    const first = dates(text);
    expect(first).toHaveLength(1);
    expect(dates(applyFix(text, first[0]!.fixes[0]!))).toEqual([]);
  });

  it('reports original offsets when the draft holds characters that folding drops', () => {
    const text = 'Admit\u200Bted patient on \u201CMarch 3\u201D, ICU bed.';
    const f = analyze(text).findings.find((x) => x.ruleId === 'phi.date');
    expect(f && text.slice(f.start, f.end)).toBe('March 3');
  });
});

describe('phi.date: a bare m/d needs "on" or an event of care just before it', () => {
  it.each([
    ['seen in clinic 3/2 for follow-up, doing great', '3/2'],
    ['Biopsy was done 10/23 and came back benign.', '10/23'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it.each([
    'Pain 8/10 when seen yesterday.',
    'Gave her a 1/2 dose on 3/4 of the days.',
    "I'll be in Austin for a talk on 4/12.",
  ])('not a date: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('phi.date: hyphenated m-d without a year', () => {
  it('counts right after an event word', () => {
    expect(spans('Admitted 3-14 with sepsis, home 3 days later.')).toEqual(['3-14']);
  });

  it.each(['We saw him 3-4 times a week.', 'Take 1-2 tablets as needed.', 'CA 19-9 was mildly up.'])('a range or a name, not a date: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('phi.date: whose date it is', () => {
  it("counts a patient's relative's date", () => {
    expect(spans("My patient's son was born on 5/3 at our hospital.")).toEqual(['5/3']);
  });

  it('finds a month of a patient stay named in a review reply', () => {
    expect(spans('It was a pleasure caring for your mom during her stay in February.')).toEqual(['February']);
  });

  it.each([
    'My son was born on 5/3 and I took 6 weeks off.',
    'I started residency on July 1, 2015, and never looked back.',
    'The FDA approved the drug on 3/14/2023.',
    'Did you know Jonas Salk announced his polio vaccine on April 12, 1955?',
    'On March 3, the patient portal will be down for maintenance.',
  ])("leaves the author's own dates and public ones: %s", (text) => {
    expect(spans(text)).toEqual([]);
  });
});
