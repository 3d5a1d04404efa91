import type { EngineSettings, Platform } from '../../engine/types.js';
import type { SettingsView } from '../protocol.js';
import { applyPolicy } from '../policy/merge.js';
import { readPolicy } from '../policy/read.js';
import { SETTINGS_KEY } from '../snippets/keys.js';
import { loadUserSnippets } from '../snippets/store.js';
import type { StorageAreas } from './areas.js';
import { chooseArea, writeItems, type AreaName } from './area-choice.js';
import { withLock } from './lock.js';
import { migrateSettings } from './migrations/index.js';
import { defaultSettings, type Settings } from './schema.js';
import { validateSettings } from './validate.js';

export interface LoadedSettings {
  settings: Settings;
  repaired: string[];
  area: AreaName;
}

/** The user's own settings: migrated, then validated part by part (broken parts at their defaults). */
export async function loadSettings(areas: StorageAreas): Promise<LoadedSettings> {
  const { name, area } = await chooseArea(areas);
  const raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (raw === undefined) return { settings: defaultSettings(), repaired: [], area: name };
  let migrated: unknown;
  try {
    migrated = migrateSettings(raw).value;
  } catch {
    return { settings: defaultSettings(), repaired: ['The stored settings could not be upgraded; defaults are in use until you save.'], area: name };
  }
  const { value, repaired } = validateSettings(migrated);
  return { settings: value, repaired, area: name };
}

/**
 * Saves the user's settings. Input that is not valid is refused whole, with every problem named, and
 * the stored settings stay as they were.
 */
export async function saveSettings(areas: StorageAreas, input: unknown): Promise<AreaName> {
  const { value, repaired } = validateSettings(input);
  if (repaired.length) throw new Error(`Settings not saved: ${repaired.map((r) => r.replace(/; reset to the default\.$/, '.')).join(' ')}`);
  return withLock('settings', () => writeItems(areas, { [SETTINGS_KEY]: value }));
}

/** What the options page shows: the user's own settings, what the organisation fixed, and where it is kept. */
export async function settingsView(areas: StorageAreas): Promise<SettingsView> {
  const [loaded, policy, library] = await Promise.all([loadSettings(areas), readPolicy(areas.managed), loadUserSnippets(areas)]);
  const { settings: effective, locked } = applyPolicy(loaded.settings, policy.policy);
  const repaired = [...loaded.repaired, ...library.repaired, ...policy.ignored.map((k) => `The organisation's policy value ${k} is invalid and was ignored.`)];
  return { settings: loaded.settings, locked, storageArea: loaded.area, repaired, effective, organisation: policy.policy };
}

/** The settings the engine runs with: the user's, merged under the organisation's managed policy. */
export async function effectiveSettings(areas: StorageAreas): Promise<Settings> {
  const [loaded, policy] = await Promise.all([loadSettings(areas), readPolicy(areas.managed)]);
  return applyPolicy(loaded.settings, policy.policy).settings;
}

/** The engine settings for a check on `_platform` (every site shares one set today). */
export async function effectiveEngineSettingsFrom(areas: StorageAreas, _platform: Platform): Promise<EngineSettings> {
  return (await effectiveSettings(areas)).engine;
}
