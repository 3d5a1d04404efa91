import { describe, expect, it } from 'vitest';
import type { Snippet } from './schema.js';
import { allTags, searchSnippets } from './search.js';

const s = (id: string, title: string, tags: string[], body = 'Text.'): Snippet => ({
  id, title, shortcut: id, body, tags, origin: 'starter', updatedAt: 0,
});
const library = [
  s('bp', 'High blood pressure is silent', ['heart', 'blood pressure']),
  s('homebp', 'Measuring blood pressure at home', ['blood pressure', 'how-to']),
  s('flu', 'Yearly flu vaccine', ['vaccines'], 'Everyone 6 months and older.'),
  s('stroke', 'Stroke: think F.A.S.T.', ['heart', 'emergency']),
];
const ids = (list: Snippet[]) => list.map((x) => x.id);

describe('snippet search', () => {
  it('ranks an exact shortcut first, then word starts', () => {
    expect(ids(searchSnippets(library, 'bp'))).toEqual(['bp', 'homebp']);
    expect(ids(searchSnippets(library, 'blood'))).toEqual(['bp', 'homebp']);
  });

  it('needs every word to match', () => {
    expect(ids(searchSnippets(library, 'blood home'))).toEqual(['homebp']);
    expect(searchSnippets(library, 'blood zebra')).toEqual([]);
  });

  it('finds letters in order in a title and words in a body', () => {
    expect(ids(searchSnippets(library, 'yrly'))).toEqual(['flu']);
    expect(ids(searchSnippets(library, 'months'))).toEqual(['flu']);
  });

  it('filters by tag and lists every tag once', () => {
    expect(ids(searchSnippets(library, '', 'heart'))).toEqual(['bp', 'stroke']);
    expect(allTags(library)).toEqual(['blood pressure', 'emergency', 'heart', 'how-to', 'vaccines']);
  });
});
