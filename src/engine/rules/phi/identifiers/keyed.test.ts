import { describe, expect, it } from 'vitest';
import type { PhiType } from '../../../types.js';
import { fixFirst, spansOf } from './testing.js';

const cases: Array<[PhiType, string, string]> = [
  ['MRN', 'Can someone look at MRN 55102938 before rounds?', '55102938'],
  ['MRN', 'Sticker said PARKER, JOAN MR# A7731902.', 'A7731902'],
  ['MRN', 'medical record number: 00913377', '00913377'],
  ['MRN', 'Chart # 4471902 has the wrong allergy list.', '4471902'],
  ['HEALTH_PLAN', 'Her member ID is WQX9921830 and the plan still denied it.', 'WQX9921830'],
  ['HEALTH_PLAN', 'Medicaid # 99281736B was terminated mid-treatment.', '99281736B'],
  ['HEALTH_PLAN', 'Medicare shows his MBI as 1EG4-TE5-MK73.', '1EG4-TE5-MK73'],
  ['HEALTH_PLAN', 'Her insurer lost the paperwork (ID 88123007X) twice.', '88123007X'],
  ['HEALTH_PLAN', 'Card reads 1EG4-TE5-MK73 under the name.', '1EG4-TE5-MK73'],
  ['ACCOUNT', 'Billing sent account #B-229183 to collections.', '#B-229183'],
  ['ACCOUNT', 'Invoice no. 77120934 was for his ED visit.', '77120934'],
  ['ACCOUNT', 'acct 6612-0098-11 shows two copays', '6612-0098-11'],
  ['LICENSE', "She left her driver's license, #S530-4417-2290, at the desk.", '#S530-4417-2290'],
  ['LICENSE', 'He drives a truck (CDL 88120394) and just got a CPAP.', '88120394'],
  ['LICENSE', 'His concealed carry permit 4471-2290 was in the bag we inventoried.', '4471-2290'],
  ['VEHICLE', 'Whose grey Civic, plate 7KDM221, is blocking the bay?', '7KDM221'],
  ['VEHICLE', 'Her license plate number 4471 was in the police report.', '4471'],
  ['VEHICLE', "Texas tag MRX 2290 belongs to the patient's son.", 'MRX 2290'],
  ['VEHICLE', 'Dispatch read the VIN: 1M8GDM9AXKP042788.', '1M8GDM9AXKP042788'],
  ['VEHICLE', 'Found 1M8GDM9AXKP042788 on the tow slip.', '1M8GDM9AXKP042788'],
  ['DEVICE', 'Her pacemaker, serial number PJN448172R, is on recall.', 'PJN448172R'],
  ['DEVICE', 'Pump S/N 22-99173-X keeps alarming.', '22-99173-X'],
  ['DEVICE', 'Logged the UDI (01)00884521165314(17)250101 for his implant.', '(01)00884521165314(17)250101'],
  ['OTHER_ID', 'Thanks to the deputy, badge #3381, for the coffee.', '#3381'],
  ['OTHER_ID', 'An inmate (DOC #K229018) waited six hours for transport.', '#K229018'],
  ['OTHER_ID', 'Her employee ID 008812 got her into the staff clinic.', '008812'],
  ['OTHER_ID', 'Case number 2025-004471 is the assault he came in with.', '2025-004471'],
  ['MRN', 'Her MR number 4839201 is on the wristband.', '4839201'],
  ['MRN', 'MRN4839201 please check the allergy list', '4839201'],
  ['MRN', 'Medical Record Number (MRN): 00123456', '00123456'],
  ['ACCOUNT', 'acct. #12345678 still shows a balance', '#12345678'],
  ['DEVICE', 'Her CGM transmitter ID 8G1234 keeps dropping.', '8G1234'],
  ['DEVICE', 'IMEI 490154203237518 on the loaner phone he took home.', '490154203237518'],
  ['OTHER_ID', 'His passport number 123456789 was in the bag.', '123456789'],
];

describe('identifiers introduced by a keyword', () => {
  it.each(cases)('%s in %j', (type, text, expected) => {
    expect(spansOf(text, type)).toEqual([expected]);
  });

  it.each([
    'Serial troponins and serial 12-lead ECGs were unremarkable.',
    'Chart review of 2024 visits shows the trend.',
    'Plate 3.5 mm locking plate with 8 screws.',
    'The growth plate of a 12-year-old is still open.',
    'These accounts for 3000 patients.',
    'On account of 2 cancellations the clinic closed early.',
    'Board-certified, IL license 036.148821, NPI 1588712309.',
    'Dr. Ames, MD | license #A128837 | Chicago',
    'NCT04368728 and study ID 44810 enrolled 1,200 adults.',
    'Use NDC 0002-1433-80, lot 5X7201, CPT 99214, ICD-10 E11.9.',
    'Medicare Part D premiums rise in 2026.',
    'Her insurance covered 80% and the policy renews in 2027.',
    'Tag me in your posts and tag @cdcgov too.',
    'Vin Diesel visited the ward (not a patient).',
    'DL;DR: read the thread.',
    'Case #3 of our teaching series: 54M with chest pain.',
    'His ID badge was in his pocket.',
  ])('leaves %j alone', (text) => {
    const types: PhiType[] = ['MRN', 'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'OTHER_ID'];
    expect(types.flatMap((t) => spansOf(text, t))).toEqual([]);
  });

  it('removes a bracketed identifier with its brackets', () => {
    const { fixed, label } = fixFirst('Walter Ames (MRN 55102938) was admitted.', 'MRN');
    expect(fixed).toBe('Walter Ames was admitted.');
    expect(label).toBe('Remove “(MRN 55102938)”');
  });

  it('keeps an owned keyword and drops only the number', () => {
    const { fixed } = fixFirst("Her dad's account #7781-2290-03 went to collections.", 'ACCOUNT');
    expect(fixed).toBe("Her dad's account went to collections.");
  });

  it('drops the preposition with the identifier', () => {
    const { fixed } = fixFirst('Can you check the CT on MRN 55102938 when free?', 'MRN');
    expect(fixed).toBe('Can you check the CT when free?');
  });

  it('capitalises the next word when it removes a sentence opener', () => {
    const { fixed } = fixFirst('Quiet night. Badge #3381, thank you for the coffee.', 'OTHER_ID');
    expect(fixed).toBe('Quiet night. Thank you for the coffee.');
  });
});
