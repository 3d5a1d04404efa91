import { describe, expect, it } from 'vitest';
import { readCues } from './cue-words.js';
import { DOSES, EDUCATION_WORDS, GENERAL_FACTS, GROUP_PREVENTIONS, PROGNOSES, STATISTICS } from './health-forms.js';
import { GROUP_PREVENTION, PROGNOSIS } from './health-signals.js';
import { CLINICAL_SHAPE, DOSE, EDUCATION_MARKER, GENERAL_FACT, HEALTH_TERM, STATISTIC } from './health-vocabulary.js';
import { eachClinicalWord, eachHealthTerm, healthTermAt } from './health-words.js';

/** Drafts that exercise the vocabulary's harder corners: shared first words, stems, plurals, glued forms. */
const SAMPLES = [
  'My back pain and weight loss; weightloss, vitamin d3 and vitamin d. Covid-19 vs covid-19x.',
  "Alzheimer's and alzheimers, crohns, dizzy spells, breath-holding spells, lost 10 lbs, lost 10lbs.",
  'Two ED visits, er visits, immunized kids, immunisation, a cold, common colds, the colds.',
  'x-ray, x-rays, check-ups, checkup, seat belts, seatbelt, hand washing, handwashing, glp-1, glp-10.',
  "tourette, tourettes, tourette's; prednisolone after an appendectomy; colonoscopy, colon.",
  'diabetes_ _diabetes diabetes1 1diabetes café-pain painful pains, stomach bugs, fainting spells.',
  'Adults should take 500 mg twice a day; 2.5-5mg every 4-6 hours; two tablets a day; once per week.',
  'About 1 in 10 adults, 37 million americans, per 100,000, doubles your risk, 40% of cases.',
  'Most people recover within weeks. Most sprains heal. Smoking raises the risk of stroke; survival rates rose.',
  'It protects newborns, slows the spread, for adults over 50, people 65 and older, during every pregnancy.',
  'Statins can lower LDL; exercise helps many people; flu is contagious; heals in a week; is hard on kidneys.',
  'For most kids it is harmless; catch it early; early detection; is the most common; there is no cure.',
  'PSA: warning signs of stroke, red flags, risk factors, how to help, studies show, in randomized trials.',
  "World Kidney Awareness Day, did you know, fun fact, rule of thumb, take-home, what's the difference.",
];

function spans(re: RegExp, s: string): string[] {
  const out: string[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = g.exec(s); m; m = g.exec(s)) out.push(`${m.index}:${m[0]}`);
  return out;
}

function visited(each: (s: string, visit: (a: number, b: number) => boolean) => void, s: string): string[] {
  const out: string[] = [];
  each(s, (a, b) => { out.push(`${a}:${s.slice(a, b)}`); return true; });
  return out;
}

describe('health words read word by word', () => {
  it.each(SAMPLES.map((s) => [s.toLowerCase()]))('match HEALTH_TERM and CLINICAL_SHAPE in %s', (s) => {
    expect(visited(eachHealthTerm, s)).toEqual(spans(HEALTH_TERM, s));
    expect(visited(eachClinicalWord, s)).toEqual(spans(CLINICAL_SHAPE, s));
    for (let at = 0; at < s.length; at++) {
      const sticky = new RegExp(HEALTH_TERM.source, 'y');
      sticky.lastIndex = at;
      const end = sticky.test(s) ? sticky.lastIndex : -1;
      if (/\w/.test(s[at] ?? '') && !/\w/.test(s[at - 1] ?? '')) expect(healthTermAt(s, at)).toBe(end);
    }
  });
});

describe('patterns tried form by form', () => {
  it.each(SAMPLES.map((s) => [s.toLowerCase()]))('answer as the whole pattern in %s', (s) => {
    const cues = readCues(s, true);
    expect(DOSES.test(cues)).toBe(DOSE.test(s));
    expect(STATISTICS.test(cues)).toBe(STATISTIC.test(s));
    expect(PROGNOSES.test(cues)).toBe(PROGNOSIS.test(s));
    expect(GROUP_PREVENTIONS.test(cues)).toBe(GROUP_PREVENTION.test(s));
    const found: string[] = [];
    GENERAL_FACTS.each(cues, (a, b) => { found.push(`${a}:${s.slice(a, b)}`); return true; });
    expect(found).toEqual(spans(GENERAL_FACT, s));
    const taught: string[] = [];
    EDUCATION_WORDS.each(cues, (a, b) => { taught.push(`${a}:${s.slice(a, b)}`); return true; });
    expect(taught).toEqual(spans(EDUCATION_MARKER, s));
  });
});
