import { describe, expect, it } from 'vitest';
import { FOLDS, fitsLimit, graphemes, limitFor, LIMITS, measure, xUrlSpans, xWeightedLength } from './platform.js';

describe('platform limits', () => {
  it('holds each platform\'s published limit', () => {
    expect(LIMITS).toMatchObject({ x: 280, bluesky: 300, mastodon: 500, threads: 500, instagram: 2200, linkedin: 3000, facebook: 63206 });
  });

  it('lets a Mastodon server limit from settings override the default, and ignores nonsense', () => {
    expect(limitFor('mastodon', { characterLimit: 1000 })).toBe(1000);
    expect(limitFor('mastodon', { characterLimit: -3 })).toBe(500);
    expect(limitFor('mastodon', { characterLimit: Number.NaN })).toBe(500);
    expect(limitFor('x', {})).toBe(280);
  });

  it('places the fold for disclosures before the limit', () => {
    for (const [platform, fold] of Object.entries(FOLDS)) expect(fold).toBeLessThanOrEqual(LIMITS[platform as keyof typeof LIMITS]);
  });
});

describe('measure', () => {
  it('counts an X link as 23 whatever its length, with or without a scheme', () => {
    expect(measure(`Read this https://example.org/${'a'.repeat(80)}`, 'x')).toBe('Read this '.length + 23);
    expect(measure('Guide at cdc.gov/flu/prevent/index.html today', 'x')).toBe('Guide at '.length + 23 + ' today'.length);
    expect(measure('Dose 2.5 mg, e.g. twice daily', 'x')).toBe('Dose 2.5 mg, e.g. twice daily'.length);
  });

  it('weighs emoji and CJK as two on X, Latin as one', () => {
    expect(xWeightedLength('abc')).toBe(3);
    expect(xWeightedLength('é')).toBe(1);
    expect(xWeightedLength('👩‍⚕️')).toBe(2);
    expect(xWeightedLength('中文')).toBe(4);
  });

  it('counts graphemes on Bluesky: one per emoji sequence and per CRLF', () => {
    expect(measure('👩‍⚕️👍🏽', 'bluesky')).toBe(2);
    expect(graphemes('a\r\nb')).toBe(3);
    expect(measure('x'.repeat(300), 'bluesky')).toBe(300);
  });

  it('counts Threads emoji by their UTF-8 length', () => {
    expect(measure('hi 👍', 'threads')).toBe(3 + 4);
  });

  it('counts Mastodon links as 23 and remote mentions by the local name', () => {
    expect(measure(`See https://example.org/${'b'.repeat(60)}`, 'mastodon')).toBe(4 + 23);
    expect(measure('@sam@clinic.social hi', 'mastodon')).toBe('@sam hi'.length);
  });

  it('counts UTF-16 units elsewhere', () => {
    expect(measure('hello', 'linkedin')).toBe(5);
    expect(measure('hello', 'facebook')).toBe(5);
  });

  it('tells whether a draft fits', () => {
    expect(fitsLimit('x'.repeat(280), 'x')).toBe(true);
    expect(fitsLimit('x'.repeat(281), 'x')).toBe(false);
    expect(fitsLimit('x'.repeat(600), 'mastodon', { characterLimit: 1000 })).toBe(true);
  });
});

describe('grapheme clusters without Intl.Segmenter', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const reference = (s: string) => [...segmenter.segment(s)].length;

  it.each([
    'plain ascii',
    'café, naïve, résumé (composed and decomposed: cafe\u0301)',
    'family 👨‍👩‍👧‍👦 and nurse 👩🏽‍⚕️ and flags 🇺🇸🇨🇦 and keycap 1️⃣',
    'heart ❤️ and sparkles ✨ and thumbs 👍🏿',
    'Tiếng Việt: Nguyễn Thị Lan',
    'line\r\nbreaks\nand tabs\t',
    '中文和日本語と한국어',
  ])('agrees with Intl.Segmenter on %s', (s) => {
    expect(graphemes(s)).toBe(reference(s));
  });

  it('weighs a keycap and a flag as one emoji each on X', () => {
    expect(xWeightedLength('1️⃣')).toBe(2);
    expect(xWeightedLength('🇺🇸')).toBe(2);
  });
});

describe('X links', () => {
  it('finds scheme links, bare domains with paths, and skips e-mail addresses and lone TLDs', () => {
    const text = 'See https://x.org/a?b=1, cdc.gov/flu and www.nih.gov. Mail jane@clinic.com. A .com alone. dr.smith';
    const spans = xUrlSpans(text).map(([s, e]) => text.slice(s, e));
    expect(spans).toEqual(['https://x.org/a?b=1,', 'cdc.gov/flu', 'www.nih.gov']);
  });

  it('counts a CR LF between words as two on X and one grapheme elsewhere', () => {
    expect(xWeightedLength('a\r\nb')).toBe(4);
    expect(graphemes('a\r\nb é')).toBe(5);
  });
});
