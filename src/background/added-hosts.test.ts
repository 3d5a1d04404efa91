import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Registered { id: string; matches?: string[]; js?: string[] }

const state = { granted: [] as string[], registered: [] as Registered[] };
const scripting = {
  getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => state.registered.filter((s) => ids.includes(s.id))),
  unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
    state.registered = state.registered.filter((s) => !ids.includes(s.id));
  }),
  registerContentScripts: vi.fn(async (scripts: Registered[]) => {
    state.registered.push(...scripts);
  }),
};
vi.mock('../shared/browser.js', () => ({
  browser: {
    permissions: { getAll: async () => ({ origins: state.granted }) },
    scripting,
    runtime: { getManifest: () => ({ content_scripts: [{ js: ['src/content/index.js'] }, { js: ['page.js'] }] }) },
  },
}));
const { addedOrigins, syncAddedHosts } = await import('./added-hosts.js');

describe('addedOrigins', () => {
  it('keeps only https servers the user added, not the built-in hosts or wildcards', () => {
    const granted = [
      'https://x.com/*',
      'https://mastodon.social/*',
      'https://mastodon.example/*',
      'https://med.social/*',
      'http://insecure.example/*',
      'https://*/*',
      'https://*.example/*',
    ];
    expect(addedOrigins(granted)).toEqual(['https://mastodon.example/*', 'https://med.social/*']);
  });
});

describe('syncAddedHosts', () => {
  beforeEach(() => {
    state.granted = ['https://x.com/*'];
    state.registered = [];
    vi.clearAllMocks();
  });

  it('registers the content script for a newly granted server, and removes it when revoked', async () => {
    state.granted.push('https://med.social/*');
    await syncAddedHosts();
    expect(state.registered).toEqual([
      expect.objectContaining({ matches: ['https://med.social/*'], js: ['src/content/index.js'], persistAcrossSessions: true }),
    ]);
    state.granted = ['https://x.com/*'];
    await syncAddedHosts();
    expect(state.registered).toEqual([]);
  });

  it('changes nothing on a wake-up when the registration already matches', async () => {
    state.granted.push('https://med.social/*');
    await syncAddedHosts();
    vi.clearAllMocks();
    await syncAddedHosts();
    expect(scripting.unregisterContentScripts).not.toHaveBeenCalled();
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('does not throw when the browser refuses a registration', async () => {
    state.granted.push('https://med.social/*');
    scripting.registerContentScripts.mockRejectedValueOnce(new Error('Invalid match pattern'));
    await expect(syncAddedHosts()).resolves.toBeUndefined();
  });
});
