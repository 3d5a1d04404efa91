import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../context.js';
import { fold } from '../../../text/normalize.js';
import { DEFAULT_SETTINGS, type Finding } from '../../../types.js';
import { phiGeoRule } from './geo-rule.js';

function geo(text: string): Finding[] {
  return phiGeoRule.run({ original: text, folded: fold(text), platform: 'generic', settings: DEFAULT_SETTINGS, phi: [] });
}
/** Spans reported at warn or block (what must be fixed). */
const spans = (text: string) => geo(text).filter((f) => f.severity !== 'info').map((f) => text.slice(f.start, f.end));

describe('phi.geo: addresses, streets and roads', () => {
  it.each([
    ['Home visit to Mr. P at 1420 Elm Street, a tidy ranch house.', ['1420 Elm Street']],
    ['She still lives at 55 N. Cherry Ln, Apt 4B with her cats.', ['55 N. Cherry Ln, Apt 4B']],
    ['My patient runs the diner on Vine St and never misses a visit.', ['Vine St']],
    ['He was shot at 5th and Alder, two blocks from his house.', ['5th and Alder']],
    ['His truck rolled on Route 9 and he was airlifted to us.', ['Route 9']],
    ['Please mail the forms to P.O. Box 1234 for my patient.', ['P.O. Box 1234']],
    ['Referral pasted below. Address: 4300 N Lincoln Ave, Chicago.', ['4300 N Lincoln Ave']],
    ['Found unresponsive at 4300 N. Lincoln Ave, Apt 2.', ['4300 N. Lincoln Ave, Apt 2']],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('blocks a street address and warns on a street name', () => {
    const [address] = geo('Home visit to my patient at 1420 Elm Street today.');
    const [street] = geo('My patient runs the diner on Vine St and never misses a visit.');
    expect(address).toMatchObject({ ruleId: 'phi.geo.address', severity: 'block', phiType: 'GEO' });
    expect(street).toMatchObject({ ruleId: 'phi.geo.street', severity: 'warn', phiType: 'GEO' });
  });

  it.each([
    'Join us at the Westside Community Center, 2300 W. Madison St, for free BP checks.',
    'Our new address is 400 Oak Blvd, Suite 2.',
    'Send donations to 500 Oak Ave by Friday.',
    'Wall Street analysts expect hospital mergers to continue.',
    'Thanks Dr. Smith for the great lecture.',
    'Johnson and Johnson makes the device.',
  ])('not a patient address: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('phi.geo: ZIP codes', () => {
  it.each([
    ['Patient drove 90 minutes from 59263 for a med check.', '59263', 'Montana'],
    ['Her building on the west side, 60623-2231, has no grocery nearby.', '60623-2231', 'Illinois'],
    ['Her ZIP is 82190 and she has no pharmacy within 100 miles.', '82190', 'Wyoming'],
  ])('%s', (text, zip, state) => {
    const f = geo(text).find((x) => x.ruleId === 'phi.geo.zip');
    expect(f && text.slice(f.start, f.end)).toBe(zip);
    expect(f?.severity).toBe('block');
    expect(f?.fixes[0]?.label).toBe(`Replace “${zip}” with “${state}”`);
  });

  it('removes a ZIP that follows its state', () => {
    const text = 'Lives alone in Dayton, OH 45410 with two dogs.';
    const f = geo(text).find((x) => x.ruleId === 'phi.geo.zip')!;
    expect(f.fixes[0]?.label).toBe('Remove “45410”');
    expect(applyFix(text, f.fixes[0]!)).toBe('Lives alone in Dayton, OH with two dogs.');
  });

  it('drops a ZIP in brackets after a town together with its brackets', () => {
    const text = 'He lives in Dayton (45410) with his daughter.';
    const f = geo(text).find((x) => x.ruleId === 'phi.geo.zip')!;
    expect(applyFix(text, f.fixes[0]!)).toBe('He lives in Dayton with his daughter.');
  });

  it('turns a restricted 3-digit prefix into 000 and only hints at others', () => {
    const restricted = geo('His zip code starts with 036, a tiny town.');
    expect(restricted.map((f) => [f.severity, f.fixes[0]?.label])).toEqual([['block', 'Replace “036” with “000”']]);
    expect(geo('Most of our patients are in ZIP 606xx.').map((f) => f.severity)).toEqual(['info']);
    const text = 'His zip code starts with 036, a tiny town.';
    expect(geo(applyFix(text, geo(text)[0]!.fixes[0]!))).toEqual([]);
  });

  it.each([
    'MRN 48392, admitted for pneumonia.',
    'She walked 10000 steps today.',
    'Vitamin D 50000 units weekly for 8 weeks.',
    'We raised $25000 for the free clinic.',
    'Order #55012 shipped.',
    'Call 555-0123 for the answering service.',
  ])('not a ZIP: %s', (text) => {
    expect(geo(text).filter((f) => f.ruleId.startsWith('phi.geo.zip'))).toEqual([]);
  });
});

describe('phi.geo: towns and counties tied to a patient', () => {
  it.each([
    ['He lives alone in Cheyenne, three hours from us.', ['Cheyenne']],
    ['A farmer in Ashland County came in with a PTO injury.', ['Ashland County']],
    ['Derek, 44, lives out past Ashtabula and missed his follow-up.', ['Ashtabula']],
    ['My patient from Scranton, PA said the drive was worth it.', ['Scranton, PA']],
    ['A woman from Greenville brought her toddler in after a battery ingestion.', ['Greenville']],
    ['She collapsed at a job site outside Bend on a hot day.', ['Bend']],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'In Ohio, flu season peaks in February.',
    'Heat illness rises across the Midwest every July.',
    "I'm speaking in Chicago next week about sepsis.",
    'Heat wave in Phoenix this week, stay hydrated.',
    'Heading to ACC in New Orleans with our fellows!',
    'I moved to Boise in 2019 to start my practice.',
    'Dr. Reyes is off to hospital medicine in Denver.',
    'Got a lovely card from Maria today.',
    'Patients in rural areas wait longer for specialists.',
    'She lives in a rural town with no pharmacy.',
    'Born and raised in Chicago, now practicing in Madison.',
    "There's a great bakery in Dayton near my house.",
    'Our hearts go out to the families in Maui.',
    'My patient got a text from Mom about her meds.',
    'She picked up her meds from Walgreens.',
    'She was seen in Urgent Care yesterday.',
    'My patient speaks only in Vietnamese.',
    "He is in Maria's room.",
  ])('not a patient place: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('reads "lives in" a town as a town, not a care facility', () => {
    expect(geo('She lives in Dayton.').map((f) => [f.ruleId, f.fixes[0]?.label])).toEqual([['phi.geo.city', 'Replace “Dayton” with “our area”']]);
  });

  it('generalises a town to the state the draft names, else to "our area"', () => {
    expect(geo('He lives alone in Cheyenne, Wyoming, three hours from us.')[0]?.fixes[0]?.label).toBe('Replace “Cheyenne, Wyoming” with “Wyoming”');
    expect(geo('He lives alone in Cheyenne, three hours from us.')[0]?.fixes[0]?.label).toBe('Replace “Cheyenne” with “our area”');
  });
});

describe('phi.geo: care facilities, schools, rooms, coordinates', () => {
  it.each([
    ['Admitted 3/14 to St. Vincent\'s 4 West with jaundice.', ["St. Vincent's 4 West"]],
    ['She was transferred to Mercy General after the stroke.', ['Mercy General']],
    ['Her hip is healing and she would love visitors at Brookdale Lakeview!', ['Brookdale Lakeview']],
    ['He got his LVAD here at Cleveland Clinic two years ago.', ['Cleveland Clinic']],
    ['We delivered a baby in the Moab hospital parking lot.', ['Moab hospital']],
    ['Her son goes to Jefferson Middle School and found her unresponsive.', ['Jefferson Middle School']],
    ['Mrs. K lives at Sunrise Nursing Home and beats everyone at bingo.', ['Sunrise Nursing Home']],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('fixes a facility to a kind of place, swallowing "the"', () => {
    const text = 'We delivered a baby in the Moab hospital parking lot.';
    expect(applyFix(text, geo(text)[0]!.fixes[0]!)).toBe('We delivered a baby in a local hospital parking lot.');
    const home = 'Mrs. K lives at Sunrise Nursing Home and beats everyone at bingo.';
    expect(applyFix(home, geo(home)[0]!.fixes[0]!)).toBe('Mrs. K lives at a nursing facility and beats everyone at bingo.');
  });

  it.each([
    'A new study from Cleveland Clinic shows benefit with early rhythm control.',
    'I did my residency at Mass General and loved it.',
    'The Surgeon General issued an advisory on loneliness.',
    'Happy St. Patrick\'s Day from all of us!',
    'He takes St. John\'s wort for his mood.',
    'Our ED is packed tonight.',
    'Dr. Smith at Mayo Clinic says she recommends statins for most adults over 40.',
    'Proud of our team at Mercy General for the Magnet award.',
    "Visited my dad at Sunrise Senior Living today; he's 88 and loving the piano.",
  ])('not a patient facility: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('reports room and bed numbers as a hint, not a block', () => {
    const found = geo('Mrs. Garcia in room 324 keeps asking for her cat.');
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['phi.geo.room', 'info']]);
    expect(found[0]?.fixes[0]?.label).toBe('Redact “room 324”');
  });

  it('blocks GPS coordinates', () => {
    const text = 'Found him at 41.4993, -81.6944 by the creek.';
    const [f] = geo(text);
    expect(f && text.slice(f.start, f.end)).toBe('41.4993, -81.6944');
    expect(f?.severity).toBe('block');
    expect(geo('Lab values 1.234, 5.678 were normal.')).toEqual([]);
  });
});

describe('phi.geo: every fix clears what it fixed', () => {
  it.each([
    'Home visit to my patient at 1420 Elm Street in Dayton (45410) today.',
    'A farmer in Ashland County came in with a PTO injury.',
    'He was shot at 5th and Alder, two blocks from his house.',
    'She was transferred to Mercy General after the stroke.',
    'Patient drove 90 minutes from 59263 for a med check.',
    'Found him at 41.4993, -81.6944 by the creek.',
  ])('%s', (text) => {
    let current = text;
    for (let i = 0; i < 6; i++) {
      const next = geo(current).find((f) => f.severity !== 'info');
      if (!next) break;
      current = applyFix(current, next.fixes[0]!);
    }
    expect(spans(current)).toEqual([]);
  });
});

describe('phi.geo: more ways of writing a place', () => {
  it('finds an intersection named after "crossing"', () => {
    expect(spans('He was hit by a car crossing Main St and Elm Ave yesterday.')).toEqual(['Main St and Elm Ave']);
  });

  it('gives a facility reached by a care verb a facility fix, not a town fix', () => {
    const [f] = geo('Our patient was flown to Vanderbilt for ECMO.');
    expect(f?.fixes[0]?.label).toBe('Replace “Vanderbilt” with “a local hospital”');
  });

  it('reads "the" with a place where someone lives, and fixes both', () => {
    const text = 'She grew up in the Bronx and moved here in 2010.';
    const [f] = geo(text);
    expect(f?.fixes[0]?.label).toBe('Replace “the Bronx” with “our area”');
    expect(spans('It was published in the Journal of Medicine last year.')).toEqual([]);
  });

  it('finds "a Tulsa native" and "a Dayton resident" in a patient story', () => {
    const text = 'A 70-year-old Tulsa native came in with chest pain.';
    expect(spans(text)).toEqual(['Tulsa']);
    expect(applyFix(text, geo(text)[0]!.fixes[0]!)).toBe('A 70-year-old local resident came in with chest pain.');
    expect(spans('We treated a Dayton resident with frostbite.')).toEqual(['Dayton']);
    expect(spans('Our chief resident is amazing.')).toEqual([]);
  });

  it('reads a bare "St. Paul" as a town and "St. Jude" after a care verb as a hospital', () => {
    expect(geo('She lives in St. Paul with her son.')[0]?.fixes[0]?.label).toBe('Replace “St. Paul” with “our area”');
    expect(geo('He was admitted to St. Jude for chemo.')[0]?.fixes[0]?.label).toBe('Replace “St. Jude” with “a local hospital”');
  });

  it('takes "from" a town when the sentence tells of care', () => {
    expect(spans('Took care of a sweet lady from Biloxi who drove 3 hours to see us.')).toEqual(['Biloxi']);
  });
});
