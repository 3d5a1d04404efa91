import { describe, expect, it } from 'vitest';
import { disclaimerFor, expandSnippet, fieldsOf, FALLBACK_DISCLAIMER } from './placeholders.js';

describe('snippet placeholders', () => {
  it('lists each named field once, in order', () => {
    expect(fieldsOf('Hi {{clinic name}}, {{ day }} at {{clinic name}}. {cursor}')).toEqual(['clinic name', 'day']);
  });

  it('fills fields and the disclaimer and reports where the cursor goes', () => {
    const out = expandSnippet('Flu shots at {{clinic}} on {{day}}. {cursor}\n{disclaimer}', { clinic: 'Main St', day: 'Friday' }, 'Not advice.');
    expect(out).toEqual({ text: 'Flu shots at Main St on Friday. \nNot advice.', cursor: 32 });
  });

  it('refuses to expand while a field is unanswered', () => {
    expect(() => expandSnippet('At {{clinic}} on {{day}}', { clinic: 'Main St', day: ' ' }, '')).toThrow('Fill in “day” first.');
  });

  it('picks the short disclaimer where the site limit is small, the long one elsewhere, then the fallback', () => {
    const settings = { disclaimers: { generic: { long: 'Long generic.', short: 'Short generic.' }, linkedin: { long: 'LinkedIn long.' } } };
    expect(disclaimerFor(settings, 'x')).toBe('Short generic.');
    expect(disclaimerFor(settings, 'linkedin')).toBe('LinkedIn long.');
    expect(disclaimerFor(settings, 'facebook')).toBe('Long generic.');
    expect(disclaimerFor({ disclaimers: {} }, 'bluesky')).toBe(FALLBACK_DISCLAIMER);
  });
});
