import { describe, expect, it } from 'vitest';
import { memoryAreas } from '../settings/memory-areas.js';
import { defaultSettings } from '../settings/schema.js';
import { saveSettings } from '../settings/store.js';
import { exportLibrary, importLibrary } from './library-file.js';
import { loadUserSnippets, saveUserSnippet } from './store.js';
import type { Snippet } from './schema.js';

const mine: Snippet = { id: 'mine', title: 'Mine', shortcut: 'mine', body: 'Drink water.', tags: [], origin: 'user', updatedAt: 1 };
const file = (extra: Record<string, unknown> = {}) => JSON.stringify({
  format: 'safepost-library', version: 1, exportedAt: '2026-11-27T00:00:00Z',
  snippets: [{ ...mine, body: 'Drink more water.' }, { ...mine, id: 'new', title: 'New one', shortcut: 'new' }],
  ...extra,
});

async function seeded() {
  const areas = memoryAreas();
  await saveUserSnippet(areas, mine);
  const settings = defaultSettings();
  settings.engine.ownNames = ['Priya Raman'];
  await saveSettings(areas, settings);
  return areas;
}

describe('library import and export', () => {
  it('previews what a good file adds and replaces without changing anything, then applies it', async () => {
    const areas = await seeded();
    const before = structuredClone([...areas.sync.data]);
    const preview = await importLibrary(areas, file(), false);
    expect(preview).toEqual({ ok: true, added: ['New one'], replaced: ['Mine'], settingsChanged: false, applied: false });
    expect([...areas.sync.data]).toEqual(before);
    const applied = await importLibrary(areas, file(), true);
    expect(applied.applied).toBe(true);
    const byId = new Map((await loadUserSnippets(areas)).snippets.map((s) => [s.id, s.body]));
    expect(byId.get('mine')).toBe('Drink more water.');
    expect(byId.get('new')).toBe('Drink water.');
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/],
    ['a list', '[]', /expected a JSON object/],
    ['another format', JSON.stringify({ format: 'other', version: 1, snippets: [] }), /"format" must be "safepost-library"/],
    ['a newer format', file({ version: 9 }), /newer SafePost \(format 9\)/],
    ['no snippets list', JSON.stringify({ format: 'safepost-library', version: 1 }), /no "snippets" list/],
    ['a bad snippet', file({ snippets: [mine, { ...mine, id: 'x', tags: 'a' }] }), /^Snippet 2: "tags" must be a list of text/],
    ['a repeated id', file({ snippets: [mine, mine] }), /Snippet 2 repeats the id "mine"/],
    ['an organisation snippet', file({ snippets: [{ ...mine, origin: 'organisation' }] }), /organisation snippet/],
    ['bad settings', file({ settings: { version: 1, disabledPlatforms: 'all' } }), /settings are invalid: disabledPlatforms was not a list/],
  ])('refuses %s with a clear error and leaves the library exactly as it was', async (_name, json, error) => {
    const areas = await seeded();
    const before = structuredClone([...areas.sync.data]);
    for (const apply of [false, true]) {
      const result = await importLibrary(areas, json, apply);
      expect(result.ok).toBe(false);
      expect(result.applied).toBe(false);
      expect(result.error).toMatch(error);
    }
    expect([...areas.sync.data]).toEqual(before);
  });

  it('round-trips an export into a fresh profile, settings included', async () => {
    const areas = await seeded();
    const exported = await exportLibrary(areas);
    expect(exported).toMatchObject({ format: 'safepost-library', version: 1 });
    const fresh = memoryAreas();
    const preview = await importLibrary(fresh, JSON.stringify(exported), true);
    expect(preview).toMatchObject({ ok: true, settingsChanged: true, applied: true });
    expect((await loadUserSnippets(fresh)).snippets).toEqual((await loadUserSnippets(areas)).snippets);
    expect((await exportLibrary(fresh)).settings).toEqual(exported.settings);
  });

  it('refuses any import when the organisation forbids it', async () => {
    const areas = memoryAreas({ AllowImport: false });
    expect(await importLibrary(areas, file(), true)).toMatchObject({ ok: false, error: expect.stringMatching(/organisation does not allow importing/) });
  });
});
