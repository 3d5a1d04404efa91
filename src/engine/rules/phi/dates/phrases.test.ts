import { describe, expect, it } from 'vitest';
import { PhraseTable } from './phrases.js';

describe('PhraseTable', () => {
  const table = new PhraseTable()
    .add(0, ['came in', 'admitted', 'code blue'])
    .add(1, ['patient', 'my son'], /^'?s? patient/);

  const found = (text: string) => table.scan(text).map((m) => [text.slice(m.start, m.end), m.kind]);

  it('finds single words and phrases with their kind', () => {
    expect(found('the patient came in and was admitted after a code blue')).toEqual([
      ['patient', 1], ['came in', 0], ['admitted', 0], ['code blue', 0],
    ]);
  });

  it('matches whole words only', () => {
    expect(found('readmitted patients came inside')).toEqual([]);
  });

  it("reads a possessive as its word (\"patient's\")", () => {
    expect(found("the patient's mom")).toEqual([['patient', 1]]);
  });

  it('honours what must not follow a phrase', () => {
    expect(found('my son called')).toEqual([['my son', 1]]);
    expect(found("my son's patient called")).toEqual([['patient', 1]]);
  });

  it('skips punctuation and digits between words', () => {
    expect(found('(admitted) 3/4, patient!')).toEqual([['admitted', 0], ['patient', 1]]);
  });
});
