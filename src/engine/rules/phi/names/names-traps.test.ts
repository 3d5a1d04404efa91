import { describe, expect, it } from 'vitest';
import { names } from './testing.js';

describe('people who are not patients', () => {
  it.each([
    'Dr. Patel and I presented our sepsis data to the ICU team.',
    'Jane Smith, MD, walked us through her approach to heart failure patients.',
    'Reviewed the films with my colleague Dr. Kim before surgery.',
    'Smith et al. showed fewer readmissions after pharmacist-led discharge.',
    'Huge thanks to Sarah Johnson and the whole ICU team for a great sim day.',
    'Our speaker, Rachel Levine, will discuss health equity at grand rounds.',
    'Welcome Dr. Jordan Lee, our new cardiologist, to the clinic!',
    '— Dr. Priya Raman, MD, FACE',
    'Michael J. Fox has raised millions for Parkinson’s research.',
    'Serena Williams spoke openly about her pulmonary embolism after giving birth.',
    'President John F. Kennedy hid his Addison’s disease from the public.',
    'Magic Johnson has lived with HIV for over 30 years.',
    'Virginia Apgar developed her newborn score in 1952; every baby delivered in our hospital still gets one.',
    'Henrietta Lacks’ cells, taken during her cancer treatment, built modern biology. Consent matters for every patient.',
    'Jonas Salk refused to patent the polio vaccine. Vaccinate your patients.',
    'Reading Being Mortal again. Atul Gawande wrote it for every clinician who treats patients.',
    'Tom Brady is 46 and still playing football, and patients ask me about his diet in clinic.',
    'Queen Elizabeth lived to 96 without a public diagnosis; patients ask about it.',
    'Our clinic is closed on Martin Luther King Jr. Day; patients can use the portal.',
    'Congrats to Dr. Maya Chen and Dr. Luis Ortega on their new grant studying sepsis in the ICU!',
    'As Maya Angelou once said, people never forget how you made them feel. True in every clinic visit.',
    'Julia Roberts played a nurse once; our patients loved asking about it.',
    'Thank you to the Rivera family for donating toys to our pediatric ward.',
    'Meet Luna, our new therapy dog visiting patients on 4 West!',
    'Shoutout to Kevin in radiology for squeezing in my patient’s MRI today.',
    'So proud of Ashley for passing her boards! Our unit is lucky.',
    'Worried about Kevin from IT, he has not fixed the EHR printer for our patients.',
    'My daughter, Emma, wants to be a nurse like her mom.',
    'A sister, brother or parent with colon cancer means earlier screening for you.',
    '— Priya Raman, family physician, on patients and statins.',
    'Meet our new nurse practitioner, Sarah Jones! She will see patients in our diabetes clinic.',
    'Big news: Jennifer Lopez will headline the hospital gala for cancer research.',
    'Hi Dr. Ramos, thanks for the referral! We saw your patient yesterday and will send notes.',
    'Grateful to my mentors Sarah Kim and James Wu, and to every patient who taught me something.',
    'Thrilled to announce that Anna Lee, RN, has been named our Nurse of the Year! Her patients adore her.',
    'My colleague Maya and I rounded on 30 patients today.',
    'Kelly Brown, our charge nurse, stayed two hours late with a scared patient tonight.',
    'Marcus Webb, my practice partner, covered my patients all week.',
    'Cancer does not care who you are. Just ask Kate Middleton.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('eponyms, drugs, brands and places', () => {
  it.each([
    'Parkinson’s disease affects about a million Americans.',
    'A Colles fracture is a break of the distal radius after a fall on an outstretched hand.',
    'Down syndrome is caused by an extra copy of chromosome 21; patients need a heart echo.',
    'Crohn’s and Hodgkin lymphoma were both on the differential for this patient.',
    'The Apgar score was 9 at five minutes and the baby went to the nursery.',
    'Glasgow Coma Scale of 8 means protect the airway.',
    'Tommy John surgery recovery takes about a year for pitchers.',
    'Lou Gehrig’s disease is another name for ALS.',
    'Bell’s palsy improves in most patients within weeks.',
    'Graves’ disease can present with weight loss and tremor in clinic.',
    'St. John’s Wort interacts with many medications our patients take.',
    'Ozempic and Mounjaro shortages continue, so patients are switching.',
    'Lipitor and Zoloft are among the most prescribed drugs in clinic.',
    'Cleveland Clinic and Mayo Clinic published new data on long COVID.',
    'Grace Hospital is opening a cancer center next spring.',
    'Lincoln Park Zoo was fun with my kids after a long clinic week.',
    'Rocky Mountain spotted fever cases are rising; patients should check for ticks.',
    'Allegra, 180 mg daily, works for most seasonal allergy patients.',
    'Lyrica and Neurontin both help nerve pain in my clinic patients.',
    'Dallas Fort Worth hospitals are full this week; patients are boarding in the ED.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('capitalised words that are not names', () => {
  it.each([
    'March is Colorectal Cancer Awareness Month. Patients over 45: get screened!',
    'Will this new guideline change practice? Grace under pressure matters in the ED.',
    'Hope you all have a restful weekend after a rough week in clinic.',
    'Brown rice and beans are a good source of fiber for diabetes patients.',
    'Happy Mother’s Day to all the moms working in the NICU tonight.',
    'HEART FAILURE UPDATE: NEW GUIDELINES FROM THE ACC FOR OUR PATIENTS.',
    '#MichaelJFox #Parkinsons awareness day in clinic.',
    'Mark your calendars: flu clinic this Saturday.',
    'Heart Failure Awareness Week starts Monday with Dr. Adams.',
    'My daughter Emma started medical school this week!',
    'Sunday, 12 patients and a lot of coffee.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
