import { describe, expect, it } from 'vitest';
import type { RuleContext } from '../../context.js';
import { fold } from '../../text/normalize.js';
import { DEFAULT_SETTINGS, type Finding } from '../../types.js';
import { rules as imageRules } from '../images/index.js';
import { rules as reviewRules } from '../review/index.js';
import { rules as reidRules } from './index.js';

/**
 * About 200 KB of input shaped to trip the patterns of these families (long runs with no space, repeated
 * cue words, handles, slashes, dots, digits). A pattern that backtracked without bound would not finish;
 * the assertions are about the output being well formed, never about time.
 */
const SIZE = 200_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const SHAPES: Record<string, string> = {
  'letters without spaces': repeat('a'),
  'digits without spaces': repeat('1234567890'),
  'repeated time and setting cues': repeat('last night in our ED today this morning '),
  'repeated descriptors': repeat('a 17-year-old retired high school football coach '),
  'determiners and modifiers': repeat('the the the a an our big small '),
  'handles and at signs': repeat('@jane_doe@@@ @dr_smith '),
  'slashes and dots': repeat('/./x-ray/.../photo./'),
  'image words': repeat('photo x-ray attached swipe stock '),
  'reply cues': repeat('hi Jane, your visit your your your '),
  'possessive events': repeat("yesterday's yesterday's the the crash "),
  'odd births': repeat('delivered a baby in the back of a '),
  'hyphens': repeat('-year-old-year-old-'),
  'masked-looking': repeat('\u00a4, 44, \u00a4): 79, '),
  'dots': repeat('.'),
  'sentence marks': repeat('?!.'),
  'titles': repeat('Mr. '),
  'white space': repeat(' \n\t '),
  'reply headers and pseudonyms': repeat('Reply to review: to whoever posted as "x": Dennis, '),
  'names set off by commas': repeat('Dennis, Priya, Marcus – '),
  'unclosed quotes': repeat('posted as "'),
  'carousels': repeat('swipe to see her scar swipe '),
  'words the scan keys on': repeat('the in on a at 17 our my patient '),
};

function run(text: string, phi: Finding[] = []): Finding[] {
  const ctx: RuleContext = {
    original: text, folded: fold(text), platform: 'generic', settings: { ...DEFAULT_SETTINGS, reviewReplyMode: true }, phi,
  };
  return [...reidRules, ...reviewRules, ...imageRules].flatMap((r) => r.run(ctx));
}

describe('hostile input', () => {
  it.each(Object.entries(SHAPES))('finishes on %s with findings inside the text', (_shape, text) => {
    const found = run(text);
    for (const f of found) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.start).toBeLessThanOrEqual(f.end);
      for (const fix of f.fixes) {
        for (const e of fix.edits) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(text.length);
        }
      }
    }
  });

  it('finishes when PHI spans cover much of the text', () => {
    const text = repeat('Jane Doe came in today, 44, to our ED. ');
    const phi: Finding[] = [];
    for (let i = text.indexOf('Jane Doe'); i !== -1; i = text.indexOf('Jane Doe', i + 8)) {
      phi.push({ ruleId: 'phi.name', category: 'phi', severity: 'block', start: i, end: i + 8, phiType: 'NAME', message: '', fixes: [] });
    }
    const found = run(text, phi);
    expect(found.every((f) => f.start >= 0 && f.end <= text.length)).toBe(true);
  });
});
