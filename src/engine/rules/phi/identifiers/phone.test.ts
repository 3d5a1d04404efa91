import { describe, expect, it } from 'vitest';
import { fixFirst, spansOf } from './testing.js';

describe('phone numbers of patients and relatives', () => {
  it.each([
    ['Her husband gave me his cell, 719-555-0102, in case she gets worse.', '719-555-0102'],
    ['The pt says to reach her at (720) 555 0199 after 5.', '(720) 555 0199'],
    ["Mr. Diaz's daughter left her number: 303.555.0147", '303.555.0147'],
    ['My patient gave me her mobile +1 415 555 0133 so we can text her.', '+1 415 555 0133'],
    ['His son asked us to call him at 1-303-555-0110 ext. 42 with results.', '1-303-555-0110 ext. 42'],
    ['Trying to reach his wife at 555-0164 all morning.', '555-0164'],
    ['His number (617)555-0144, in case she wakes up.', '(617)555-0144'],
    ['pt cell 6175550144', '6175550144'],
    ['Her cell (617)-555-0144 is off.', '(617)-555-0144'],
  ])('finds %j', (text, expected) => {
    expect(spansOf(text, 'PHONE')).toEqual([expected]);
  });

  it('calls it a fax when the sentence is about faxing', () => {
    const text = "The patient's employer keeps faxing us from 614-555-0171 asking for her diagnosis.";
    expect(spansOf(text, 'FAX')).toEqual(['614-555-0171']);
    expect(spansOf(text, 'PHONE')).toEqual([]);
  });

  it.each([
    'For emergencies call 911; for a mental-health crisis call or text 988.',
    'Poison Control is 1-800-222-1222, day or night.',
    'Questions? Call our office at (614) 555-0123 to book.',
    'Walk-in hours Tuesday 3–6 pm. 📞 (312) 555-0147',
    'Call us at 262-555-0133 for appointments.',
    'Lines are open weekdays at 1-888-555-0134.',
    'NDC 0002-1433-80 and lot 123-456-7890 are in the recall notice.',
    'BP 128/82, HR 74, A1c 7.2, LDL 130 on 3/14/2026.',
    'Our site is at 5521 Oak Ave, 60623-2231.',
    'The area code 212 covers Manhattan; 415 is San Francisco.',
    'Numbers like 123-456-7890 are not real: exchanges never start with 1.',
  ])('leaves %j alone', (text) => {
    expect([...spansOf(text, 'PHONE'), ...spansOf(text, 'FAX')]).toEqual([]);
  });

  it("never reports the practice's own published line", () => {
    const text = 'Her daughter can reach the nurse at (614) 555-0100 any weekday.';
    expect(spansOf(text, 'PHONE')).toHaveLength(1);
    expect(spansOf(text, 'PHONE', { practiceDetails: ['614-555-0100'] })).toEqual([]);
  });

  it('removes an appositive number with its comma so the sentence still reads', () => {
    const { fixed, label } = fixFirst('I tried her cell, (508) 555-0143, but it goes to voicemail.', 'PHONE');
    expect(fixed).toBe('I tried her cell, but it goes to voicemail.');
    expect(label).toBe('Remove “(508) 555-0143”');
    expect(spansOf(fixed, 'PHONE')).toEqual([]);
  });

  it('takes the preposition with the number', () => {
    const { fixed } = fixFirst("We've been trying to reach you at 313-555-0190 about your mom.", 'PHONE');
    expect(fixed).toBe("We've been trying to reach you about your mom.");
  });

  it('falls back to a neutral phrase where removing would leave a gap', () => {
    const { fixed, label } = fixFirst("Please call my pt back, she's at (617) 555-0142", 'PHONE');
    expect(fixed).toBe("Please call my pt back, she's at a phone number");
    expect(label).toBe('Redact “(617) 555-0142”');
  });
});

describe('whose line it is', () => {
  it.each([
    'Dr. Smith is now accepting new patients! 555-201-0100',
    'Lactation support line: 617-555-0144 (24/7).',
    'The new clinic phone is 617-555-0144.',
    'Vaccine questions? Our nurses answer at 617-555-0144.',
    "Dr. Kim's pager is 312-555-0199 if anyone needs her tonight.",
    'Our clinic: 1200 Main St, Suite 300. Tel 555-201-0100.',
    'Flu shots available now! 555-201-0100',
  ])('treats %j as an organisation or colleague line', (text) => {
    expect(spansOf(text, 'PHONE')).toEqual([]);
  });

  it.each([
    ["Got a voicemail from a patient's mom at 617-555-0144 asking about her son.", '617-555-0144'],
    ['Mr. Owens asked me to post this so his family sees it: call Aunt June at 216-555-0144.', '216-555-0144'],
    ['Lost and found: she left a phone charger. Owner, ring 216-555-0144.', '216-555-0144'],
  ])('still reports a relative reached through the post in %j', (text, expected) => {
    expect(spansOf(text, 'PHONE')).toEqual([expected]);
  });
});

describe('numbers written with look-alike characters', () => {
  it('reads en dashes, no-break spaces, full-width digits and hidden characters, and maps back', () => {
    const text = 'Her cell is ６１７–555\u00A00144 and his is 212-55\u200B5-0199.';
    const found = spansOf(text, 'PHONE');
    expect(found).toEqual(['６１７–555\u00A00144', '212-55\u200B5-0199']);
  });
});

describe('the word "patient" alone', () => {
  it('does not make a practice line a patient’s', () => {
    expect(spansOf('Patient portal down? Call 555-201-0100 for refills.', 'PHONE')).toEqual([]);
  });

  it('still marks a number a patient gave', () => {
    expect(spansOf('Patient called from 612-555-0177 three times overnight.', 'PHONE')).toEqual(['612-555-0177']);
  });
});
