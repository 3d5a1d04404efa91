import { describe, expect, it } from 'vitest';
import { AREA_KEY, SETTINGS_KEY } from '../snippets/keys.js';
import { memoryAreas, MemoryArea } from './memory-areas.js';
import { defaultSettings } from './schema.js';
import { effectiveEngineSettingsFrom, loadSettings, saveSettings, settingsView } from './store.js';

describe('settings store', () => {
  it('starts from defaults in storage.sync on a fresh install', async () => {
    const areas = memoryAreas();
    expect(await loadSettings(areas)).toEqual({ settings: defaultSettings(), repaired: [], area: 'sync' });
  });

  it('saves and reads back through sync', async () => {
    const areas = memoryAreas();
    const s = defaultSettings();
    s.engine.ownNames = ['Priya Raman'];
    expect(await saveSettings(areas, s)).toBe('sync');
    expect(areas.sync.data.get(SETTINGS_KEY)).toEqual(s);
    expect((await loadSettings(areas)).settings).toEqual(s);
  });

  it('migrates an unversioned stored value when reading it', async () => {
    const areas = memoryAreas();
    areas.sync.data.set(SETTINGS_KEY, { ownName: 'Priya Raman', disabledSites: ['bsky.app'] });
    const { settings, repaired } = await loadSettings(areas);
    expect(repaired).toEqual([]);
    expect(settings.engine.ownNames).toEqual(['Priya Raman']);
    expect(settings.disabledPlatforms).toEqual(['bluesky']);
  });

  it('repairs a corrupt part, keeps the rest and reports the repair in the view', async () => {
    const areas = memoryAreas();
    areas.sync.data.set(SETTINGS_KEY, { version: 1, engine: { ownNames: ['Priya Raman'], rules: 'oops' }, disabledPlatforms: ['x'] });
    const view = await settingsView(areas);
    expect(view.settings.engine.ownNames).toEqual(['Priya Raman']);
    expect(view.settings.disabledPlatforms).toEqual(['x']);
    expect(view.settings.engine.rules).toEqual({});
    expect(view.repaired).toEqual(['engine.rules was not an object; reset to the default.']);
  });

  it('reports a corrupt stored snippet in the view as well', async () => {
    const areas = memoryAreas();
    await settingsView(areas);
    areas.sync.data.set('snippet.broken', { id: 'broken', title: 'No body' });
    const view = await settingsView(areas);
    expect(view.repaired).toEqual([expect.stringMatching(/^Saved snippet "broken": "shortcut" must be/)]);
  });

  it('refuses invalid input whole, naming the problem, and keeps what was stored', async () => {
    const areas = memoryAreas();
    const good = defaultSettings();
    good.engine.ownNames = ['Priya Raman'];
    await saveSettings(areas, good);
    await expect(saveSettings(areas, { ...good, disabledPlatforms: 'x' })).rejects.toThrow(/disabledPlatforms was not a list/);
    expect(areas.sync.data.get(SETTINGS_KEY)).toEqual(good);
  });

  it('uses storage.local when the browser has no sync area', async () => {
    const local = new MemoryArea();
    await saveSettings({ local }, defaultSettings());
    expect(local.data.has(SETTINGS_KEY)).toBe(true);
    expect((await settingsView({ local })).storageArea).toBe('local');
  });

  it('falls back to local when sync reports a quota error, losing nothing', async () => {
    const areas = memoryAreas();
    areas.sync.data.set('snippet.a', { id: 'a' });
    areas.sync.set = async () => { throw new Error('QUOTA_BYTES quota exceeded'); };
    const s = defaultSettings();
    s.engine.blockedTerms = ['miracle'];
    expect(await saveSettings(areas, s)).toBe('local');
    expect(areas.local.data.get(SETTINGS_KEY)).toEqual(s);
    expect(areas.local.data.get('snippet.a')).toEqual({ id: 'a' });
    expect(areas.local.data.get(AREA_KEY)).toMatchObject({ area: 'local', reason: 'quota' });
    expect((await settingsView(areas)).storageArea).toBe('local');
  });

  it('keeps the library in sync after a write-rate error and says to try again', async () => {
    const areas = memoryAreas();
    await saveSettings(areas, defaultSettings());
    areas.sync.set = async () => { throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'); };
    const s = defaultSettings();
    s.engine.ownNames = ['Priya Raman'];
    await expect(saveSettings(areas, s)).rejects.toThrow(/Try again in a minute/);
    expect(areas.sync.data.get(SETTINGS_KEY)).toEqual(defaultSettings());
    expect(areas.local.data.has(AREA_KEY)).toBe(false);
  });

  it('merges the user settings under the managed policy for the engine', async () => {
    const areas = memoryAreas({
      MandatoryDisclaimer: 'Views are my own; not medical advice.',
      BlockedTerms: ['guaranteed cure'],
      LockedRules: { 'phi.name': { enabled: true, severity: 'block' } },
    });
    const s = defaultSettings();
    s.engine.blockedTerms = ['miracle'];
    s.engine.rules = { 'phi.name': { enabled: false }, claims: { severity: 'info' } };
    s.engine.disclaimers = { x: { short: 'My own text' } };
    await saveSettings(areas, s);
    const engine = await effectiveEngineSettingsFrom(areas, 'x');
    expect(engine.blockedTerms).toEqual(['guaranteed cure', 'miracle']);
    expect(engine.rules).toEqual({ 'phi.name': { enabled: true, severity: 'block' }, claims: { severity: 'info' } });
    expect(engine.disclaimers.x).toEqual({ long: 'Views are my own; not medical advice.', short: 'Views are my own; not medical advice.' });
    const view = await settingsView(areas);
    expect(view.settings.engine.rules['phi.name']).toEqual({ enabled: false });
    expect(view.locked).toEqual(expect.arrayContaining(['engine.disclaimers', 'engine.rules.phi.name', 'engine.blockedTerms.organisation']));
  });
});
