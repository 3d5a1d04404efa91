import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix } from '../../context.js';
import type { Finding } from '../../types.js';
import { NEUTRAL_REPLY } from './review-replies.js';

const review = (text: string, reviewReplyMode = false): Finding[] =>
  analyze(text, { settings: { reviewReplyMode } }).findings.filter((f) => f.ruleId.startsWith('review.'));
const confirms = (text: string, reply = false) => review(text, reply).some((f) => f.ruleId === 'review.confirm');

describe('REV-CONFIRM: a reply that confirms someone was a patient', () => {
  it.each([
    ['a tagged reply', '@marco_runs sorry the parking was a mess during your colonoscopy, we are fixing the signs!'],
    ['a greeting by name', 'Hi Priscilla, thank you for the flowers after your hip replacement. The whole team loved them.'],
    ['a thanks by name', 'Thank you so much, Devon! It was a pleasure treating you and we hope the cast comes off soon.'],
    ['a vocative', 'Terrence, we are sorry you waited so long when you came in on Friday.'],
    ['records', 'Hello Ms. Abara, our records show you cancelled twice, so the fee stands.'],
    ['a relative addressed', 'If Mr. Oyelaran\'s daughter reads this: please call us about your dad, the unit has news.'],
    ['a reviewer unmasked', '"Anonymous Reviewer" - we know this is Gwen from Elm Street. You never paid.'],
    ['the doctor replying', 'I\'m the dentist you\'re writing about. I remember your crown and it fit perfectly.'],
    ['a tag with third-person care', 'So proud of @tomas.lifts, back on the platform 6 months after his rotator cuff repair!'],
    ['a titled name closing the reply', 'We are sorry about your experience at our front desk, Mr. Albrecht. We will do better.'],
    ["a relative's procedure", 'Thank you, Odette, for the kind review. So glad your son\'s appendectomy went smoothly!'],
  ])('blocks %s', (_label, text) => {
    const found = review(text).find((f) => f.ruleId === 'review.confirm');
    expect(found).toBeDefined();
    expect(found!.category).toBe('patient-confirmation');
    expect(found!.severity).toBe('block');
  });

  it('in review-reply mode, any confirmation of care counts even with no name', () => {
    expect(confirms('We are sorry your wait was long. Dr. Osei was delayed by an emergency that morning.', true)).toBe(true);
    expect(confirms('We are sorry your wait was long. Dr. Osei was delayed by an emergency that morning.', false)).toBe(false);
  });

  it.each([
    ['the neutral template', NEUTRAL_REPLY],
    ['a policy reply', 'We value all feedback. Privacy law prevents us from discussing anyone\'s care here; please call our office.'],
    ['general advice', 'Bring a list of your medications to your next visit, and ask about your results.'],
    ['a third-person story with a name', 'So proud of Lorraine: 5 months after her knee replacement she hiked the ridge trail.'],
    ['advice with a tag', '@runner_kat get your labs checked and bring your medication list to a doctor you trust.'],
    ['advice to a stranger', '@fitdad_22 you should ask your doctor before mixing ibuprofen with your blood pressure pills.'],
    ['a colleague tag', '@DrHaleyMD can you look at my patient\'s echo when you have a minute? Her EF looks low.'],
    ['a brand thanked', 'Thanks @SunnySideCo for the sunscreen samples for our clinic waiting room!'],
    ['a panel guest thanked', 'Thanks so much, Renata! We loved having you on the caregiver panel last week.'],
    ['a general answer to a named person', 'Hi Omar, good question! In general, your lab results should come back within 3 days.'],
    ['a colleague thanked', 'Thank you, Dr. Osei, for your care of our patients during the storm.'],
    ['a city thanked', 'Bring your medication list to your next visit, everyone. Thanks, Chicago!'],
    ['a crowd addressed', 'Friends, we are so grateful. Your visits keep our little clinic going.'],
    ['a tagged outlet', '@citypaper_health Great piece on measles. Your readers should check their vaccine records.'],
  ])('stays quiet on %s', (_label, text) => {
    expect(confirms(text)).toBe(false);
  });

  it.each([NEUTRAL_REPLY, 'Thank you for taking the time to write. We never discuss whether someone is a patient online.'])(
    'stays quiet on a neutral reply even in review-reply mode: %s', (text) => {
      expect(review(text, true)).toEqual([]);
    });

  it('offers the neutral reply, and the fixed text confirms nothing', () => {
    const text = 'Hi Janelle, so glad your gallbladder surgery went well! See you at your follow-up.';
    const f = review(text).find((x) => x.ruleId === 'review.confirm')!;
    expect(f.fixes).toHaveLength(1);
    expect(f.fixes[0]!.label).toMatch(/^Replace “Hi Janelle, .*” with “Thank you for your feedback…”$/);
    const fixed = applyFix(text, f.fixes[0]!);
    expect(fixed).toBe(NEUTRAL_REPLY);
    expect(review(fixed, true)).toEqual([]);
  });

  it('offers to remove the tag when a post, not a reply, confirms a tagged person', () => {
    const text = 'Proud of @maya_climbs: first summit since her ACL reconstruction!';
    const f = review(text).find((x) => x.ruleId === 'review.confirm')!;
    expect(f.fixes[0]!.label).toBe('Remove “@maya_climbs”');
    expect(confirms(applyFix(text, f.fixes[0]!))).toBe(false);
  });
});

describe('REV-DETAIL: details a confirming reply adds', () => {
  it('flags cost and coverage in a reply that confirms care', () => {
    const text = 'Hi Oren, your MRI was not covered by your plan, so the $840 balance is yours.';
    expect(review(text).some((f) => f.ruleId === 'review.detail')).toBe(true);
  });

  it('leaves a generic coverage statement alone', () => {
    expect(review('We accept most insurance, including Medicare. Call us to check coverage.')).toEqual([]);
  });
});

