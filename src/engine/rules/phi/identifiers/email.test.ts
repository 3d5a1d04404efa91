import { describe, expect, it } from 'vitest';
import { findEmails } from './email.js';
import { fixFirst, spansOf } from './testing.js';

describe('e-mail addresses', () => {
  it.each([
    ['The patient wants results sent to mara.okoye+labs@proton.me instead.', 'mara.okoye+labs@proton.me'],
    ['Her son (d_reyes77@mail.example.co.uk) keeps writing to me.', 'd_reyes77@mail.example.co.uk'],
    ['Got a lovely note from a former patient, tom.ishida@fastmail.com, today.', 'tom.ishida@fastmail.com'],
  ])('finds the address in %j', (text, expected) => {
    expect(spansOf(text, 'EMAIL')).toEqual([expected]);
  });

  it('reads only a proper address grammar', () => {
    const text = 'x @handle a@b foo@bar. .dot@start.com me@@here.org tail.@x.com ok.name@host.io';
    const found = findEmails(text).map((h) => text.slice(h.start, h.end));
    expect(found).toEqual(['dot@start.com', 'ok.name@host.io']);
  });

  it.each([
    'Thanks @jane_doe and @CDCgov for the great thread!',
    'Please email our office manager at feedback@lakesidepeds.com.',
    'Questions? Write to info@brightsmiles.health any time.',
    'You can email me at dr.lee@leefamilymed.com with feedback on the talk.',
  ])('leaves %j alone', (text) => {
    expect(spansOf(text, 'EMAIL')).toEqual([]);
  });

  it('respects the practice details setting', () => {
    const text = 'Her niece asked me to copy nina@careteam.example.com on updates.';
    expect(spansOf(text, 'EMAIL')).toHaveLength(1);
    expect(spansOf(text, 'EMAIL', { practiceDetails: ['Nina@CareTeam.example.com'] })).toEqual([]);
  });

  it('removes the address with its preposition', () => {
    const { fixed, label } = fixFirst('My patient asked that results be emailed to lee.h@example.net instead.', 'EMAIL');
    expect(fixed).toBe('My patient asked that results be emailed instead.');
    expect(label).toBe('Remove “to lee.h@example.net”');
  });
});

describe('clinicians and relatives who happen to be clinicians', () => {
  it("leaves a doctor's mailbox alone", () => {
    expect(spansOf("My patient's husband sent a thank-you to dr.moss@westsideortho.com.", 'EMAIL')).toEqual([]);
  });

  it("still reports a relative's address that names a profession", () => {
    const text = 'Her niece asked me to send updates to nina.cole.rn@example.com.';
    expect(spansOf(text, 'EMAIL')).toEqual(['nina.cole.rn@example.com']);
  });
});
