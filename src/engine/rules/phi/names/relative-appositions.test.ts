import { describe, expect, it } from 'vitest';
import { names, redact, runNames } from './testing.js';

describe('a relative named by an apposition', () => {
  it.each([
    ['Fax the discharge summary to (415) 555-0187 attn Rosalind, his wife, who keeps his medication list.', 'Rosalind'],
    ['Mail the statement c/o Everett, her son, since she moved in with him after the stroke.', 'Everett'],
    ['When you call about the prior auth, ask for Marisol, the patient’s daughter, who handles the bills.', 'Marisol'],
    ['Send the records attn Lorraine, their eldest daughter.', 'Lorraine'],
    ['Questions about her home oxygen go to Bertram, her grandson, and he answers fast.', 'Bertram'],
    ['Call Imelda (his niece) at 555-0162 with the biopsy results.', 'Imelda'],
    ['Drop the walker off with Augustin — her husband — at the side entrance.', 'Augustin'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
    const f = runNames(text).find((x) => text.slice(x.start, x.end) === name);
    expect(f?.message).toMatch(/family member/);
  });

  it('replaces the name and keeps the relationship, and the fixed text is clean', () => {
    const text = 'Fax the referral packet attn Winifred, her daughter, who signs the forms.';
    const { fixed, label } = redact(text, 'Winifred');
    expect(label).toBe('Redact “Winifred”');
    expect(fixed).toBe('Fax the referral packet attn a family member, her daughter, who signs the forms.');
    expect(names(fixed)).toEqual([]);
  });
});

describe('appositions that name no patient’s relative', () => {
  it.each([
    'Fax the claim attn Billing Department, her daughter already called about it.',
    'Hi Dr. Lee, her daughter asked whether the referral went through.',
    'Please ask for Nurse Okafor, her daughter said she was very kind.',
    'Ask for Priya, my wife, if you need a ride to the conference.',
    'Send invoices attn Accounts Payable, the vendor’s contact.',
    'Thanks Sarah - her daughter was thrilled with the science fair project.',
    'Talk to Dr. Nguyen (her son) about residency interviews.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
