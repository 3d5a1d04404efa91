import { browser } from '../browser.js';
import { timelyManaged } from '../policy/timely-managed.js';
import type { StorageAreas } from './areas.js';

/** The browser's real storage areas; tests pass in-memory ones to the stores instead. */
export function extensionAreas(): StorageAreas {
  const storage = browser.storage;
  return {
    // Some browsers (and enterprise set-ups) have no sync area at all; the stores then use local.
    sync: storage.sync ?? undefined,
    local: storage.local,
    // Chrome holds storage.managed for seconds after a browser start; see timely-managed.ts.
    managed: storage.managed ? timelyManaged(storage.managed, storage.local) : undefined,
  };
}
