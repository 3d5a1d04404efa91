import { describe, expect, it } from 'vitest';
import { fold } from '../../text/normalize.js';
import { classify } from './health-info.js';

const isHealthInfo = (text: string) => classify(fold(text).lower).isHealthInfo;

describe('health information to the public', () => {
  it.each([
    'Reminder: kids need a booster seat until the seat belt fits, usually around 4 ft 9 in. Check yours before the holiday drive.',
    'Gout flares love holidays. Alcohol and big meat-heavy meals raise uric acid; drink water and ask about a preventive medication if you flare often.',
    'Most ankle sprains heal in 2 to 6 weeks. Ice for 20 minutes, compress, elevate, and start gentle motion early.',
    'Migraine with aura raises stroke risk in people who smoke or take estrogen pills. If that is you, talk with your clinician.',
    'Ibuprofen and naproxen can raise blood pressure and hurt the kidneys when taken daily. Adults should not take them for more than 10 days without advice.',
    'Did you know? About 80% of skin cancers can be prevented with sun protection. SPF 30, a hat, shade at noon.',
    'New CDC guidance: everyone 6 months and older should get the updated COVID vaccine this fall.',
    'If your child has a fever over 104 or a stiff neck, get them seen today.',
    "Hydrate, folks. It's 100°F out there. Heat exhaustion = headache, nausea, cramps. Heat stroke = confusion = 911.",
    'Kids and magnets: if swallowed, head to the ER right away, even without symptoms.',
    'Signs your baby needs to be seen today: no wet diaper in 8 hours, lethargy, trouble breathing.',
    'Prep myth: you do not need to drink the whole jug at once anymore. Split-dose colonoscopy prep works better.',
    'New moms: postpartum depression can start any time in the first year. It is common and treatable.',
  ])('recognises: %s', (text) => {
    expect(isHealthInfo(text)).toBe(true);
  });

  it.each([
    'Night shift done. Seven admissions, two rapid responses, one very kind family who brought donuts. Sleeping now.',
    'Our denial rate from one insurer went up 20% this quarter. Prior auth staff are drowning. Something has to give.',
    'Excited to share that our clinic is now open on Saturdays! Book online or call the front desk.',
    'Anyone else seeing long waits for outpatient MRI? We have a patient with a knee effusion waiting 6 weeks. How are you all handling it?',
    'Happy Nurses Week to the best unit in the building. We could not do any of it without you.',
    'Heading to the cardiology conference in Boston next week. Poster session Friday, come say hi!',
    'Just finished reading a great history of the 1918 pandemic. Highly recommend it for the flight home.',
    'Grateful to my patient who taught me to slow down. Today she asked how MY kids were doing.',
    'I think every med student should rotate through hospice at least once.',
    'Our residency program is now accepting applications for the 2026 match. Info session Thursday at noon.',
    'Insurance asked me to justify an MRI for a patient with a known tumor. I am tired.',
    'Derm friends: what sunscreen do you recommend for a toddler with eczema? Asking for my kid.',
    'Friends, I rarely ask for anything, but our clinic food drive needs canned goods this week.',
  ])('does not take this for health information: %s', (text) => {
    expect(isHealthInfo(text)).toBe(false);
  });
});

describe('health information inside promotions, sponsored posts and reassurance', () => {
  it.each([
    // An intervention's effect given as a figure, even beside a call to enrol.
    'Our walking program lowered heart attacks among members by nearly a third in two years. Join us this spring!',
    'Quitting smoking before surgery reduces wound infections by about 40%. Our clinic offers a free quit line.',
    // A physiological claim in a sponsored body.
    'Paid partnership with StandDesk. Short standing breaks improve blood pressure across the workday. #sponsored',
    'Thanks to BrightTea for sponsoring this post! A warm cup at night calms the gut and eases digestion.',
    'Our pulmonary rehab group lowered members’ COPD flares by 25 percent. Referrals welcome, sign up at the front desk!',
    'Six months in our coaching program lowered HbA1c by 0.8 points on average. Enrol today.',
    'Partnered with ZenMat. Ten minutes of stretching at night promotes sleep and supports recovery. #ad',
    'Most pink eye in children clears without antibiotic drops within a week.',
    'Hand, foot and mouth looks awful, but most kids are fine after a week of fluids and rest.',
    'Night terrors frighten parents more than children. Most kids grow out of them before ten.',
    // Harm to the body told as a fact after a story.
    'Saw a teen in urgent care after a vape pen fire. Vapour from these pens irritates the lungs long after the burns heal. Keep them out of pockets.',
    'Another kid in the ER with swallowed magnets. Two of them together eat through the bowel wall. Count the pieces in every toy set!',
    // A condition's natural history told to reassure parents.
    'Parents, breathe: most children with a single breath-holding spell never have a serious one, and it is harmless.',
    'Most toddlers who stutter outgrow it by school age, so early worry usually fades.',
  ])('recognises: %s', (text) => {
    expect(isHealthInfo(text)).toBe(true);
  });

  it.each([
    'We are open weekdays 7:30 to 6 and Saturday mornings. Walk-ins welcome until noon.',
    'Our brand new MRI suite opens on Monday, with a wide bore and music for anxious kids.',
    "Speaking at the ACC next month about lipoprotein(a). Slides will go up afterwards.",
    'Just watched a documentary on the history of the polio vaccine. Highly recommend it for a rainy evening.',
    'A patient told me an AI chatbot diagnosed her before I did. Strange times in clinic.',
    'Our new check-in kiosks cut MRI wait times by 30% this quarter. Thanks to the front desk team!',
    'Please help our pediatric ward raise funds for new toys this winter.',
    'Night shift again: the new coffee machine burns through the unit budget and my patience.',
    'Our community 5K raised funds by 40% over last year. Thank you, runners!',
    'Please support our hospice volunteers at the bake sale on Friday.',
  ])('does not take this for health information: %s', (text) => {
    expect(isHealthInfo(text)).toBe(false);
  });
});
