import { describe, expect, it } from 'vitest';
import type { Report } from '../engine/types.js';
import { applyEdit, combinedEdit, overLimit } from './fixes.js';

describe('combinedEdit', () => {
  it('merges several edits into one replacement that gives the same text as applying each', () => {
    const text = 'Saw Maria on March 3 at Mercy';
    const fix = { label: 'Redact all', edits: [{ start: 24, end: 29, text: '[hospital]' }, { start: 4, end: 9, text: '[name]' }] };
    const edit = combinedEdit(text, fix);
    expect(edit).toEqual({ start: 4, end: 29, text: '[name] on March 3 at [hospital]' });
    expect(applyEdit(text, edit!)).toBe('Saw [name] on March 3 at [hospital]');
  });

  it('refuses edits that reach past the text or overlap', () => {
    expect(combinedEdit('short', { label: 'x', edits: [{ start: 2, end: 9, text: '' }] })).toBeNull();
    expect(combinedEdit('abcdef', { label: 'x', edits: [{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }] })).toBeNull();
  });
});

describe('overLimit', () => {
  const report = (limit: number): Report => ({ findings: [], state: 'clean', platform: 'x', length: { used: 0, limit } });

  it('explains why an appended disclaimer cannot go into a post near the limit', () => {
    const text = 'a'.repeat(270);
    const fix = { label: 'Add disclaimer', edits: [{ start: 270, end: 270, text: ' Not medical advice.' }] };
    expect(overLimit(text, fix, report(280), 'x')).toMatch(/over the limit of 280/);
    expect(overLimit('short', fix, report(280), 'x')).toBeNull();
  });
});
