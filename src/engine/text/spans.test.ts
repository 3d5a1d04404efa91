import { describe, expect, it } from 'vitest';
import { escapeRegExp, sentenceStarts } from './spans.js';

describe('sentence starts', () => {
  it('start after . ! ? and white space, and after line breaks, never with an empty sentence', () => {
    expect(sentenceStarts('One. Two! Three? Four')).toEqual([0, 5, 10, 17]);
    expect(sentenceStarts('Dr.Lee saw him.\n\nThen he left.')).toEqual([0, 17]);
    expect(sentenceStarts('a.b. c')).toEqual([0, 5]);
    expect(sentenceStarts('Line one\nline two')).toEqual([0, 9]);
    expect(sentenceStarts('x!\u00a0y')).toEqual([0, 3]);
    expect(sentenceStarts('')).toEqual([0]);
  });

  it('answer the same text again with the same starts, and a new text with its own', () => {
    const a = 'First one. Second one.';
    const b = 'Only one here';
    expect(sentenceStarts(a)).toEqual([0, 11]);
    expect(sentenceStarts(a)).toEqual([0, 11]);
    expect(sentenceStarts(b)).toEqual([0]);
    expect(sentenceStarts(a)).toEqual([0, 11]);
  });

  it('read a million dots as one sentence', () => {
    expect(sentenceStarts('.'.repeat(1 << 20))).toEqual([0]);
  });
});

describe('escapeRegExp', () => {
  it('makes every pattern character literal', () => {
    const typed = 'Dr. (Ann) O\'Neil [MD] + a*b? ^$ {2} | c\\d';
    expect(new RegExp(`^${escapeRegExp(typed)}$`).test(typed)).toBe(true);
    expect(new RegExp(escapeRegExp('Dr. Lee')).test('Dr Lee')).toBe(false);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});