describe('REV-TONE: insults in a reply', () => {
  it('warns in category professionalism when the reply confirms nothing', () => {
    const found = review('@grumpy_guy123 maybe learn to read before posting. Nobody cares.');
    const tone = found.find((f) => f.ruleId === 'review.tone');
    expect(tone?.severity).toBe('warn');
    expect(tone?.category).toBe('professionalism');
  });

  it('counts as patient confirmation when the reply also confirms care', () => {
    const found = review('Hi Rex, you came in demanding opioids and you are a liar.');
    expect(found.find((f) => f.ruleId === 'review.tone')?.category).toBe('patient-confirmation');
  });

  it.each([
    'Lying flat for 20 minutes after the procedure helps some people.',
    'We are sorry you had a frustrating experience. Please call our office manager.',
  ])('stays quiet on %s', (text) => {
    expect(review(text, true).filter((f) => f.ruleId === 'review.tone')).toEqual([]);
  });
});

describe('REV-SOLICIT: incentivised or insider reviews and threats', () => {
  it.each([
    'Leave us a 5-star Google review and get 10% off your next facial!',
    'Staff and family, please post a review for us this week.',
    'Remove this review or we will sue for defamation.',
    'Free teeth whitening for every 5-star review!',
  ])('warns: %s', (text) => {
    const f = review(text).find((x) => x.ruleId === 'review.solicit');
    expect(f?.severity).toBe('warn');
    expect(f?.category).toBe('professionalism');
    expect(f?.fixes[0]?.label.startsWith('Remove “')).toBe(true);
  });

  it.each([
    'Feedback welcome! Tell us how we did.',
    'Thank you for the 5 stars, we appreciate it.',
    'If you had a good experience, we would love a review.',
  ])('stays quiet on %s', (text) => {
    expect(review(text).filter((f) => f.ruleId === 'review.solicit')).toEqual([]);
  });
});

describe('REV-CONFIRM: other ways a reply turns to its reader', () => {
  it.each([
    ['a first name then a dash', 'Lorenzo — we hear you, and we are sorry the bill for your knee scope was so confusing.'],
    ['a first name opening a later sentence', 'We read every comment. Harriet, we are sorry your filling cracked so soon after your visit.'],
    ['a first name closing the reply', 'So glad to hear your father\'s bypass went smoothly, Imogen!'],
    ['a reply header', 'Reply to review: we apologise that your implant consult started forty minutes late.'],
    ['a response header', 'Responding to your 2-star review: the delay at your appointment was caused by an emergency.'],
    ['a "re:" line', 'Re: your feedback. We are sorry your stitches came out early.'],
    ['a thanks for the review', 'Thanks so much for the lovely review! We are thrilled your bunion surgery healed so well.'],
    ['a titled name opening the reply', 'Mrs. Okafor, we are glad your cataract surgery restored your reading vision.'],
    ['"we remember you"', 'Thanks for the review, Bartholomew. We remember you and your terrible cough well.'],
    ['a visit discussed', 'Winifred, as we discussed at your visit, the new inhaler takes a week to work.'],
    ['missed appointments', 'Reply to review: you missed two appointments in a row, so the fee applies.'],
    ['thanks for coming in', 'Thank you for your review, and thank you for coming in on such a snowy day.'],
    ['an owner response', 'Owner response: we are sorry your bridge needed a second fitting.'],
    ["a grandchild's care", "Thank you for the kind words, Rosalind. Your grandson's cast comes off in no time!"],
  ])('blocks %s', (_label, text) => {
    expect(confirms(text)).toBe(true);
  });

  it.each([
    ['a generic thank-you to all patients', 'Thank you to every patient who trusted us this year. Happy holidays from the whole team!'],
    ['valuing every review', 'We value every review and read each one. Feedback helps us improve.'],
    ['booking addressed to the public', 'New patients welcome! Schedule your appointment online or call the front desk.'],
    ['a sentence adverb before a comma', 'Honestly, your annual physical is the best time to ask about screening.'],
    ['a word that is also a name', 'Grace, dignity and patience: what your care team owes you, every day.'],
    ['asking for reviews in general', 'Reply to this post with your questions about flu shots and we will answer them live.'],
    ['the plural reviews', 'Thanks for all the reviews this month, everyone! Your visits keep our clinic going.'],
    ['a first name in a story', 'Our nurse Beatrix retires Friday. Thirty years of caring for this town!'],
  ])('stays quiet on %s', (_label, text) => {
    expect(confirms(text)).toBe(false);
  });
});

describe('REV-DETAIL: unmasking a pseudonymous reviewer', () => {
  it('reports the real name given to a reviewer who used a pseudonym, and confirms care', () => {
    const text = 'To whoever posted as "SunnyDays88": Philippa, we remember you, and you skipped three visits before your surgery.';
    const found = review(text);
    const detail = found.find((f) => f.ruleId === 'review.detail');
    expect(detail).toBeDefined();
    expect(text.slice(detail!.start, detail!.end)).toBe('Philippa');
    expect(detail!.severity).toBe('block');
    expect(found.some((f) => f.ruleId === 'review.confirm')).toBe(true);
  });

  it('the neutral reply fix clears both findings', () => {
    const text = 'To the reviewer who wrote under "GymRat": Florian, we remember treating you after your fall.';
    const found = review(text);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['review.confirm', 'review.detail']);
    expect(review(applyFix(text, found[0]!.fixes[0]!))).toEqual([]);
  });

  it('stays quiet when a pseudonym is mentioned without confirming care', () => {
    expect(review('To whoever posted as "NightOwl": we cannot discuss anyone\'s care here; please call us.')).toEqual([]);
  });
});
