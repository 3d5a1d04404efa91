import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix, type RuleContext } from '../../context.js';
import { fold } from '../../text/normalize.js';
import { DEFAULT_SETTINGS, type Finding } from '../../types.js';
import { quasiIdentifierRule } from './quasi-identifiers.js';

const reid = (text: string) => analyze(text).findings.filter((f) => f.category === 'reidentification');
const worst = (fs: Finding[]) => (fs.some((f) => f.severity === 'block') ? 'block' : fs.length ? 'warn' : 'none');

/** Runs the rule alone, with chosen spans standing for what the PHI detectors found. */
function runWithPhi(text: string, phi: Array<[string, Finding['phiType']]>): Finding[] {
  const spans = phi.map(([s, type]): Finding => {
    const start = text.indexOf(s);
    return { ruleId: 'phi.test', category: 'phi', severity: 'block', start, end: start + s.length, phiType: type, message: '', fixes: [] };
  });
  const ctx: RuleContext = { original: text, folded: fold(text), platform: 'generic', settings: DEFAULT_SETTINGS, phi: spans };
  return quasiIdentifierRule.run(ctx);
}

describe('QI-COMBO: time, setting, descriptor and event of one encounter', () => {
  it.each([
    'Early this morning in the trauma bay: a 15-year-old goalie took a skate blade to the neck.',
    'Had a 31-year-old roofer in our ER last night after he fell off a roof on Maple.',
    'Yesterday in the cath lab we stented a 44-year-old bull rider. Tough guy.',
    'Tonight in our ED: a 29M whose pet python bit him while he was feeding it.',
  ])('blocks three or more kinds: %s', (text) => {
    expect(worst(reid(text))).toBe('block');
  });

  it.each([
    'My patient, a 52-year-old fisherman, came in on Friday with a hook through his eyelid.',
    'Saw a 9-year-old today who swallowed two magnets from a fidget toy.',
    'A retired pilot walked into clinic today for his first checkup in ten years.',
  ])('warns on two kinds when one says who or what: %s', (text) => {
    const found = reid(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.category === 'reidentification')).toBe(true);
  });

  it.each([
    ['timeless education', 'ER visits for fireworks injuries spike every July 4th weekend. Keep a bucket of water nearby.'],
    ['statistics', 'About 1 in 3 adults over 65 falls each year, and falls send 3 million older adults to the ED.'],
    ['time and setting only', 'Busy night in the ED. Grateful for every nurse on the floor.'],
    ['composite', 'Composite case: a 38-year-old teacher came to our ED last night with a thunderclap headache.'],
    ['details changed', 'Details have been changed. Yesterday a 70-year-old farmer came to clinic with a tick bite.'],
    ["the author's own life", 'I tore my ACL skiing yesterday and spent the afternoon in our own ED as a patient. Humbling.'],
    ["the author's child", 'My 9-year-old asked me tonight at the ER entrance why doctors wear white coats.'],
    ["the author's family", 'My 6-year-old son broke his arm at the park today and we spent four hours in the ER.'],
    ['a hypothetical', 'If a 45-year-old comes to clinic with new back pain and fever, think epidural abscess.'],
    ['an announcement', 'Our clinic will be closed Thursday. For emergencies, go to the nearest ER.'],
    ['a generic age group', 'Kids 6 to 12 years old need a booster seat until the belt fits.'],
    ['an age decade', 'A patient in her 50s asked me today about shingles vaccines.'],
    ['advice for an age', 'A 65-year-old should get the pneumococcal vaccine. Ask at your visit today.'],
    ['a storm with no one in particular', 'We treated lots of frostbite this week after the blizzard. Cover your fingers.'],
    ['news commentary', 'So sad to read that a 14-year-old drowned at the reservoir yesterday. Please learn CPR.'],
  ])('stays quiet for %s', (_label, text) => {
    expect(reid(text)).toEqual([]);
  });

  it('points the finding at the most identifying cue', () => {
    const text = 'Tonight in our ED we treated a 40-year-old beekeeper stung more than 200 times.';
    const [f] = reid(text);
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toContain('beekeeper');
  });

  it('offers named edits that generalise the age and drop the time and setting', () => {
    const text = 'Last night in our ED a 17-year-old lifeguard came in after a fall from the high dive.';
    const labels = reid(text).flatMap((f) => f.fixes.map((x) => x.label));
    expect(labels).toContain('Replace “Last night” with “Recently”');
    expect(labels).toContain('Remove “in our ED”');
    expect(labels).toContain('Replace “17-year-old” with “teenage”');
  });

  it('rewrites a shift as "a shift" rather than a bare "recently"', () => {
    const text = 'Spent my night shift with a 15yo who crashed his dirt bike at the gravel pit off Route 9.';
    const fix = reid(text).flatMap((f) => f.fixes).find((x) => x.label.startsWith('Replace “my night shift”'));
    expect(fix?.label).toBe('Replace “my night shift” with “a shift”');
    expect(applyFix(text, fix!)).toMatch(/^Spent a shift with/);
  });

  it('uses the noun form of an age group when the age stands alone', () => {
    const text = 'This morning in clinic I met a 6-year-old with progeria.';
    const labels = reid(text).flatMap((f) => f.fixes.map((x) => x.label));
    expect(labels).toContain('Replace “6-year-old” with “child”');
  });

  it('each fix removes its cue, and applying them in turn clears the finding', () => {
    let text = 'Last night in our ED a 17-year-old lifeguard came in after a fall from the high dive.';
    const first = reid(text);
    expect(worst(first)).toBe('block');
    const timeFix = first[0]!.fixes.find((x) => x.label.startsWith('Replace “Last night”'))!;
    text = applyFix(text, timeFix);
    expect(text.startsWith('Recently in our ED')).toBe(true);
    expect(worst(reid(text))).toBe('warn');
    for (let step = 0; step < 6 && reid(text).length > 0; step++) {
      const fix = reid(text)[0]!.fixes[0];
      expect(fix).toBeDefined();
      text = applyFix(text, fix!);
    }
    expect(reid(text)).toEqual([]);
  });

  it('judges what is left once Safe Harbor spans are removed', () => {
    const text = 'On March 3 Dana Holt, 44, came to our clinic.';
    // With the date and name treated as PHI, only the setting and the bare age remain: two kinds.
    const masked = runWithPhi(text, [['March 3', 'DATE'], ['Dana Holt', 'NAME']]);
    expect(masked).toHaveLength(1);
    expect(masked[0]!.severity).toBe('warn');
  });

  it('does not count a weekday that belongs to a date already reported as PHI', () => {
    const text = 'Our 4-year-old patient came in Saturday 6/8 with a magnet in his nose.';
    const found = runWithPhi(text, [['6/8', 'DATE']]);
    expect(found).toEqual([]);
  });
});

