import { describe, expect, it } from 'vitest';
import { memoryAreas } from '../settings/memory-areas.js';
import { AREA_KEY, SNIPPET_INDEX_KEY } from './keys.js';
import type { Snippet } from './schema.js';
import { starterSnippets } from './starter.js';
import { deleteUserSnippet, loadUserSnippets, saveMany, saveUserSnippet } from './store.js';
import { visibleSnippets } from './visible.js';

const snippet = (id: string, body = 'Wash your hands often.'): Snippet => ({
  id, title: `Title ${id}`, shortcut: id.toLowerCase(), body, tags: ['hygiene'], origin: 'user', updatedAt: 1,
});

describe('snippet store', () => {
  it('seeds the starter library on a fresh install', async () => {
    const areas = memoryAreas();
    const { snippets, area } = await loadUserSnippets(areas);
    expect(area).toBe('sync');
    expect(snippets.map((s) => s.id)).toEqual(starterSnippets().map((s) => s.id));
  });

  it('migrates the unversioned layout instead of seeding over it', async () => {
    const areas = memoryAreas();
    areas.sync.data.set('snippets', [{ name: 'Mine', text: 'My own words.' }]);
    const { snippets } = await loadUserSnippets(areas);
    expect(snippets.map((s) => s.title)).toEqual(['Mine']);
    expect(areas.sync.data.has('snippets')).toBe(false);
  });

  it('saves, edits and deletes a snippet', async () => {
    const areas = memoryAreas();
    await saveUserSnippet(areas, snippet('a'));
    await saveUserSnippet(areas, { ...snippet('a'), body: 'Edited.' });
    let list = (await loadUserSnippets(areas)).snippets;
    expect(list.filter((s) => s.id === 'a').map((s) => s.body)).toEqual(['Edited.']);
    await deleteUserSnippet(areas, 'a');
    list = (await loadUserSnippets(areas)).snippets;
    expect(list.some((s) => s.id === 'a')).toBe(false);
    await expect(deleteUserSnippet(areas, 'a')).rejects.toThrow(/no saved snippet/);
  });

  it('refuses an invalid snippet with the reason and stores nothing', async () => {
    const areas = memoryAreas();
    await loadUserSnippets(areas);
    const before = new Map(areas.sync.data);
    await expect(saveUserSnippet(areas, { ...snippet('b'), body: '' })).rejects.toThrow(/"body" must be non-empty/);
    expect(areas.sync.data).toEqual(before);
  });

  it('keeps both snippets when two pages save at the same moment', async () => {
    const areas = memoryAreas();
    await Promise.all([saveUserSnippet(areas, snippet('one')), saveUserSnippet(areas, snippet('two')), saveUserSnippet(areas, snippet('three'))]);
    const ids = (await loadUserSnippets(areas)).snippets.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['one', 'two', 'three']));
    const index = areas.sync.data.get(SNIPPET_INDEX_KEY) as { ids: string[] };
    expect(index.ids).toEqual(expect.arrayContaining(['one', 'two', 'three']));
  });

  it('leaves a corrupt stored snippet out, reports it and keeps the others', async () => {
    const areas = memoryAreas();
    await saveUserSnippet(areas, snippet('good'));
    areas.sync.data.set('snippet.bad', { id: 'bad', title: 7 });
    const { snippets, repaired } = await loadUserSnippets(areas);
    expect(snippets.some((s) => s.id === 'good')).toBe(true);
    expect(repaired).toEqual([expect.stringMatching(/^Saved snippet "bad": "title" must be non-empty text/)]);
    expect(areas.sync.data.has('snippet.bad')).toBe(true);
  });

  it('moves the whole library to local when it outgrows sync, losing nothing', async () => {
    const areas = memoryAreas();
    const big = Array.from({ length: 30 }, (_, i) => snippet(`big${i}`, 'Long education text. '.repeat(190)));
    for (const s of big.slice(0, 10)) await saveUserSnippet(areas, s);
    expect(areas.local.data.get(AREA_KEY)).toBeUndefined();
    await saveMany(areas, big.slice(10));
    expect(areas.local.data.get(AREA_KEY)).toMatchObject({ area: 'local' });
    const { snippets, area } = await loadUserSnippets(areas);
    expect(area).toBe('local');
    const ids = new Set(snippets.map((s) => s.id));
    for (const s of [...big, ...starterSnippets()]) expect(ids.has(s.id)).toBe(true);
  });

  it('lists organisation snippets first, read-only, and hides personal ones when the policy says so', async () => {
    const policy = { OrgSnippets: [{ id: 'flu', title: 'Flu clinic', body: 'Flu shots at all sites this month.' }] };
    const areas = memoryAreas(policy);
    await saveUserSnippet(areas, snippet('mine'));
    const list = await visibleSnippets(areas);
    expect(list[0]).toMatchObject({ id: 'org-flu', origin: 'organisation' });
    expect(list.some((s) => s.id === 'mine')).toBe(true);
    await expect(saveUserSnippet(areas, { ...list[0], body: 'changed' })).rejects.toThrow(/read-only/);
    await expect(deleteUserSnippet(areas, 'org-flu')).rejects.toThrow(/read-only/);
    areas.managed.data.set('AllowUserSnippets', false);
    expect((await visibleSnippets(areas)).map((s) => s.id)).toEqual(['org-flu']);
  });
});
