import { describe, expect, it } from 'vitest';
import { checkSnippet } from '../validate.js';
import { migration001 } from './001-split-into-keys.js';
import { migrateSnippets } from './index.js';

describe('snippet migration 1 (one array → one key per snippet)', () => {
  it('moves each legacy snippet to its own valid key, listed in order by the index', () => {
    const out = migration001.up({
      settings: { keep: true },
      snippets: [
        { name: 'Flu shots', text: 'Get your flu shot every autumn.', tags: ['vaccines'] },
        { text: '   ' },
        { text: 'Sunscreen daily, SPF 30 or higher.' },
        'not an object',
      ],
    });
    expect(out.snippets).toBeUndefined();
    expect(out.settings).toEqual({ keep: true });
    expect(out['snippets.index']).toEqual({ version: 1, ids: ['legacy-1', 'legacy-3'] });
    const first = checkSnippet(out['snippet.legacy-1']);
    expect(first.ok && first.value).toMatchObject({ title: 'Flu shots', body: 'Get your flu shot every autumn.', tags: ['vaccines'], origin: 'user' });
    const second = checkSnippet(out['snippet.legacy-3']);
    expect(second.ok && second.value.title).toBe('Sunscreen daily, SPF 30 or higher.');
  });

  it('gives an empty index when there was nothing to move', () => {
    expect(migration001.up({})).toEqual({ 'snippets.index': { version: 1, ids: [] } });
  });

  it('runs only for the unversioned layout', () => {
    expect(migrateSnippets({ snippets: [] })).toMatchObject({ from: 0, to: 1 });
    const current = { 'snippets.index': { version: 1, ids: [] } };
    expect(migrateSnippets(current)).toEqual({ value: current, from: 1, to: 1 });
  });
});
