import { describe, expect, it, vi } from 'vitest';

const query = vi.fn(async () => [{ id: 42 }]);
vi.mock('../shared/browser.js', () => ({ browser: { tabs: { query } } }));
const { targetTabId } = await import('./target-tab.js');

describe('the tab the popup serves', () => {
  it('comes from ?tab= or ?tabId= when the popup is opened as a tab', async () => {
    expect(await targetTabId('?tab=7')).toBe(7);
    expect(await targetTabId('?tabId=12')).toBe(12);
    expect(query).not.toHaveBeenCalled();
  });

  it('is no tab at all for a malformed id, rather than a guess', async () => {
    expect(await targetTabId('?tab=abc')).toBeUndefined();
    expect(await targetTabId('?tab=-1')).toBeUndefined();
  });

  it('is the active tab of the window for a real popup', async () => {
    expect(await targetTabId('')).toBe(42);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
});
