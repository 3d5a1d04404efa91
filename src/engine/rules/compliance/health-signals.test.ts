import { describe, expect, it } from 'vitest';
import { fold } from '../../text/normalize.js';
import { classify } from './health-info.js';

const isHealthInfo = (text: string) => classify(fold(text).lower).isHealthInfo;

describe('health information beyond condition plus recommendation', () => {
  it.each([
    ['emergency education', 'Heat stroke is a 911 emergency: confusion, hot dry skin, collapse. Cool the person fast.'],
    ['symptom list after a condition', 'Meningitis: stiff neck, fever, a rash that does not fade under a glass.'],
    ['announced signs', 'Sepsis signs: fever or a low temperature, a racing heart, confusion, clammy skin.'],
    ['prevention for a group', 'A whooping cough shot during every pregnancy protects newborns until they can be vaccinated.'],
    ['slowing spread', 'Hand washing before snack time slows the spread of stomach bugs in daycare.'],
    ['a vaccine for an age group', 'RSV shots are now offered for adults 75 and older, and for anyone 60+ with lung disease.'],
    ['why a label is wrong', 'We call them "frequent flyers", but repeat ED visits usually mean untreated pain or nowhere safe to sleep.'],
    ['a trial result with its paper', 'A 9-hospital randomised trial of early walking after hip surgery reduced delirium. Paper linked below.'],
    ['a study finding', 'A new cohort study found that people who nap daily had higher blood pressure.'],
    ['a product for a condition', 'Honestly, this wrist splint has been a lifesaver for my carpal tunnel pain.'],
    ['a product for a symptom', 'These socks are great for swelling after long flights.'],
    ['prognosis after a case', 'Rough week in clinic. Worth saying: most people with Bell palsy recover fully within 6 months.'],
    ['natural history', 'Most toddler nosebleeds stop with ten minutes of firm pressure, and most concussions get better within a month.'],
    ['risk fact', 'Untreated sleep apnea raises the risk of atrial fibrillation.'],
    ['a symptom list closed by the health word', 'Frostbite: numb, waxy, pale skin. Warm it slowly and never rub it.'],
    ['a product for patients on a drug', 'This pill organizer is a game changer for older patients on blood thinners.'],
    ['a group need with a long subject', 'Kids who get the HPV shot before age 13 need only two doses, and it prevents several cancers.'],
  ])('recognises %s', (_kind, text) => {
    expect(isHealthInfo(text)).toBe(true);
  });

  it.each([
    ['a practice announcement', 'Our office will be closed Friday for staff training. Refills requested by Thursday will go out as usual.'],
    ['a hiring post', "We're hiring a medical assistant for our pediatric clinic: full time, benefits, great team. Apply by email."],
    ['an award', 'Humbled to receive this year’s teaching award from the internal medicine residents. Thank you all.'],
    ['a thank-you note', 'Thank you to the ICU nurses who covered every gap during the storm. You are the reason we made it.'],
    ['a peer consult question', 'Curbside: 40F, new palpitations, normal echo, Holter pending. Would you start a beta blocker now? Thoughts?'],
    ['a boundary statement', "Please don't DM me photos of your moles. I can't examine anyone over Instagram; book with a dermatologist."],
    ['a boundary without the word DM', 'I do not give medical advice in the comments. Your own clinician knows your history.'],
    ['a day list that is not symptoms', 'Today: rounds, clinic, a committee meeting, and finally dinner with my kids.'],
    ['a product without a health use', 'This standing desk is great for long charting days.'],
    ['the author\'s own recovery', 'My knee healed in 6 weeks and I am back on the trail. Grateful for my PT!'],
    ['habit, not a promise', 'Huge thanks to our front desk. Every single time I run late, they keep the waiting room calm.'],
    ['an admin list', 'Our new EHR went live today: login issues, slow order sets, broken printers. Pray for us.'],
    ['a study about the practice', 'The study found our waiting times were longer than the state average; we are fixing scheduling.'],
    ['a patient described in a list', 'Stopped by to see an old friend at his farm: 81, retired welder, best pie in the county.'],
  ])('leaves out %s', (_kind, text) => {
    expect(isHealthInfo(text)).toBe(false);
  });
});
