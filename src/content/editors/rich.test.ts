import { describe, expect, it } from 'vitest';
import { widenDeletion } from './rich.js';

describe('widenDeletion', () => {
  it('keeps the character before a deleted span and writes it back', () => {
    expect(widenDeletion('see @jane today', 4, 10)).toEqual({ start: 3, end: 10, text: ' ' });
  });

  it('uses the character after when the span starts a line', () => {
    expect(widenDeletion('a\n@jane x', 2, 8)).toEqual({ start: 2, end: 9, text: 'x' });
  });

  it('leaves a whole-line deletion as it is', () => {
    expect(widenDeletion('a\nzz\nb', 2, 4)).toEqual({ start: 2, end: 4, text: '' });
  });
});
