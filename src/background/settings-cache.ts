/**
 * The effective settings (the user's, merged under the organisation's policy), read once per worker life.
 *
 * A worker woken by a `check` used to read storage in two rounds before it could analyse (which area holds
 * the settings, then the settings from that area, with the policy beside them). Here every value the
 * settings store may ask for is fetched in one parallel round, started at the worker's top level so it
 * runs while the message is still being delivered, and the store's own code then reads that snapshot.
 * Any storage change (the options page, another device, a new policy) drops the cache; the next caller
 * reads again. Only settings are kept: no draft text is ever stored or cached here.
 */
import type { KeyValueArea, StorageAreas } from '../shared/settings/areas.js';
import { extensionAreas } from '../shared/settings/extension-areas.js';
import type { Settings } from '../shared/settings/schema.js';
import { effectiveSettings } from '../shared/settings/store.js';
import { AREA_KEY, SETTINGS_KEY } from '../shared/snippets/keys.js';

type Read = { values: Record<string, unknown> } | { error: unknown };

const settle = (read: Promise<Record<string, unknown>>): Promise<Read> => read.then((values) => ({ values }), (error: unknown) => ({ error }));

/**
 * An area that answers from values read ahead of time when they cover the keys asked for (null: all of
 * them), and asks the real area otherwise. A failed read fails again for the caller, as the real one did.
 */
function prefetched(real: KeyValueArea, read: Promise<Read>, keys: readonly string[] | null): KeyValueArea {
  const covers = (wanted?: string | string[] | null): boolean => {
    if (keys === null) return true;
    if (wanted === undefined || wanted === null) return false;
    return (typeof wanted === 'string' ? [wanted] : wanted).every((k) => keys.includes(k));
  };
  return {
    async get(wanted) {
      if (!covers(wanted)) return real.get(wanted);
      const result = await read;
      if ('error' in result) throw result.error;
      if (keys === null || wanted === undefined || wanted === null) return structuredClone(result.values);
      const out: Record<string, unknown> = {};
      for (const k of typeof wanted === 'string' ? [wanted] : wanted) if (k in result.values) out[k] = structuredClone(result.values[k]);
      return out;
    },
    set: (items) => real.set(items),
    remove: (removed) => real.remove(removed),
  };
}

/** The real areas, with what the settings store reads fetched ahead, all at once. */
function snapshotAreas(areas: StorageAreas): StorageAreas {
  const local = [AREA_KEY, SETTINGS_KEY];
  const sync = [SETTINGS_KEY];
  const out: StorageAreas = { local: prefetched(areas.local, settle(areas.local.get(local)), local) };
  if (areas.sync) out.sync = prefetched(areas.sync, settle(areas.sync.get(sync)), sync);
  if (areas.managed) {
    const managed = areas.managed;
    const read = settle(managed.get(null));
    out.managed = prefetched({ get: (k) => managed.get(k), set: async () => undefined, remove: async () => undefined }, read, null);
  }
  return out;
}

let cached: Promise<Settings> | null = null;

/** The effective settings; the first call in a worker's life reads storage, later ones share that read. */
export function currentSettings(areas: () => StorageAreas = extensionAreas): Promise<Settings> {
  if (cached) return cached;
  const read = effectiveSettings(snapshotAreas(areas()));
  cached = read;
  // A failed read is not kept: the next caller tries again.
  read.catch(() => { if (cached === read) cached = null; });
  return read;
}

/** Drops the cached settings (storage changed); the next caller reads them again. */
export function forgetSettings(): void {
  cached = null;
}
