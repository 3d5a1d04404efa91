import { describe, expect, it } from 'vitest';
import { names, redact, runNames } from './testing.js';

describe('patients placed in a bed, bay or room', () => {
  it.each([
    ['Rounding thought: Gloria Whitfield (bed 12) finally got her smile back after the chest tube came out.', ['Gloria Whitfield']],
    ['Rosa in room 12 finally walked to the window after her hip surgery.', ['Rosa']],
    ['Little Mateo (bed 4) is finally eating again.', ['Mateo']],
    ['Night shift: Terrence Oyelaran, bay 3, kept asking for his guitar.', ['Terrence Oyelaran']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('replacing the name keeps the bed and clears the finding', () => {
    const text = 'Gloria Whitfield (bed 12) finally got her smile back.';
    const { fixed } = redact(text, 'Gloria Whitfield');
    expect(fixed).toContain('(bed 12)');
    expect(fixed).not.toContain('Gloria');
    expect(names(fixed)).toEqual([]);
  });
});

describe('a patient introduced to the readers', () => {
  it.each([
    ['Meet Tobias! He is 7 and just finished his last round of chemo 🎉 His mom Rachel said we could share.', ['Tobias', 'Rachel']],
    ['This is Amara. She is 5 and rang the bell today after her last radiation session.', ['Amara']],
    ['Say hi to Desmond! 9 years old and three months past his transplant.', ['Desmond']],
    ['Everyone meet Priscilla 💪 she beat leukemia twice and wants other kids to know it.', ['Priscilla']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Meet Jenna! She joined our clinic as a nurse practitioner and already knows every patient by name.',
    'Meet Priya, our new PA. She is 29 and loves oncology.',
    'Say hi to Luna, our therapy dog! She visits the peds floor every Friday.',
    'Here is Marcus, my son, at his soccer game. He is 9 and proud of it.',
    'This is Boston. We treated 40 patients in the ER tonight.',
    'This is Medicine: long nights and good people.',
    'Meet Sandra at the flu clinic booth this weekend.',
  ])('not a patient: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a possessive name before a care word', () => {
  it.each([
    ['So proud to support their fundraiser for Keisha’s rehab after the stroke.', ['Keisha']],
    ['Praying for Darnell’s recovery after the transplant.', ['Darnell']],
    ['Everyone sign the card for Marisol’s infusions, she finished the last one today at the clinic.', ['Marisol']],
    ['Lorenzo’s physio is going better than his surgeon expected.', ['Lorenzo']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Parkinson’s therapy has come a long way since I trained.',
    'Bell’s palsy recovery usually takes weeks, not days.',
    'Read Gawande’s essay on surgery before rounds.',
  ])('not a patient: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('the person who brought a patient in, and the patient who came in with family', () => {
  it('names the relative who brought the patient, and the patient', () => {
    const text = 'Shoutout to Bernadette from accounting who brought her husband Lou in for chest pain';
    expect(names(text)).toEqual(['Bernadette', 'Lou']);
    const roles = runNames(text).map((f) => f.message.includes('family member') ? 'relative' : 'patient');
    expect(roles).toEqual(['relative', 'relative']);
  });

  it.each([
    ['Big hug to Jimmy who came in with his dad for stitches.', ['Jimmy']],
    ['Dolores accompanied her husband to the ER last night.', ['Dolores']],
    ['Kevin from the warehouse team came in with his wife for her chest pain.', ['Kevin']],
    ['Lucas came in with his mom for a broken arm and left with a purple cast.', ['Lucas']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Thanks to Denise from billing for sorting out the insurance mess for our clinic.',
    'Karen from HR brought donuts for the night shift.',
    'My wife brought our son in for his flu shot.',
    'Came in with my dad for his cataract surgery; the nurses were wonderful.',
  ])('not a patient: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('name shapes', () => {
  it.each([
    ['Mrs. O’Brien-Walsh brought her grandson in for his asthma follow-up.', ['O’Brien-Walsh']],
    ['Mr. Smith-O’Neil was admitted overnight with sepsis.', ['Smith-O’Neil']],
    ['Noémie, 4, rang the bell after chemo today!', ['Noémie']],
    ['José Ramírez came in with chest pain and we admitted him.', ['José Ramírez']],
    ['Zoë Laurent underwent surgery this morning.', ['Zoë Laurent']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
