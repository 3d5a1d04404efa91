import { describe, expect, it } from 'vitest';
import { firstWords } from '../../../text/word-scan.js';
import { ORG_CUE, PERSON_CUE } from './cues.js';
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

describe('word tests', () => {
  it.each(Object.entries({ PERSON_CUE, ORG_CUE }))('%s lists exactly the words each alternative can start with', (_name, cue) => {
    for (const a of cue.alternatives) {
      expect([...firstWords(new RegExp(a.source, 'gi'))].sort()).toEqual([...a.words].sort());
    }
  });

  it.each(Object.entries({ PERSON_CUE, ORG_CUE }))('%s answers as its whole pattern does', (_name, cue) => {
    const texts = [
      'My patient called twice.', "The pt's daughter left a note.", 'Call us at the office line.', 'her cell is off',
      'Our front desk number', 'Dr. Kim\'s pager', 'she\'s at home', 'walk-ins welcome ☎', 'nothing here at all',
      '2patient said', 'grandkids visited', 'Follow me', 'after-hours line', 'the Family members', 'NOW OPEN',
    ];
    for (const t of texts) {
      expect([t, cue.test(t)]).toEqual([t, cue.whole.test(t)]);
      expect([t, cue.testText(t, t.toLowerCase())]).toEqual([t, cue.whole.test(t)]);
    }
  });
});

describe('wordHits', () => {
  it('finds code runs of 13 to 17 characters', () => {
    const hits = wordHits('vin 1m8gdm9axkp042788 and 1eg4-te5-mk73, not 12345');
    expect(hits.codeLength).toEqual([17, 13]);
    expect(hits.codeAt).toEqual([4, 26]);
  });
});
