import { describe, expect, it } from 'vitest';
import { firstWords } from '../../../text/word-scan.js';
import { ORG_CUE, PERSON_CUE } from './cues.js';
import './index.js'; // registers every rule's words with the shared pass
import { BIOMETRIC, PHOTO } from './person-media.js';
import { codeRuns } from './code-runs.js';
import { findWords } from './word-pass.js';
import type { WordAlternation } from './word-patterns.js';

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
      const keyed = alt.matches(text, text.toLowerCase(), 100).map((m) => [m.index, m[0]]);
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
      expect([t, cue.testByWords(t)]).toEqual([t, cue.whole.test(t)]);
    }
  });
});

describe('findWords', () => {
  it('finds the same words by walk and by regex', () => {
    const texts = [
      'mrn 4839201, my patient called; her member id. 2mrn _mrn mrn_ x-mrn fingerprint, face shot; photos of',
      'plate 7kdm; serial 44; i.d. 44; s/n 5; medi-cal; \u00e9mrn; k\u212amrn; voiceprint; headshot',
    ];
    for (const t of texts) {
      const walk = findWords(t, false);
      expect(findWords(t, true)).toEqual(walk);
      expect(walk.at.length).toBeGreaterThan(3);
    }
  });
});

describe('codeRuns', () => {
  it('finds runs of 13 or 17 digits, capitals and dashes', () => {
    const text = 'VIN 1M8GDM9AXKP042788 and 1EG4-TE5-MK73, not 1EG4-TE5-MK73x, 12345, 1m8gdm9axkp042788 or 1EG4-TE5-MK734';
    expect(codeRuns(text)).toEqual({ starts: [4, 26], lengths: [17, 13] });
  });
});
