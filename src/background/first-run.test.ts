import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SUPPORTED_HOSTS } from './hosts.js';

const state = { granted: false, failing: false };
const contains = vi.fn(async ({ origins }: { origins: string[] }) => {
  if (state.failing) throw new Error('permissions unavailable');
  return state.granted && origins.length > 0;
});
const create = vi.fn(async (props: { url: string }) => ({ id: 7, ...props }));
vi.mock('../shared/browser.js', () => ({
  browser: {
    permissions: { contains },
    tabs: { create },
    runtime: { getURL: (path: string) => `chrome-extension://abc/${path}` },
  },
}));
const { openWelcomeIfNeeded, WELCOME_PAGE } = await import('./first-run.js');

beforeEach(() => {
  state.granted = false;
  state.failing = false;
  contains.mockClear();
  create.mockClear();
});

describe('openWelcomeIfNeeded', () => {
  it('opens no tab when the supported sites are already granted (Chromium at install)', async () => {
    state.granted = true;
    expect(await openWelcomeIfNeeded('install')).toBe(false);
    expect(create).not.toHaveBeenCalled();
    expect(contains).toHaveBeenCalledWith({ origins: SUPPORTED_HOSTS.map((h) => `https://${h}/*`) });
  });

  it('opens exactly one tab with the welcome page when access was withheld', async () => {
    expect(await openWelcomeIfNeeded('install')).toBe(true);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://abc/${WELCOME_PAGE}` });
    expect(WELCOME_PAGE).toBe('src/welcome/index.html');
  });

  it('opens the page when the browser cannot say whether access is granted', async () => {
    state.failing = true;
    expect(await openWelcomeIfNeeded('install')).toBe(true);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('does nothing on an update or a browser update, even without access', async () => {
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update']) {
      expect(await openWelcomeIfNeeded(reason)).toBe(false);
    }
    expect(contains).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });
});
