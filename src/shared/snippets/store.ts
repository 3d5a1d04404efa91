import type { StorageAreas } from '../settings/areas.js';
import { chooseArea, writeItems, type AreaName } from '../settings/area-choice.js';
import { isRecord, isStringArray } from '../settings/guards.js';
import { withLock } from '../settings/lock.js';
import { LEGACY_SNIPPETS_KEY, SNIPPET_INDEX_KEY, SNIPPET_KEY_PREFIX, snippetKey } from './keys.js';
import { migrateSnippets } from './migrations/index.js';
import { SNIPPETS_VERSION, type Snippet } from './schema.js';
import { starterSnippets } from './starter.js';
import { checkSnippet } from './validate.js';

export interface LoadedSnippets {
  snippets: Snippet[];
  repaired: string[];
  area: AreaName;
}

const LOCK = 'snippets';

/**
 * The user's library. Every snippet is its own key, so the list is rebuilt from the keys themselves and
 * the index only gives the order: two pages saving different snippets at once can never drop one.
 */
export async function loadUserSnippets(areas: StorageAreas): Promise<LoadedSnippets> {
  const { name, area } = await chooseArea(areas);
  let records = await area.get(null);
  if (!isRecord(records[SNIPPET_INDEX_KEY])) {
    records = await withLock(LOCK, () => upgradeLayout(areas));
  }
  const repaired: string[] = [];
  const byId = new Map<string, Snippet>();
  for (const [key, value] of Object.entries(records)) {
    if (!key.startsWith(SNIPPET_KEY_PREFIX)) continue;
    const checked = checkSnippet(value, `Saved snippet "${key.slice(SNIPPET_KEY_PREFIX.length, SNIPPET_KEY_PREFIX.length + 40)}"`);
    if (checked.ok) byId.set(checked.value.id, checked.value);
    else repaired.push(`${checked.error} It was left out of the list and kept in storage.`);
  }
  const index = records[SNIPPET_INDEX_KEY];
  const order = isRecord(index) && isStringArray(index.ids) ? index.ids : [];
  const ranked = new Map(order.map((id, i) => [id, i]));
  const snippets = [...byId.values()].sort((a, b) =>
    (ranked.get(a.id) ?? Infinity) - (ranked.get(b.id) ?? Infinity) || b.updatedAt - a.updatedAt);
  return { snippets, repaired, area: name };
}

/** Brings an old layout up to date, or seeds the starter library on a fresh install. */
async function upgradeLayout(areas: StorageAreas): Promise<Record<string, unknown>> {
  const { area } = await chooseArea(areas);
  const before = await area.get(null);
  if (isRecord(before[SNIPPET_INDEX_KEY])) return before;
  const fresh = before[LEGACY_SNIPPETS_KEY] === undefined;
  const migrated = migrateSnippets(before).value;
  const items: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(migrated)) {
    if (key === SNIPPET_INDEX_KEY || key.startsWith(SNIPPET_KEY_PREFIX)) items[key] = value;
  }
  if (fresh) {
    const starter = starterSnippets();
    for (const s of starter) items[snippetKey(s.id)] = s;
    items[SNIPPET_INDEX_KEY] = { version: SNIPPETS_VERSION, ids: starter.map((s) => s.id) };
  }
  const removed = before[LEGACY_SNIPPETS_KEY] === undefined ? [] : [LEGACY_SNIPPETS_KEY];
  await writeItems(areas, items, removed);
  return (await chooseArea(areas)).area.get(null);
}

/** Saves one snippet (new or edited); organisation snippets cannot be written. */
export async function saveUserSnippet(areas: StorageAreas, raw: unknown): Promise<AreaName> {
  const checked = checkSnippet(raw, 'The snippet');
  if (!checked.ok) throw new Error(checked.error);
  const snippet = checked.value;
  if (snippet.origin === 'organisation' || snippet.id.startsWith('org-')) {
    throw new Error('Organisation snippets are read-only.');
  }
  return saveMany(areas, [{ ...snippet, updatedAt: Date.now() }]);
}

/** Writes several snippets and their index entries in one step (import, migration). */
export async function saveMany(areas: StorageAreas, snippets: Snippet[]): Promise<AreaName> {
  await loadUserSnippets(areas);
  return withLock(LOCK, async () => {
    const { area } = await chooseArea(areas);
    const index = (await area.get(SNIPPET_INDEX_KEY))[SNIPPET_INDEX_KEY];
    const ids = isRecord(index) && isStringArray(index.ids) ? [...index.ids] : [];
    const items: Record<string, unknown> = {};
    for (const s of snippets) {
      items[snippetKey(s.id)] = s;
      if (!ids.includes(s.id)) ids.push(s.id);
    }
    items[SNIPPET_INDEX_KEY] = { version: SNIPPETS_VERSION, ids };
    return writeItems(areas, items);
  });
}

export async function deleteUserSnippet(areas: StorageAreas, id: string): Promise<void> {
  if (id.startsWith('org-')) throw new Error('Organisation snippets are read-only.');
  await loadUserSnippets(areas);
  await withLock(LOCK, async () => {
    const { area } = await chooseArea(areas);
    const records = await area.get([SNIPPET_INDEX_KEY, snippetKey(id)]);
    if (records[snippetKey(id)] === undefined) throw new Error('There is no saved snippet with that id.');
    const index = records[SNIPPET_INDEX_KEY];
    const ids = isRecord(index) && isStringArray(index.ids) ? index.ids.filter((x) => x !== id) : [];
    await writeItems(areas, { [SNIPPET_INDEX_KEY]: { version: SNIPPETS_VERSION, ids } }, [snippetKey(id)]);
  });
}
