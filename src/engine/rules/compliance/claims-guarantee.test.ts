import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { applyFix } from '../../context.js';

const guarantees = (text: string) => analyze(text).findings.filter((f) => f.ruleId === 'claims.guarantee');

describe('claims.guarantee (CLM-GUARANTEE)', () => {
  it.each([
    ['Our laser package gives guaranteed results for stubborn fat.', 'guaranteed results', 'results vary'],
    ['This tea is guaranteed to lower your cholesterol.', 'guaranteed to lower', 'may help lower'],
    ['The new collagen shot is 100% effective for joint pain.', '100% effective', 'effective for many people'],
    ['A risk-free way to drop two sizes before summer.', 'risk-free', 'low-risk for most people'],
    ['All natural, with zero side effects.', 'zero side effects', 'few side effects for most people'],
    ['No needles, no downtime, no side effects.', 'no side effects', 'few side effects for most people'],
    ['Permanent results after a single session.', 'Permanent results', 'long-lasting results for many people'],
    ['Our filler is gentle and the results are permanent.', 'results are permanent', 'long-lasting results for many people'],
    ['The miracle pill every menopausal woman needs.', 'miracle pill', 'promising option'],
    ['This protocol works for everyone who sticks with it.', 'works for everyone', 'works for many people'],
    ['Our infusion cures migraines for good.', 'cures', 'may help with'],
    ['This diet reverses type 2 diabetes in a month.', 'reverses type 2 diabetes', 'may improve type 2 diabetes'],
    ['Our cleanse reversed her diabetes.', 'reversed her diabetes', 'may improve diabetes'],
  ])('flags "%s" and hedges it', (text, phrase, hedge) => {
    const [f] = guarantees(text);
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe(phrase);
    expect(f!.fixes[0]!.label).toBe(`Replace “${phrase}” with “${hedge}”`);
    expect(guarantees(applyFix(text, f!.fixes[0]!))).toEqual([]);
  });

  it('warns in an education post and blocks in a promotion', () => {
    expect(guarantees('Some people think vitamin C cures colds.')[0]?.severity).toBe('warn');
    expect(guarantees('Our IV drip cures hangovers. Book now, limited spots!')[0]?.severity).toBe('block');
  });

  it.each([
    'There is no cure for Alzheimer\'s yet, but early diagnosis still helps families plan.',
    'No vaccine is 100% effective, yet vaccinated people are far less likely to be hospitalised.',
    'Statins are not risk-free: muscle aches happen in a minority of people.',
    'There is no guarantee surgery will fix the pain, so we try physical therapy first.',
    'Hepatitis C antivirals cure more than 95% of people in trials (doi:10.1000/xyz123).',
    'Anyone selling a tea that "cures" diabetes is selling a fantasy.',
    'Researchers are closer to a cure for sickle cell disease than ever.',
    'Be wary of any supplement that claims no side effects; everything that works has some.',
    'Our NICU miracle went home today after 120 days!',
    'Gene therapy may cure some inherited blindness, and trials are under way.',
    'No side effects from my booster this year except a sore arm.',
    'Guaranteed to be the most boring lecture of the year: billing codes for three hours.',
  ])('does not flag a denial, a quotation, a cited rate or a noun: %s', (text) => {
    expect(guarantees(text)).toEqual([]);
  });
});

describe('claims.guarantee: universal promises without the word "guaranteed"', () => {
  it.each([
    ['Relief you can feel every single time. Book your first session today.', 'every single time', 'in many cases'],
    ['Our shockwave therapy works every time for heel pain.', 'every time', 'in many cases'],
    ['For sore knees, our cold laser never fails.', 'never fails', 'often works'],
    ['Our joint injections always work, call today to book.', 'always work', 'often works'],
    ['100% of my patients lose weight in the first month!', '100% of my patients', 'many of my patients'],
    ['Every client walks out with smoother skin and zero downtime.', 'Every client', 'the typical patient'],
    ['Permanent relief from sciatica in three visits.', 'Permanent relief', 'long-lasting relief for many people'],
  ])('flags "%s"', (text, phrase, hedge) => {
    const [f] = guarantees(text);
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe(phrase);
    expect(f!.fixes[0]!.label).toBe(`Replace “${phrase}” with “${hedge}”`);
    expect(guarantees(applyFix(text, f!.fixes[0]!))).toEqual([]);
  });

  it.each([
    'No treatment works every time, and anyone who says so is selling something.',
    'I always tell patients to bring every pill bottle to every visit.',
    'Every patient deserves a clinician who listens.',
    'It never fails to amaze me how fast kids heal.',
    'I check blood pressure every single time, even at a sports physical.',
    'Vaccines are not 100% effective, but they make severe illness much rarer.',
    'Permanent pacemakers are common after this kind of heart block.',
  ])('leaves "%s" alone', (text) => {
    expect(guarantees(text)).toEqual([]);
  });
});
