import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix } from '../../context.js';
import type { EngineSettings, Platform } from '../../types.js';

const disclosure = (text: string, platform: Platform = 'generic', settings: Partial<EngineSettings> = {}) =>
  analyze(text, { platform, settings }).findings.filter((f) => f.category === 'disclosure');

function fixAndRecheck(text: string, platform: Platform = 'generic', settings: Partial<EngineSettings> = {}) {
  const [f] = disclosure(text, platform, settings);
  expect(f?.fixes[0]?.label).toBe('Add disclosure');
  const fixed = applyFix(text, f!.fixes[0]!);
  expect(disclosure(fixed, platform, settings)).toEqual([]);
  return fixed;
}

describe('disclosure.missing (COI-SPONSOR)', () => {
  it.each([
    'Loving the Brightline electrolyte mix on long call days. Use code DRLEE10 for 10% off!',
    'Stocking up on this mineral sunscreen again. Code: GLOW15 at checkout.',
    'Got my PR package from Kestrel Skin today and the cleanser is lovely on sensitive skin.',
    'Partnered with Solace Sleep this month to talk about insomnia and wind-down routines.',
    'My affiliate link for the pulse oximeter I trust is below.',
    'Proud #brandambassador for Tidewell compression socks. Great for nurses on 12-hour shifts.',
    'Nothing beats this protein powder after a workout. Link in bio to shop my favorites 🛒',
  ])('blocks an undisclosed connection: %s', (text) => {
    const [f] = disclosure(text);
    expect(f?.severity === 'block' || f?.ruleId === 'disclosure.weak').toBe(true);
    fixAndRecheck(text);
  });

  it('prepends "#ad — paid partnership with [Brand]" when the brand can be inferred, else "#ad: sponsored"', () => {
    const named = 'Partnered with Solace Sleep this month to talk about insomnia and wind-down routines.';
    expect(fixAndRecheck(named)).toBe(`#ad — paid partnership with Solace Sleep\n${named}`);
    const unnamed = 'Loving this electrolyte mix on long call days. Use code DRLEE10 for 10% off!';
    expect(fixAndRecheck(unnamed)).toBe(`#ad: sponsored\n${unnamed}`);
    expect(disclosure(unnamed)[0]!.start).toBe(0);
    expect(disclosure(unnamed)[0]!.end).toBe(0);
  });

  it.each([
    '#ad I have been using the Brightline mix on long call days. Use code DRLEE10 for 10% off.',
    'Ad: thanks to Kestrel Skin for the free cleanser. Gentle on sensitive skin.',
    'Sponsored | Heat safety tip from an ER doc, with thanks to Brightline.',
    'Paid partnership with Solace Sleep: three wind-down habits that help insomnia.',
    'Disclosure: I consult for Arbor Devices. Here is what the data on their patch actually show.',
    "I'm a consultant for Arbor Devices, so weigh my view on their patch accordingly.",
  ])('accepts a clear disclosure in the first words: %s', (text) => {
    expect(disclosure(text)).toEqual([]);
  });

  it.each([
    'Not sponsored, I just love this mineral sunscreen for kids. Reapply every two hours.',
    'Our clinic now offers weight-management visits on Thursdays. Book online or call the front desk.',
    'Flu shots are in! Book yours through the link in bio.',
    'Join my free webinar on menopause and sleep next Tuesday. Sign up at the front desk.',
    'She is a gifted surgeon and an even better teacher.',
    'Our academic affiliate hospital opens a new stroke unit this spring.',
    'We partnered with the health department to run a walk-in vaccine clinic.',
    'Results from the NIH-sponsored trial are out, and they are modest.',
    'The patient with code status DNR was moved upstairs.',
  ])('stays quiet with no connection, or when promoting one\'s own practice: %s', (text) => {
    expect(disclosure(text)).toEqual([]);
  });
});

describe('disclosure.weak and disclosure.fold (COI-WEAK, PLT-FOLD)', () => {
  it('flags ambiguous wording and replaces it with "#ad" at the start', () => {
    const text = 'This cuff from Pulsar is the easiest one my patients have used. #spon';
    const [f] = disclosure(text);
    expect(f?.ruleId).toBe('disclosure.weak');
    expect(f?.severity).toBe('warn');
    expect(text.slice(f!.start, f!.end)).toBe('#spon');
    const fixed = fixAndRecheck(text);
    expect(fixed.startsWith('#ad')).toBe(true);
    expect(fixed).not.toContain('#spon');
  });

  it('flags bare thanks to a brand', () => {
    const text = 'Thanks @kestrelskin for sending the new barrier cream! My hands survived flu season.';
    expect(disclosure(text)[0]?.ruleId).toBe('disclosure.weak');
    expect(fixAndRecheck(text)).toBe(`#ad — paid partnership with kestrelskin\n${text}`);
  });

  it('flags "#ad" buried in a hashtag cluster and moves it up', () => {
    const text = 'Three habits for better sleep, plus the magnesium I take.\n#sleep #wellness #ad #insomnia';
    const [f] = disclosure(text);
    expect(f?.ruleId).toBe('disclosure.weak');
    expect(f?.message).toMatch(/hashtags/);
    const fixed = fixAndRecheck(text);
    expect(fixed).toBe('#ad: sponsored\nThree habits for better sleep, plus the magnesium I take.\n#sleep #wellness #insomnia');
  });

  it('flags a disclosure below Instagram\'s fold and moves the author\'s own sentence to the top', () => {
    const body = 'Five things I tell every new runner about knees, hips and recovery. '.repeat(3).trim();
    const text = `${body}\nDisclosure: I advise Stride Labs on shoe design.`;
    const [f] = disclosure(text, 'instagram');
    expect(f?.ruleId).toBe('disclosure.fold');
    const fixed = fixAndRecheck(text, 'instagram');
    expect(fixed).toBe(`Disclosure: I advise Stride Labs on shoe design.\n${body}`);
  });

  it('says so when no disclosure fits the limit (a disclosure cannot go in a reply)', () => {
    const text = `Use code DRLEE10 for 10% off. ${'x'.repeat(300)}`.slice(0, 279);
    const r = analyze(text, { platform: 'x' });
    expect(r.findings.find((f) => f.category === 'disclosure')?.fixes).toEqual([]);
    expect(r.findings.some((f) => f.ruleId === 'platform.fit')).toBe(true);
  });
});

describe('disclosure.conflict (COI-PHYS)', () => {
  const settings = { conflicts: ['Veranta Pharma'] };
  it('warns when the post mentions a company in the user\'s conflict profile', () => {
    const text = 'Veranta Pharma just published its asthma inhaler trial, and the results are encouraging.';
    const [f] = disclosure(text, 'generic', settings);
    expect(f?.ruleId).toBe('disclosure.conflict');
    expect(f?.severity).toBe('warn');
    expect(fixAndRecheck(text, 'generic', settings)).toBe(`Disclosure: I have a financial relationship with Veranta Pharma.\n${text}`);
  });

  it('stays quiet for companies with no declared relationship', () => {
    expect(disclosure('Another company published an asthma inhaler trial today.', 'generic', settings)).toEqual([]);
  });
});
