import { describe, expect, it } from 'vitest';
import { fixFirst, spansOf } from './testing.js';

describe('Social Security numbers', () => {
  it.each([
    ['The claim bounced because they typed 231-47-8890 for her.', '231-47-8890'],
    ['His SSN is 231478890, can someone fix the chart?', '231478890'],
    ['social security number: 231 47 8890', '231 47 8890'],
    ['SS# 231-47-8890 on the fax cover sheet', '231-47-8890'],
    ['Verified the last four of her SSN, 8890, at check-in.', '8890'],
    ['SS No. 231-47-8890', '231-47-8890'],
    ['SSNo 231478890 in the scanned form', '231478890'],
    ['Her Social 231478890 was on the form', '231478890'],
  ])('finds %j', (text, expected) => {
    expect(spansOf(text, 'SSN')).toEqual([expected]);
  });

  it.each([
    ['area 000', 'SSN 000-47-8890'],
    ['area 666', 'SSN 666-47-8890'],
    ['area 9xx', 'The temp number 912-47-8890 is an ITIN.'],
    ['group 00', 'SSN 231-00-8890'],
    ['serial 0000', 'SSN 231-47-0000'],
    ['undashed without a keyword', 'Order 231478890 shipped.'],
    ['lot numbers', 'Recall: lot 231-47-8890 of the vaccine.'],
    ['a four-digit number with no "last four"', 'Her SSN card arrived in 2024.'],
  ])('rejects %s', (_why, text) => {
    expect(spansOf(text, 'SSN')).toEqual([]);
  });

  it('removes a labelled field whole', () => {
    const { fixed } = fixFirst('DOB: 05/12/1951. SSN: 231-47-8890. Needs ortho.', 'SSN');
    expect(fixed).toBe('DOB: 05/12/1951. Needs ortho.');
  });
});
