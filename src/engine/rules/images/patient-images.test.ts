import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';

const images = (text: string) => analyze(text).findings.filter((f) => f.category === 'patient-image');

describe('IMG-PATIENT: a patient photo, scan or video in the post', () => {
  it.each([
    ['an attached scan', 'CT attached: look at the size of that kidney stone! Drink your water, folks.', 'CT'],
    ['a picture below', 'Pic below of the worst road rash I have seen this year. Wear your leathers.', 'Pic'],
    ['a swipe carousel', 'Swipe to see her before and after, three weeks post-op.', 'before and after'],
    ['a video from the OR', 'Video from the OR: watch how fast the laparoscope finds the appendix.', 'Video'],
    ['a selfie with a patient', 'Selfie with my favorite patient on his discharge day!', 'Selfie'],
    ['a photo of a lesion', 'Check out this photo of the rash on his arm, classic target lesions.', 'photo'],
    ['this x-ray', 'This x-ray shows a fracture most people would miss at first glance.', 'x-ray'],
    ['a pictured patient', 'Pictured: my patient ringing the bell on her last day of radiation!', 'Pictured'],
    ['a tracing posted', 'Posting the ECG from our overnight code, look at those peaked T waves.', 'ECG'],
    ['a bedside photo', 'Throwback to this sweet bedside photo with a little guy on his last day of chemo!', 'photo'],
    ['an image of the week', 'MRI of the week: spot the lesion? (Posted with written consent.)', 'MRI'],
    ['a selfie after a race', 'Selfie with my patient after her triathlon, she said I could share it!', 'Selfie'],
    ['a picture of me and a patient', 'Snapshot of me and my patient on his discharge day, what a journey.', 'Snapshot'],
    ['a photo with our patient', 'Photo with our youngest patient after her heart surgery. So proud!', 'Photo'],
    ['a patient story with a photo below', 'Our patient walked out of rehab on his own today, photo below!', 'photo'],
    ['a carousel of a scar', 'Swipe to see her scar at two weeks versus six weeks.', 'Swipe to see'],
    ['a carousel of his wound', 'Swipe through his wound healing, day 1 to day 30.', 'Swipe through'],
    ['a selfie shared with permission', 'Selfie with my patient at the finish line, and she gave me permission to share!', 'Selfie'],
    ['a photo said to be ok to post', 'Photo with my patient on his graduation day (he said it was ok to post).', 'Photo'],
  ])('blocks %s, with no text fix and a message about authorization', (_label, text, word) => {
    const [f] = images(text);
    expect(f).toBeDefined();
    expect(f!.severity).toBe('block');
    expect(f!.ruleId).toBe('image.patient');
    expect(f!.fixes).toEqual([]);
    expect(f!.message).toMatch(/written authorization/);
    expect(f!.message).toMatch(/metadata/);
    expect(text.slice(f!.start, f!.end).toLowerCase()).toBe(word.toLowerCase());
  });

  it.each([
    ['a stock image', 'Stock image above: what a healthy retina looks like.'],
    ['an illustration', 'The x-ray below is an illustration from our teaching set, not a real patient.'],
    ['a diagram', 'See the diagram below for where the gallbladder sits.'],
    ["the author's own x-ray", 'Here is my own ankle x-ray after the marathon. Doctors get hurt too.'],
    ['a photo the patient sent', 'A patient sent me a photo of her rash last night. Please use the portal for that.'],
    ['audio', 'Audio attached: listen to this wheeze from a recorded teaching case.'],
    ['advice against posting', 'Never post photos of patients, even with faces cropped.'],
    ['a question about sharing', 'Mind if we share your before/after photos on our page?'],
    ['a request for permission', 'Do we have your permission to post the photo of your scar on our page?'],
    ['a photo of a place', 'Here is a photo of our new waiting room, finally finished!'],
    ['talk about imaging', 'Ultrasound is the first test for suspected gallstones in most adults.'],
    ['teaching how to read a tracing', 'How to read an EKG: start with the rate, then the rhythm, then the axis.'],
    ['a new imaging suite', 'Our new ultrasound suite opens Monday. See the photos below!'],
    ['a colleague introduced', 'Meet Dr. Alvarez, our newest partner! See her photo below.'],
    ['a conference day', 'Day 3 of the conference: photo below from the keynote.'],
    ['imaging equipment', "Here's a photo of our new CT scanner, installed this week!"],
    ['a selfie with a colleague', 'Selfie with my colleague Dr. Reyes after our last night shift together!'],
    ['a picture of me and my daughter', 'Pic of me and my daughter at the finish line of her first 10K.'],
    ['a carousel of tips', 'Swipe for five tips on choosing a sunscreen this summer.'],
    ['a carousel of the new office', 'Swipe to see our new waiting room and play area!'],
    ['a carousel that is an illustration', 'Swipe to see how stitches should look at day 10 (illustration).'],
  ])('stays quiet on %s', (_label, text) => {
    expect(images(text)).toEqual([]);
  });
});
