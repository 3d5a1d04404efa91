import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../context.js';
import { analyze } from '../../../analyze.js';
import { fold } from '../../../text/normalize.js';
import { DEFAULT_SETTINGS, type Finding } from '../../../types.js';
import { phiAgeRule } from './age-rule.js';

function ages(text: string): Finding[] {
  return phiAgeRule.run({ original: text, folded: fold(text), platform: 'generic', settings: DEFAULT_SETTINGS, phi: [] });
}
const spans = (text: string) => ages(text).map((f) => text.slice(f.start, f.end));

describe('phi.age finds ages over 89', () => {
  it.each([
    ['Consult: 94M with painless jaundice.', '94M'],
    ['92F, three weeks of a growing cheek nodule.', '92F'],
    ['My 93-year-old patient has never taken a pill.', '93-year-old'],
    ['97 y/o patient today told me a joke.', '97 y/o'],
    ['She is 92yo and still drives.', '92yo'],
    ['A ninety-four-year-old walked in for her flu shot.', 'ninety-four-year-old'],
    ['My patient is ninety-one and sharp as a tack.', 'ninety-one'],
    ['Widowed, aged 97, lives alone.', '97'],
    ['He turned 100 in the hospital.', '100'],
    ['Happy 102nd birthday to my longest-standing patient!', '102nd'],
    ['Our patient, 95, went home walking.', '95'],
    ['She is in her late 90s and gardens daily.', 'in her late 90s'],
    ['Rounding on our centenarian this morning.', 'centenarian'],
    ['My patient was born in 1925 and remembers the war.', '1925'],
    ['A 90-something patient with a hip fracture.', '90-something'],
    ['Saw my patient (93) for a fall today.', '93'],
    ['Mr. K (95) is home again.', '95'],
  ])('%s', (text, expected) => {
    const found = ages(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([expected]);
    expect(found[0]).toMatchObject({ category: 'phi', phiType: 'AGE' });
  });
});

describe('phi.age leaves alone numbers that are not an old age', () => {
  it.each([
    'My 89-year-old patient still skis.',
    'She is 45 and training for a marathon.',
    'Refills for 90 days are cheaper.',
    'Music from the 90s in the OR today.',
    'Sats 94% on room air.',
    'BP 94/60, HR 102 bpm.',
    'Spiked a fever of 102F overnight.',
    'Patients aged 90 or older need a lower dose.',
    'The trial enrolled 92 patients.',
    'We reached 94M users this year.',
    'A 100-year-old farmhouse became our new clinic.',
    'Born in 1975, she is a nurse herself.',
    'A 90+-year-old woman asked for her papers.',
    'He weighs 95 kg.',
    'Tylenol (500) is not the issue.',
    'Patients (92) were enrolled in the trial.',
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('phi.age fixes generalise to 90+', () => {
  it('replaces only the number', () => {
    const text = 'Consult: 94M with painless jaundice.';
    const [f] = ages(text);
    expect(f?.fixes[0]?.label).toBe('Replace “94” with “90+”');
    expect(applyFix(text, f!.fixes[0]!)).toBe('Consult: 90+M with painless jaundice.');
  });

  it.each([
    'My 93-year-old patient has never taken a pill.',
    'Widowed, aged 97, lives alone.',
    'Happy 102nd birthday to my longest-standing patient!',
    'My patient was born in 1925 and remembers the war.',
    'She is ninety-four and sharp.',
  ])('after the fix no age is left: %s', (text) => {
    const [f] = ages(text);
    expect(f).toBeDefined();
    const fixed = applyFix(text, f!.fixes[0]!);
    expect(ages(fixed)).toEqual([]);
    expect(analyze(fixed).findings.filter((x) => x.phiType === 'AGE')).toEqual([]);
  });
});

describe('ages over 89 in more settings', () => {
  const ages = (text: string) => analyze(text).findings.filter((f) => f.phiType === 'AGE').map((f) => text.slice(f.start, f.end));
  it('finds a word age set off by commas after a person', () => {
    expect(ages('An older gentleman, ninety-one, came in from his farm sharper than any of us.')).toEqual(['ninety-one']);
  });
  it('finds an age after a person placed by bed, bay or room', () => {
    expect(ages('The lady in room 12 is 96 and still does the crossword in pen.')).toEqual(['96']);
  });
  it('leaves ages under 90 and counts that are not ages', () => {
    expect(ages('An older gentleman, eighty-one, came in from his farm.')).toEqual([]);
    expect(ages('The lady in room 12 is 86 and still does the crossword.')).toEqual([]);
    expect(ages('Our unit, 94, has the most beds in the county.')).toEqual([]);
  });
});
