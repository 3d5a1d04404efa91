import { describe, expect, it } from 'vitest';
import { declaredGates } from '../text/literal-gates.js';
import './index.js';

/**
 * For every gate a rule declares, texts its pattern matches: one per phrase, holding that phrase and no
 * other. Each must match the pattern and open the gate, so a phrase dropped from a gate fails here; an
 * alternative added to a pattern comes with its example.
 */
const EXAMPLES: Record<string, string[]> = {
  'solicitation words': [
    'review us for a free coffee', 'leave a rating and get a discount', 'leave a 5-star and get a gift card',
    'leave us a 5 star for a free gift', 'give a five-star and win a prize', 'post a five star for a coupon', 'we will sue',
    'we will take legal action', 'we will file a lawsuit', 'i will report you', 'we will contact our lawyers',
    'our attorneys will', 'a defamation lawsuit', 'our legal team will', 'cease and desist',
  ],
  'spoken to': [
    "if you're reading this", 'if my old patient sees this', 'if she reads this', 'you know who you are',
    "i'm the surgeon you're talking about", 'we know this is hard', 'anonymous: terrible visit',
  ],
  affection: ['we love you', 'i miss you', 'we adore you'],
  'reply header': [
    're: your review', 'responding to your feedback', 'replying to the rating', 'thanks for your comment', "owner's reply", 'our response',
  ],
  composite: [
    'a composite case', 'details have been changed', 'names altered', 'facts modified', 'this story is fictionalized',
    'a hypothetical', 'this is not a real patient', 'no individual patient', 'no real patient', 'no actual patient',
    'no specific patient', 'no single patient', 'an amalgam of several', 'an illustrative case', 'a made-up story',
  ],
  'armchair diagnosis': [
    'Biden clearly has dementia', 'Smith obviously has diabetes', 'Jones definitely is psychotic',
    'Lee surely suffers from anxiety', 'Kim probably has cancer', 'Ford must have cancer',
  ],
  'disclaimer forms': [
    '#notmedicaladvice', 'for educational purposes only', 'not a substitute for professional advice',
    'not a replacement for care', 'general information and not advice', 'this does not create a doctor-patient relationship',
    'medical advice, this is not', 'nothing here is personal advice', "i'm not your doctor",
  ],
};

describe('the gates the rules declare', () => {
  it('each has examples', () => {
    expect(declaredGates().map((g) => g.name).sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  for (const gate of declaredGates()) {
    it(`${gate.name}: every example matches the pattern and opens the gate`, () => {
      const pattern = new RegExp(gate.pattern.source, gate.pattern.flags.replace(/[gy]/g, ''));
      for (const example of EXAMPLES[gate.name] ?? []) {
        expect(pattern.test(example), example).toBe(true);
        expect(gate.mayMatch(example.toLowerCase()), example).toBe(true);
      }
    });

    it(`${gate.name}: every phrase is the only one of some example`, () => {
      const examples = (EXAMPLES[gate.name] ?? []).map((e) => e.toLowerCase());
      for (const phrase of gate.phrases) {
        const alone = examples.some((e) => e.includes(phrase) && gate.phrases.every((p) => p === phrase || !e.includes(p)));
        expect(alone, phrase).toBe(true);
      }
    });
  }
});