describe('QI-EVENT: care tied to a publicised event', () => {
  it.each([
    'We took in four of the kids from the school bus rollover on Route 9 this morning.',
    'Proud of our trauma team: the driver from yesterday\'s tanker explosion is out of surgery.',
    'Two victims of the shooting downtown were brought to our ED overnight.',
    'One of the workers hurt in the grain elevator explosion is still in our burn unit.',
    'The hiker from the rescue that was all over the local news is recovering with us.',
  ])('blocks: %s', (text) => {
    const found = reid(text);
    expect(found.some((f) => f.ruleId === 'reidentification.event' && f.severity === 'block')).toBe(true);
  });

  it('needs someone in particular before a region-wide storm counts on its own', () => {
    const text = 'After last night\'s tornado our ER saw a grandmother who was pulled from her basement.';
    expect(reid(text).some((f) => f.ruleId === 'reidentification.event')).toBe(true);
  });

  it.each([
    'Thoughts with everyone affected by the bus crash on Route 9 this morning.',
    'The shooting downtown is another reminder that gun violence is a public health crisis.',
    'Heart attack symptoms in women can be subtle: the crash cart is not the first sign.',
    'Thyroid storm is rare but deadly. Know the signs.',
  ])('stays quiet on commentary without care: %s', (text) => {
    expect(reid(text).filter((f) => f.ruleId === 'reidentification.event')).toEqual([]);
  });

  it('offers to replace the event with a neutral word', () => {
    const text = 'We treated six people from the apartment fire overnight.';
    const [f] = reid(text);
    expect(f!.fixes[0]!.label).toBe('Replace “the apartment fire” with “an incident”');
    const fixed = applyFix(text, f!.fixes[0]!);
    expect(reid(fixed).filter((x) => x.ruleId === 'reidentification.event')).toEqual([]);
  });
});

describe('PHI-UNIQUE: one trait that points to one person', () => {
  it.each([
    ['a public role', 'Stitched up our county sheriff this afternoon. He was a model patient.', 'county sheriff'],
    ['a news figure', 'Operated on a local news anchor this week, you would recognize the face.', 'news anchor'],
    ['the only one', 'I care for the only child with Stone Man syndrome in the state, a patient of mine for years.', 'the only child'],
    ['a superlative', 'Honored to care for the oldest living veteran in our county this week.', 'the oldest living veteran'],
    ['multiple births', 'Our team delivered quintuplets at 29 weeks. Mom and babies are stable.', 'quintuplets'],
  ])('warns on %s', (_label, text, expected) => {
    const found = reid(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((f) => text.slice(f.start, f.end).toLowerCase().includes(expected.toLowerCase()))).toBe(true);
  });

  it.each([
    ['a role in the news', 'The mayor announced a new clinic downtown. Great news for the east side.'],
    ['a population statistic', 'Only 1 in 5 adults with hearing loss uses a hearing aid.'],
    ['the only approved drug', 'I told a patient today: this is the only approved drug in the country for this condition.'],
    ["the author's own first", 'I was the first woman in my family to finish college. Proud of that.'],
    ['twins', 'Twins run in families on the mother\'s side. Here is why.'],
  ])('stays quiet on %s', (_label, text) => {
    expect(reid(text)).toEqual([]);
  });

  it('replaces a public role with "a patient"', () => {
    const text = 'Stitched up the mayor this afternoon. He was a model patient.';
    const fix = reid(text).flatMap((f) => f.fixes).find((x) => x.label.startsWith('Replace “the mayor”'));
    expect(fix).toBeDefined();
    expect(applyFix(text, fix!)).toContain('Stitched up a patient');
  });
});
