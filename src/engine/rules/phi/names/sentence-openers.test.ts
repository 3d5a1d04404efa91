import { describe, expect, it } from 'vitest';
import { names } from './testing.js';

// Verbs, adverbs and everyday words opening a sentence; several are also given names or surnames.
describe('a capitalised word opening a sentence is not a name without strong evidence', () => {
  it.each([
    'Saw a patient with classic Bell’s palsy today.',
    'Met a lovely family in clinic today.',
    'Had a tough night in the ICU.',
    'Got three consults before lunch.',
    'Told my patient the biopsy was clear.',
    'Heard back on the biopsy today.',
    'Spent the morning in the cath lab.',
    'Found a pneumothorax on the morning film.',
    'Wish every patient had a nurse like ours.',
    'Will the ICU have a bed tonight?',
    'Mark your calendars for the flu clinic.',
    'Hope everyone had a restful weekend before rounds.',
    'Grant season again. Chemo trial budgets are due Friday.',
    'Bill the insurance before the end of the month, team.',
    'Rich discussion at tumor board today.',
    'Drew blood on a toddler today without tears.',
    'Pat yourself on the back after a tough shift in the ICU.',
    'Chase your dreams, future surgeons.',
    'Hunt for the cause of the fever: cultures first.',
    'Sue the hospital? No. Learn from the error and fix the system.',
    'Long night. Saw a patient in the ED who taught me more than any textbook.',
    'Honestly, the best part of clinic is the follow-up visits.',
    'Grateful for every patient who trusts us with their care.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Saw Gloria Whitfield again in clinic, her wound is healing well.', ['Gloria Whitfield']],
    ['Mark, 45M, presented with crushing chest pain.', ['Mark']],
    ['Will’s chemo starts Monday, and his family is ready.', ['Will']],
    ['Hope, my patient of ten years, finally quit smoking.', ['Hope']],
    ['Will was admitted overnight with a GI bleed.', ['Will']],
  ])('strong evidence still names them: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
