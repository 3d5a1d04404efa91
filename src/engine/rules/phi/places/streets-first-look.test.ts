import { describe, expect, it } from 'vitest';
import { fold } from '../../../text/normalize.js';
import { DEFAULT_SETTINGS } from '../../../types.js';
import { findStreets } from './streets.js';

/** The street spans findStreets reports, as text. */
function streets(text: string): string[] {
  const ctx = { original: text, folded: fold(text), platform: 'generic' as const, settings: DEFAULT_SETTINGS, phi: [] };
  return findStreets(ctx).map((h) => text.slice(h.start, h.end));
}

// The first look skips the street patterns when no capitalised word or ordinal stands before a suffix.
describe('street detection behind its first look', () => {
  it.each([
    'Grateful to Dr. Patel for teaching rounds; my patient loved her.',
    'He thanked us and Dr. Kim after his surgery.',
    'She was admitted to St. Vincent\'s last night.',
    'Dr. Ruiz says my patient lives near the lake.',
  ])('finds no street in "%s"', (text) => {
    expect(streets(text)).toEqual([]);
  });

  it.each([
    ['With Dr. Patel, my patient walked home to 12 Oak Ave, Apt 3.', ['12 Oak Ave, Apt 3']],
    ['Dr. Lee saw him; he lives on Willow Dr near the school.', ['Willow Dr']],
    ['She fell at 3rd and Maple, right by her house.', ['3rd and Maple']],
    ['My patient was hit at Elm St and Maple, near his home.', ['Elm St', 'Elm St and Maple']],
    ['He lives on North 5th St with his daughter.', ['North 5th St']],
  ])('still finds the street in "%s"', (text, expected) => {
    expect(streets(text)).toEqual(expected);
  });
});
