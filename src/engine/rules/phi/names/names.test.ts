import { describe, expect, it } from 'vitest';
import { names, redact } from './testing.js';

describe('names with a title, a care noun or a relation before them', () => {
  it.each([
    ['Mrs. Okonedo in bed 7 finally ate a full breakfast.', ['Okonedo']],
    ['Checked on Mr Villanueva twice overnight, his pressures are better.', ['Villanueva']],
    ['Saw Mr. K again in clinic, his third admission this month.', ['K']],
    ['Ms. Abernathy-Cole’s biopsy came back benign.', ['Abernathy-Cole']],
    ['My patient Samuel Ortiz asked me to share his recovery story.', ['Samuel Ortiz']],
    ['One of my patients, Wendell Brooks, brought the nurses donuts.', ['Wendell Brooks']],
    ['Patient J.R. came back for his follow-up today.', ['J.R.']],
    ['Pt Rosalind Chu has been NPO since midnight.', ['Rosalind Chu']],
    ['Still thinking about T.W., my patient who coded on the floor.', ['T.W.']],
    ['His daughter Linda wants everything done.', ['Linda']],
    ['Her husband, Tom, slept in the chair by her bed all week.', ['Tom']],
    ['The patient’s grandson Eli translated for us during rounds.', ['Eli']],
    ['Name: Jonathan Pierce. DOB on file. Needs a cardiology consult.', ['Jonathan Pierce']],
    ['Cô Trần Thị Mai brought spring rolls to clinic today.', ['Trần Thị Mai']],
    ['A patient named Carlos Mendoza left AMA last night before his CT.', ['Carlos Mendoza']],
    ['Saw pt. Samuel again today, BP finally at goal.', ['Samuel']],
    ['Baby Girl Okafor went home from the NICU today at 34 weeks.', ['Okafor']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps the title out of the span', () => {
    const text = 'Rest easy, Mr. Abernathy.';
    expect(names(text)).toEqual(['Abernathy']);
  });
});

describe('names that the words after them mark as a patient', () => {
  it.each([
    ['Devon Price, 52M, presented with crushing chest pain.', ['Devon Price']],
    ['Brenda Walsh (72F) is doing great after her knee replacement.', ['Brenda Walsh']],
    ['Lily, 6, came in with a fever and a stiff neck.', ['Lily']],
    ['We admitted Otis Fairbanks, a 67-year-old roofer, after a fall.', ['Otis Fairbanks']],
    ['Grateful for patients like Dolores Finch, 81, who bikes to every appointment.', ['Dolores Finch']],
    ['Maria’s MRI finally showed the lesion we were looking for.', ['Maria']],
    ['If Hank’s daughter sees this, please call the unit.', ['Hank']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('first names in a sentence about a patient', () => {
  it.each([
    ['Sweet Lily was so brave for her stitches today.', ['Lily']],
    ['Poor Kevin has been in the ICU for two weeks now.', ['Kevin']],
    ['Update on baby Noah: extubated this morning!', ['Noah']],
    ['X-ray from our little guy Mateo, who swallowed a coin.', ['Mateo']],
    ['Sending love to the Hernandez family tonight; hospice is with them.', ['Hernandez']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a name tied to care by a clinical verb or a testimonial', () => {
  it.each([
    ['We intubated Marisol at 3am and she is finally stable.', ['Marisol']],
    ['Marisol was admitted last night with DKA.', ['Marisol']],
    ['Please keep praying for Jasmine; she is still in the PICU.', ['Jasmine']],
    ['“Dr. K saved my life after my heart attack!” — Maria L.', ['Maria L.']],
    ['The daughter, Kim, flew in from Denver to be at his bedside in the ICU.', ['Kim']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a given name and a surname in a care story', () => {
  it.each([
    ['Rounded on Eleanor Whitmore this morning; her pneumonia is clearing.', ['Eleanor Whitmore']],
    ['Discharged Harvey Collins today after 40 days in the ICU.', ['Harvey Collins']],
    ['Grandpa Walt (87) beat COVID and went home to his dog today!', ['Walt']],
    ['Medicaid cut coverage for Jaylen Carter in the middle of his chemo.', ['Jaylen Carter']],
    ['So proud of Gwen Albright: six months after her transplant she ran a 10K.', ['Gwen Albright']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads a wristband written surname first in capitals', () => {
    expect(names('Found a wristband in my pocket: PETROVIC, HELEN MRN 5512093. Shredded.')).toEqual(['PETROVIC, HELEN']);
  });

  it('reads a chart-style name before a record field', () => {
    expect(names('Garcia, Maria, DOB 3/4/1950 is on the OR schedule today.')).toEqual(['Garcia, Maria']);
  });

  it('does not follow a surname that is also a word through the text', () => {
    const text = 'Mrs. Young has been my patient for years. Young adults rarely get this disease.';
    expect(names(text)).toEqual(['Young']);
    expect(redact(text, 'Young').fixed).toBe('A patient has been my patient for years. Young adults rarely get this disease.');
  });

  it('reports a repeated name where it is addressed, once per mention', () => {
    const text = 'His son Tyler put on the tourniquet before the ambulance came.\n\nTyler, you are a hero.';
    expect(names(text)).toEqual(['Tyler', 'Tyler']);
  });
});
