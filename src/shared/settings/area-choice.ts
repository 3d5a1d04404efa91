import { SYNC_QUOTA, isQuotaError, isRateError, itemBytes, type KeyValueArea, type StorageAreas } from './areas.js';
import { isRecord } from './guards.js';
import { AREA_KEY, LEGACY_SNIPPETS_KEY, SETTINGS_KEY, SNIPPET_INDEX_KEY, SNIPPET_KEY_PREFIX } from '../snippets/keys.js';

export type AreaName = 'sync' | 'local';

export interface AreaChoice {
  name: AreaName;
  area: KeyValueArea;
}

/** Keys of ours that live in the chosen area (the area marker itself stays in local). */
export function isOwnKey(key: string): boolean {
  return key === SETTINGS_KEY || key === SNIPPET_INDEX_KEY || key === LEGACY_SNIPPETS_KEY || key.startsWith(SNIPPET_KEY_PREFIX);
}

/** Sync while it exists and nothing has outgrown it; local once the library was moved there. */
export async function chooseArea(areas: StorageAreas): Promise<AreaChoice> {
  if (!areas.sync) return { name: 'local', area: areas.local };
  const marker = (await areas.local.get(AREA_KEY))[AREA_KEY];
  if (isRecord(marker) && marker.area === 'local') return { name: 'local', area: areas.local };
  return { name: 'sync', area: areas.sync };
}

/** Whether writing `items` (and removing `removed`) keeps the sync area inside its quotas. */
export function fitsSync(current: Record<string, unknown>, items: Record<string, unknown>, removed: string[] = []): boolean {
  const next: Record<string, unknown> = { ...current, ...items };
  for (const key of removed) delete next[key];
  let total = 0;
  let count = 0;
  for (const [key, value] of Object.entries(next)) {
    const bytes = itemBytes(key, value);
    if (key in items && bytes > SYNC_QUOTA.bytesPerItem) return false;
    total += bytes;
    count++;
  }
  // Leave room for other devices' writes landing between our read and our write.
  return total <= SYNC_QUOTA.bytesTotal * 0.95 && count <= SYNC_QUOTA.maxItems;
}

/**
 * Writes our items to the chosen area. When sync cannot take them (the estimate says so, or the browser
 * reports a quota error) everything of ours is copied to local first, the marker is set, and the write
 * goes to local: the user loses nothing and the options page says where the library now lives.
 */
export async function writeItems(areas: StorageAreas, items: Record<string, unknown>, removed: string[] = []): Promise<AreaName> {
  const choice = await chooseArea(areas);
  if (choice.name === 'sync') {
    const current = await choice.area.get(null);
    if (fitsSync(current, items, removed)) {
      try {
        if (removed.length) await choice.area.remove(removed);
        await choice.area.set(items);
        return 'sync';
      } catch (error) {
        if (isRateError(error)) throw new Error('Too many saves in a short time for synced storage; nothing was lost. Try again in a minute.', { cause: error });
        if (!isQuotaError(error)) throw error;
      }
    }
    await moveToLocal(areas, await choice.area.get(null));
  }
  if (removed.length) await areas.local.remove(removed);
  await areas.local.set(items);
  return 'local';
}

async function moveToLocal(areas: StorageAreas, syncContents: Record<string, unknown>): Promise<void> {
  const ours = Object.fromEntries(Object.entries(syncContents).filter(([key]) => isOwnKey(key)));
  // Sync copies stay where they are: other devices keep reading them, and nothing is deleted on a guess.
  await areas.local.set({ ...ours, [AREA_KEY]: { area: 'local', reason: 'quota', movedAt: Date.now() } });
}
