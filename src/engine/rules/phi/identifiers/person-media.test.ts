import { describe, expect, it } from 'vitest';
import { runIdentifiers, spansOf } from './testing.js';

describe('biometric records of a patient', () => {
  it.each([
    ['Attached is the retina scan of a patient with a rare coloboma.', 'retina scan'],
    ["Sharing Mrs. Alvarez's voiceprint from her speech therapy intake.", 'voiceprint'],
    ['Here is his fingerprint card from the intake packet.', 'fingerprint card'],
    ['The lab ran a DNA profile of the patient for the custody case.', 'DNA profile'],
    ['Listen to the voice recording I made of Mr. Osei before surgery.', 'voice recording'],
    ['Her palm vein scan failed at the hospital kiosk.', 'palm vein scan'],
  ])('finds %j', (text, expected) => {
    expect(spansOf(text, 'BIOMETRIC')).toEqual([expected]);
  });

  it.each([
    'Ever seen a fingerprint with no ridges? Adermatoglyphia is rare.',
    'She cannot use the fingerprint login on her phone.',
    'Fingerprint scanners at the front desk speed up check-in.',
    'Her tumor DNA profile showed a BRCA2 variant.',
    'A softer voice can be an early sign of Parkinson disease.',
    'Voice recording apps help patients track symptoms.',
  ])('leaves %j alone', (text) => {
    expect(spansOf(text, 'BIOMETRIC')).toEqual([]);
  });
});

describe("a patient's full-face photo", () => {
  it.each([
    ["Swipe for Dana's full-face photo at week six.", 'full-face photo'],
    ['Photo of her face attached, she consented.', 'Photo of her face'],
    ['Here is a picture of the patient\'s entire face after the graft.', "picture of the patient's entire face"],
    ['The patient sent a facial photo before the Botox visit.', 'facial photo'],
    ['Posting a pic showing her face with the rash, she agreed.', 'pic showing her face'],
    ['Unblurred photo of my patient in the ICU, shared with permission.', 'Unblurred photo'],
  ])('finds %j', (text, expected) => {
    expect(spansOf(text, 'PHOTO')).toEqual([expected]);
  });

  it.each([
    'HIPAA counts full-face photos as identifiers, so crop them.',
    'This stock photo of a face shows the facial nerve branches.',
    'Facial droop that improves over weeks is typical of Bell palsy.',
    'Selfie time at the conference!',
  ])('leaves %j alone', (text) => {
    expect(spansOf(text, 'PHOTO')).toEqual([]);
  });

  it('offers no text fix: the photo itself must go or be authorised', () => {
    const f = runIdentifiers("Swipe for Dana's full-face photo.").find((x) => x.phiType === 'PHOTO');
    expect(f?.fixes).toEqual([]);
    expect(f?.message).toMatch(/authorization/);
  });
});
