import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix } from '../../context.js';
import { measure } from '../../platform.js';
import type { Platform } from '../../types.js';
import { DEFAULT_DISCLAIMER } from './disclaimer-text.js';

const missing = (text: string, platform: Platform = 'generic', settings = {}) =>
  analyze(text, { platform, settings }).findings.filter((f) => f.ruleId === 'disclaimer.missing');

const EDUCATION = 'Shingles vaccine tip: adults 50 and older should get two doses of the recombinant vaccine, 2 to 6 months apart. Ask your pharmacist.';

describe('disclaimer.missing (DIS-MISSING)', () => {
  it('flags health advice to the public with no disclaimer, as a whole-post finding at the end', () => {
    const [f] = missing(EDUCATION);
    expect(f).toBeDefined();
    expect(f!.severity).toBe('warn');
    expect(f!.start).toBe(EDUCATION.length);
    expect(f!.end).toBe(f!.start);
    expect(f!.fixes[0]!.label).toBe('Add disclaimer');
  });

  it('flags a dose, a statistic, a screening recommendation and "ask your doctor about…"', () => {
    expect(missing('Iron tablets work best on an empty stomach: 65 mg elemental iron every other day is enough for most adults.')).toHaveLength(1);
    expect(missing('Roughly 1 in 3 adults has prediabetes and most do not know it. A fasting glucose test catches it early.')).toHaveLength(1);
    expect(missing('Colon cancer screening now starts at 45 for people at average risk. Ask your doctor about a colonoscopy or a stool test.')).toHaveLength(1);
  });

  it('treats advice to one person as health information too', () => {
    expect(missing('@kim_r sounds like you have a UTI. Drink plenty of water and get a urine test today.')).toHaveLength(1);
  });

  it('is only a hint when the bio already carries a disclaimer', () => {
    expect(missing(EDUCATION, 'generic', { bioHasDisclaimer: true })[0]?.severity).toBe('info');
  });

  it.each([
    'Not medical advice.',
    '#NotMedicalAdvice',
    'For educational purposes only.',
    'This is general information, not a substitute for seeing your own clinician.',
    "This isn't medical advice, just a pharmacist's daughter talking.",
    '(Educational content only.)',
    'This does not create a doctor-patient relationship.',
    'Nothing here is medical advice.',
    "I'm not your doctor, so check with yours.",
  ])('accepts an existing disclaimer: %s', (tail) => {
    expect(missing(`${EDUCATION} ${tail}`)).toEqual([]);
  });

  it.each(['Views are my own.', 'Talk to your doctor.'])('does not take "%s" alone as a disclaimer', (tail) => {
    expect(missing(`${EDUCATION} ${tail}`)).toHaveLength(1);
  });

  it.each([
    ['a peer consult about one case', 'Curbside for the hive mind: 71F with new AF and a prior GI bleed on aspirin. Would you anticoagulate or refer for a LAA occluder? Thoughts?'],
    ['pure narrative', 'Long call night. Three admissions before midnight and the coffee machine died at 2. Grateful for my co-residents.'],
    ['a billing rant', 'Spent 40 minutes on hold with an insurer for a prior auth on a drug the patient has taken for nine years. Denied again.'],
    ['a practice announcement', 'Our office will be closed Friday for the holiday. The answering service will take calls as usual.'],
    ['a post that is not about health', 'Finally ran my first trail half marathon this morning. Legs are toast, heart is full.'],
  ])('stays quiet on %s', (_what, text) => {
    expect(missing(text)).toEqual([]);
  });

  it('appends ours after a space, and analysing the fixed draft clears the finding', () => {
    const fixed = applyFix(EDUCATION, missing(EDUCATION)[0]!.fixes[0]!);
    expect(fixed).toBe(`${EDUCATION} ${DEFAULT_DISCLAIMER.long}`);
    expect(missing(fixed)).toEqual([]);
  });

  it('puts the disclaimer on its own line when the post is laid out in lines or ends in hashtags', () => {
    const text = 'Heat illness signs: confusion, hot dry skin, vomiting.\nCool first, then transport. Check on older neighbours. #heatsafety';
    const fixed = applyFix(text, missing(text)[0]!.fixes[0]!);
    expect(fixed.startsWith(`${text}\n`)).toBe(true);
  });

  it('uses the user\'s disclaimer for the platform, else the generic one', () => {
    const disclaimers = { x: { short: 'Info only, see your doc.' }, generic: { long: 'Educational only; I am not your physician.' } };
    const onX = applyFix(EDUCATION, missing(EDUCATION, 'x', { disclaimers })[0]!.fixes[0]!);
    expect(onX.endsWith(' Info only, see your doc.')).toBe(true);
    const onLinkedIn = applyFix(EDUCATION, missing(EDUCATION, 'linkedin', { disclaimers })[0]!.fixes[0]!);
    expect(onLinkedIn.endsWith(' Educational only; I am not your physician.')).toBe(true);
  });

  it('picks the longest form that keeps an X post within 280 weighted characters', () => {
    const text = `${EDUCATION} Most people only get a sore arm for a day or two.`;
    expect(measure(text, 'x')).toBeGreaterThan(280 - DEFAULT_DISCLAIMER.long.length);
    const fixed = applyFix(text, missing(text, 'x')[0]!.fixes[0]!);
    expect(fixed.endsWith(DEFAULT_DISCLAIMER.short)).toBe(true);
    expect(measure(fixed, 'x')).toBeLessThanOrEqual(280);
  });

  it('offers no fix and says why when no disclaimer fits (PLT-FIT)', () => {
    const text = `${EDUCATION} ${'Keep a list of your vaccines. '.repeat(5)}`.slice(0, 275);
    const r = analyze(text, { platform: 'x' });
    const f = r.findings.find((x) => x.ruleId === 'disclaimer.missing')!;
    expect(f.fixes).toEqual([]);
    expect(f.message).toMatch(/none fits within X's 280-character limit/);
    const fit = r.findings.find((x) => x.ruleId === 'platform.fit')!;
    expect(fit.category).toBe('platform');
    expect(fit.severity).toBe('info');
  });

  it('falls back to ours when the stored disclaimers are malformed', () => {
    const disclaimers = { generic: { long: 42, short: '   ' } } as unknown as Record<string, { long?: string }>;
    const fixed = applyFix(EDUCATION, missing(EDUCATION, 'linkedin', { disclaimers })[0]!.fixes[0]!);
    expect(fixed.endsWith(DEFAULT_DISCLAIMER.long)).toBe(true);
  });

  it('respects a Mastodon server limit from settings', () => {
    const f = missing(EDUCATION, 'mastodon', { characterLimit: EDUCATION.length + 5 })[0]!;
    expect(f.fixes).toEqual([]);
  });
});
