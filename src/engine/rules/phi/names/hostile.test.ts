import { describe, expect, it } from 'vitest';
import { runNames } from './testing.js';

const SIZE = 200_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

// Shapes that make careless name detectors backtrack or rescan: endless capitalised runs, titles,
// handles, relatives, initials, apostrophes and separators with no spaces, and the care words that
// switch every rule on.
const SHAPES: Record<string, string> = {
  'capitalised words': fill('Maria Lopez Gonzalez '),
  'capitals glued together': fill('MariaLopezGonzalezSmith'),
  'titles': fill('Mr. Mrs. Ms. Dr. '),
  'titles with names': fill('my patient Mr. Harold Jenkins, 94M, his daughter Linda. '),
  'handles': fill('@jane_doe @'),
  'at signs and dots': fill('@.@.@.@'),
  'initials': fill('J.R.K.L.M.'),
  'apostrophes': fill("Maria's'''s "),
  'slashes and digits': fill('/1/22/333/4444'),
  'one long word': 'A' + 'a'.repeat(SIZE - 1),
  'work phrases': fill('works at Acme & Acme & Acme of '),
  'greetings': fill('Hi Karen, thank you Karen! your visit '),
  'wristbands': fill('KOWALSKI, DOROTHY KOWALSKI, '),
  'no spaces, care words': fill('patient,clinic,surgery,Lily,'),
  'introductions': fill('Meet Tobias! He is 7. This is Amara, chemo. Say hi to '),
  'people bringing people in': fill('Bernadette from accounting who brought her husband Lou in '),
  'hyphens and apostrophes between capitals': fill("Smith-O'Neil-Jones-O'Brien-"),
  'beds and rooms': fill('Gloria Whitfield (bed 12) Rosa in room 4B '),
  'sentence openers': fill('Saw Mark. Will Hope. Met Grant Chase. '),
  'closing names in a reply': fill('you were last seen at your visit, Marla. '),
  'relatives in appositions': fill('attn Dolores, her daughter, c/o Ray, his son, '),
  'commas without sentences': fill('your visit, Marla, your visit, Dr. Lee, '),
};

describe('names and handles on 200 KB of hostile input', () => {
  it.each(Object.entries(SHAPES))('%s: finishes with valid offsets', (_shape, text) => {
    const bad: string[] = [];
    for (const f of runNames(text)) {
      if (!(f.start >= 0 && f.end > f.start && f.end <= text.length)) bad.push(`finding ${f.start}-${f.end}`);
      for (const fix of f.fixes) {
        for (const e of fix.edits) if (!(e.start >= 0 && e.end >= e.start && e.end <= text.length)) bad.push(`edit ${e.start}-${e.end}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
