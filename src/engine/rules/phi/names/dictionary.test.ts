import { describe, expect, it } from 'vitest';
import { FIRST_NAMES, SURNAMES, WORD_NAMES } from '../../../data/generated/names.js';
import { frontDecoded, FrontCodedList, isClearFirstName, isFirstName, isSurname, isWordName, nameKey } from './dictionary.js';

describe('front-coded lists', () => {
  it('decodes shared prefixes and tails', () => {
    // ann, anna, annabel, bob, bobby: A = shares 0, D = shares 3, E = shares 4, …
    expect([...frontDecoded('AannDaEbelAbobDby')]).toEqual(['ann', 'anna', 'annabel', 'bob', 'bobby']);
  });

  it('keeps apostrophes and hyphens inside entries', () => {
    expect([...frontDecoded("Ao'brienCconnellAjean-lucFpaul")]).toEqual(["o'brien", "o'connell", 'jean-luc', 'jean-paul']);
  });
});

describe('the generated dictionaries', () => {
  it('hold given names of several origins, accents folded', () => {
    for (const n of ['Maria', 'Aaliyah', 'Jaylen', 'Priya', 'Mateo', 'Sofía', 'Zoë', 'Keisha']) expect(isFirstName(n)).toBe(true);
  });

  it('hold surnames, including the cspell people list', () => {
    for (const n of ['Lopez', 'Okafor', "O'Brien", 'Nguyen', 'Kowalski']) expect(isSurname(n)).toBe(true);
  });

  it('mark names that are also everyday or medical words', () => {
    for (const n of ['Will', 'Grace', 'Hope', 'Brown', 'Parkinson', 'May']) expect(isWordName(n)).toBe(true);
    expect(isClearFirstName('Grace')).toBe(false);
    expect(isClearFirstName('Denise')).toBe(true);
  });

  it('do not hold function words or care words', () => {
    for (const w of ['the', 'patient', 'clinic', 'today']) {
      expect(isFirstName(w)).toBe(false);
      expect(isSurname(w)).toBe(false);
    }
  });

  it('key names without case or accents', () => {
    expect(nameKey('Sofía')).toBe('sofia');
    expect(nameKey('O’Brien')).toBe("o'brien");
  });
});

describe('lists searched in place', () => {
  it('finds every entry of every letter, and nothing else', () => {
    const words = ["aaron", "abby", "ann", "anna", "bob", "bobby", "o'brien", "zoe"];
    let packed = '';
    let prev = '';
    for (const w of words) {
      let n = 0;
      while (n < w.length && n < prev.length && w[n] === prev[n]) n++;
      packed += String.fromCharCode(65 + n) + w.slice(n);
      prev = w;
    }
    const sets = new FrontCodedList(packed);
    for (const w of words) expect(sets.has(w)).toBe(true);
    for (const w of ['an', 'annie', 'bo', 'o', 'obrien', 'zoey', 'carl', '']) expect(sets.has(w)).toBe(false);
  });

  it('agrees with the decoded generated lists on their entries and near misses', () => {
    for (const packed of [FIRST_NAMES, SURNAMES, WORD_NAMES]) {
      const decoded = frontDecoded(packed);
      const list = new FrontCodedList(packed);
      let n = 0;
      for (const w of decoded) {
        if (n++ % 5 !== 0) continue;
        for (const probe of [w, `${w}a`, w.slice(0, -1), `${w}'`, w.slice(0, 1)]) {
          expect(list.has(probe), probe).toBe(decoded.has(probe));
        }
      }
    }
  });
});
