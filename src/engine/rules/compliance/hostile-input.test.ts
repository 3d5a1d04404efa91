import { describe, expect, it } from 'vitest';
import type { RuleContext } from '../../context.js';
import { DEFAULT_SETTINGS, type Platform } from '../../types.js';
import { fold } from '../../text/normalize.js';
import { rules } from './index.js';

/**
 * About 200 KB of input shaped to trip backtracking regexes: long runs with no spaces, repeated cue
 * words, punctuation storms. A catastrophic pattern would time this out; every finding must still
 * carry valid offsets and applicable edits.
 */
const SIZE = 200_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const SHAPES: Record<string, string> = {
  digits: fill('0123456789'),
  onlyDots: fill('.'),
  onlyAt: fill('@'),
  onlySlashes: fill('/'),
  domains: fill('a.com'),
  emoji: fill('👩‍⚕️'),
  titles: fill('Dr. Mr. Mrs. '),
  at: fill('@a@'),
  slashes: fill('/a/'),
  dots: fill('a.'),
  noSpaces: fill('guaranteedcure100%effective#ad#sp'),
  cues: fill('my patient lost 80 lbs in '),
  directives: fill('@sam you should take '),
  effects: fill('cuts risk of falls by '),
  bodyClaims: fill('helps sleep help '),
  vouched: fill('changed my patients skin use code '),
  reassurance: fill('most kids with a seizure '),

  quotes: fill('"frequent flyer" '),
  hashtags: fill('#ad #sp #collab '),
  capitals: fill('Aaaa Bbbb Cccc clearly has '),
  dashes: fill('—–-'),
  newlines: fill('\n'),
  colonLists: fill('signs: a, b, c, '),
  courses: fill('most most most heal in 4 to '),
  universal: fill('works works every every single time '),
  roles: fill("advisory board of I'm an investor in "),
  redFlags: fill('chest pain act fast suicidal thoughts '),
  mixed: fill('Not medical advice? use code X1 link in bio 911 chest pain, if you , see your doctor. '),
};

function context(text: string, platform: Platform): RuleContext {
  return { original: text, folded: fold(text), platform, settings: { ...DEFAULT_SETTINGS, conflicts: ['Acme'] }, phi: [] };
}

describe('compliance rules on hostile input', () => {
  it.each(Object.keys(SHAPES))('finish on %s and return valid offsets', (shape) => {
    const text = SHAPES[shape] as string;
    const ctx = context(text, 'instagram');
    for (const rule of rules) {
      for (const f of rule.run(ctx)) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThanOrEqual(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        for (const fix of f.fixes) {
          for (const e of fix.edits) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeGreaterThanOrEqual(e.start);
            expect(e.end).toBeLessThanOrEqual(text.length);
          }
        }
      }
    }
  });
});
