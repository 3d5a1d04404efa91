import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryAreas, type MemoryAreas } from '../shared/settings/memory-areas.js';
import { AREA_KEY, SETTINGS_KEY } from '../shared/snippets/keys.js';

vi.mock('../shared/browser.js', () => ({ browser: {} }));
const { currentSettings, forgetSettings } = await import('./settings-cache.js');

const stored = (ownNames: string[], snippetPrefix = '/') => ({
  version: 1, engine: { ownNames }, disabledPlatforms: [], mastodonHosts: [], snippetPrefix,
});

/** Memory areas that count each area's `get` calls. */
function counted(areas: MemoryAreas): { areas: MemoryAreas; gets: Record<'sync' | 'local' | 'managed', number> } {
  const gets = { sync: 0, local: 0, managed: 0 };
  for (const name of ['sync', 'local', 'managed'] as const) {
    const area = areas[name];
    const get = area.get.bind(area);
    area.get = (keys) => { gets[name]++; return get(keys); };
  }
  return { areas, gets };
}

describe('the worker\'s settings cache', () => {
  beforeEach(() => forgetSettings());

  it('reads each area once, all in one round, and answers later calls from memory', async () => {
    const { areas, gets } = counted(memoryAreas({ PracticeDetails: ['Main Street Clinic'] }));
    areas.sync.data.set(SETTINGS_KEY, stored(['Dr. Ana Ruiz'], ';'));
    const first = currentSettings(() => areas);
    // Every read was asked for before any of them answered.
    expect(gets).toEqual({ sync: 1, local: 1, managed: 1 });
    const settings = await first;
    expect(settings.snippetPrefix).toBe(';');
    expect(settings.engine.ownNames).toContain('Dr. Ana Ruiz');
    expect(settings.engine.practiceDetails).toContain('Main Street Clinic');
    await currentSettings(() => areas);
    expect(gets).toEqual({ sync: 1, local: 1, managed: 1 });
  });

  it('reads again after storage changed', async () => {
    const { areas, gets } = counted(memoryAreas());
    areas.sync.data.set(SETTINGS_KEY, stored(['Dr. Ana Ruiz']));
    expect((await currentSettings(() => areas)).engine.ownNames).toEqual(['Dr. Ana Ruiz']);
    areas.sync.data.set(SETTINGS_KEY, stored(['Dr. Ben Ode']));
    forgetSettings();
    expect((await currentSettings(() => areas)).engine.ownNames).toEqual(['Dr. Ben Ode']);
    expect(gets.sync).toBe(2);
  });

  it('takes the settings from local once the library moved there, and treats an unreadable policy as none', async () => {
    const areas = memoryAreas();
    areas.sync.data.set(SETTINGS_KEY, stored(['Dr. Old Sync']));
    areas.local.data.set(SETTINGS_KEY, stored(['Dr. Ana Ruiz']));
    areas.local.data.set(AREA_KEY, { area: 'local', reason: 'quota', movedAt: 1 });
    // Firefox throws when no policy is installed for the extension.
    areas.managed.get = async () => { throw new Error('Managed storage manifest not found'); };
    const settings = await currentSettings(() => areas);
    expect(settings.engine.ownNames).toEqual(['Dr. Ana Ruiz']);
  });

  it('keeps no failed read: the next call tries again', async () => {
    const areas = memoryAreas();
    const get = areas.local.get.bind(areas.local);
    areas.local.get = async () => { throw new Error('storage unavailable'); };
    await expect(currentSettings(() => areas)).rejects.toThrow('storage unavailable');
    areas.local.get = get;
    await expect(currentSettings(() => areas)).resolves.toMatchObject({ snippetPrefix: '/' });
  });
});
