import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Tab { id?: number; url?: string; discarded?: boolean }

const state = {
  tabs: [] as Tab[],
  registered: [] as { id: string; matches?: string[]; js?: string[] }[],
  failing: new Set<number>(),
  firefox: false,
};
const executeScript = vi.fn(async ({ target }: { target: { tabId: number }; files: string[] }) => {
  if (state.failing.has(target.tabId)) throw new Error('Cannot access contents of the page.');
  return [];
});
const query = vi.fn(async ({ url }: { url: string[] }) => state.tabs.filter((t) => url.some((p) => t.url?.startsWith(p.replace('*', '')))));
const manifest = {
  content_scripts: [
    { matches: ['https://mastodon.social/*', 'https://x.com/*'], js: ['src/content/index.js'] },
    { matches: ['https://mastodon.social/*', 'https://x.com/*'], js: ['src/content/page/main-world.iife.js'], world: 'MAIN' },
  ],
};
const runtime: Record<string, unknown> = { getManifest: () => manifest };
vi.mock('../shared/browser.js', () => ({
  browser: {
    runtime,
    tabs: { query },
    scripting: {
      executeScript,
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => state.registered.filter((s) => ids.includes(s.id)),
    },
  },
}));
const { isolatedInjections, reinjectOpenTabs } = await import('./reinject.js');

beforeEach(() => {
  state.tabs = [];
  state.registered = [];
  state.failing = new Set();
  delete runtime.getBrowserInfo;
  executeScript.mockClear();
  query.mockClear();
});

describe('isolatedInjections', () => {
  it('keeps the isolated-world scripts and the added servers, never the MAIN-world helper', () => {
    const added = [{ matches: ['https://med.social/*'], js: ['src/content/index.js'] }, { matches: [], js: ['x.js'] }];
    expect(isolatedInjections(manifest.content_scripts, added)).toEqual([
      { matches: ['https://mastodon.social/*', 'https://x.com/*'], files: ['src/content/index.js'] },
      { matches: ['https://med.social/*'], files: ['src/content/index.js'] },
    ]);
  });
});

describe('reinjectOpenTabs', () => {
  it('injects the content script into every open matching tab, past one that refuses', async () => {
    state.tabs = [
      { id: 1, url: 'https://mastodon.social/home' },
      { id: 2, url: 'https://x.com/compose/post' },
      { id: 3, url: 'https://x.com/home', discarded: true },
      { id: 4, url: 'https://example.org/' },
    ];
    state.failing.add(1);
    expect(await reinjectOpenTabs()).toBe(1);
    const calls = executeScript.mock.calls.map(([options]) => options);
    expect(calls).toEqual([
      { target: { tabId: 1 }, files: ['src/content/index.js'] },
      { target: { tabId: 2 }, files: ['src/content/index.js'] },
    ]);
  });

  it('also re-hooks tabs of servers the user added', async () => {
    state.registered = [{ id: 'safepost-added-hosts', matches: ['https://med.social/*'], js: ['src/content/index.js'] }];
    state.tabs = [{ id: 7, url: 'https://med.social/home' }];
    expect(await reinjectOpenTabs()).toBe(1);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['src/content/index.js'] });
  });

  it('leaves Firefox alone, which injects into open tabs itself', async () => {
    runtime.getBrowserInfo = async () => ({ name: 'Firefox' });
    state.tabs = [{ id: 1, url: 'https://mastodon.social/home' }];
    expect(await reinjectOpenTabs()).toBe(0);
    expect(executeScript).not.toHaveBeenCalled();
  });
});
