// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SUPPORTED_HOSTS } from '../background/hosts.js';

const state = { granted: false, answer: true };
const contains = vi.fn(async () => state.granted);
const request = vi.fn(async () => {
  state.granted = state.answer;
  return state.answer;
});
vi.mock('../shared/browser.js', () => ({ browser: { permissions: { contains, request } } }));
const { Welcome } = await import('./Welcome.js');
const { SiteAccess } = await import('./SiteAccess.js');

const BUTTON = 'Allow access to the supported sites';

function mount(node: preact.ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  render(node, host);
  return host;
}

// Preact renders state changes on a later tick; each check waits for the page to reach the state it names.
const statusOf = (host: HTMLElement) => host.querySelector('[role="status"]')?.textContent ?? '';
const settle = (host: HTMLElement, status: string) => vi.waitFor(() => expect(statusOf(host)).toContain(status));
const button = (host: HTMLElement) => [...host.querySelectorAll('button')].find((b) => b.textContent === BUTTON);

beforeEach(() => {
  state.granted = false;
  state.answer = true;
  contains.mockClear();
  request.mockClear();
});

describe('the first-run page', () => {
  it('explains why it needs the sites, that nothing leaves the device, and offers the named button', async () => {
    const host = mount(<Welcome />);
    await settle(host, 'missing');
    const text = host.textContent ?? '';
    expect(text).toContain('read the compose box');
    expect(text).toContain('only on this device');
    expect(text).toContain('sends nothing anywhere');
    expect(text).toContain('Mastodon');
    expect(button(host)).toBeDefined();
  });

  it('asks for exactly the supported origins on click and shows that access was granted', async () => {
    const host = mount(<Welcome />);
    await settle(host, 'missing');
    button(host)?.click();
    await settle(host, 'is granted');
    expect(request).toHaveBeenCalledWith({ origins: SUPPORTED_HOSTS.map((h) => `https://${h}/*`) });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Access granted');
    expect(button(host)).toBeUndefined();
  });

  it('says so when the user declines, and keeps the button for another try', async () => {
    state.answer = false;
    const host = mount(<Welcome />);
    await settle(host, 'missing');
    button(host)?.click();
    await vi.waitFor(() => expect(host.querySelector('[role="alert"]')?.textContent).toContain('not granted'));
    expect(request).toHaveBeenCalledTimes(1);
    expect(button(host)).toBeDefined();
  });
});

describe('the options page section', () => {
  it('stays hidden while access is granted and appears with the button when it is missing', async () => {
    state.granted = true;
    const granted = mount(<SiteAccess onlyWhenMissing />);
    await vi.waitFor(() => expect(contains).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(granted.textContent).toBe('');

    state.granted = false;
    const missing = mount(<SiteAccess onlyWhenMissing />);
    await settle(missing, 'missing');
    expect(button(missing)).toBeDefined();
  });
});
