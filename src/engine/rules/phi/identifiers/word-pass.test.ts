import { describe, expect, it } from 'vitest';
import { firstWords } from '../../../text/word-scan.js';
import { BIOMETRIC, PHOTO } from './person-media.js';
import { wordHits, type WordAlternation } from './word-pass.js';

const ALTERNATIONS: Record<string, WordAlternation> = { BIOMETRIC, PHOTO };

describe('word alternations', () => {
  it.each(Object.entries(ALTERNATIONS))('%s lists exactly the words each alternative can start with', (_name, alt) => {
    for (const a of alt.alternatives) {
      const read = firstWords(new RegExp(String.raw`\b(?:${a.source})\b`, 'gi'));
      expect([...read].sort()).toEqual([...a.words].sort());
    }
  });

  it.each(Object.entries(ALTERNATIONS))('%s finds what its whole pattern finds', (_name, alt) => {
    const texts = [
      'Her fingerprint scan and a voice recording, plus face geometry and DNA profiles; 2fingerprint; finger_print.',
      'A full-face photo, photos of his face, a face shot, unblurred video, head-shots, mug shot, passport photo, ID photos.',
      'pictures showing Maria\'s whole face; close-up of her face; facial images; full facial view; voiceprint; palm vein scans.',
    ];
    let found = 0;
    for (const text of texts) {
      const whole = [...text.matchAll(alt.global)].map((m) => [m.index, m[0]]);
      const keyed = [...alt.matches(text, text.toLowerCase())].map((m) => [m.index, m[0]]);
      expect(keyed).toEqual(whole);
      found += whole.length;
    }
    expect(found).toBeGreaterThan(3);
  });
});

describe('wordHits', () => {
  it('finds code runs of 13 to 17 characters', () => {
    const hits = wordHits('vin 1m8gdm9axkp042788 and 1eg4-te5-mk73, not 12345');
    expect(hits.codeLength).toEqual([17, 13]);
    expect(hits.codeAt).toEqual([4, 26]);
  });
});
