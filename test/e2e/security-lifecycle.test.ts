import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ExtensionBrowser } from './harness/index.js';

const BOX = 'textarea.autosuggest-textarea__textarea';
const PHI = 'my patient Maria Gonzalez, DOB 03/14/1961.';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchChromium();
});
afterAll(async () => {
  await b?.close();
});

const badges = (page: Page) => page.locator('safepost-badge');
// A short wait per read, so a missing badge reads as null instead of stalling the poll.
const state = (page: Page) => badges(page).first().getAttribute('data-safepost-state', { timeout: 1_000 }).catch(() => null);

/**
 * Injects the content script into `page` again, as the worker does for every matching open tab after an
 * install or update (src/background/reinject.ts): a tab that loaded in between already runs a copy.
 */
async function injectAgain(page: Page): Promise<void> {
  const tabId = await b.tabIdOf(page);
  const files = await (await b.worker()).evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: {
      runtime: { getManifest(): { content_scripts?: { js?: string[]; world?: string }[] } };
      scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
    } }).chrome;
    const js = (api.runtime.getManifest().content_scripts ?? []).filter((s) => s.world !== 'MAIN').flatMap((s) => s.js ?? []);
    await api.scripting.executeScript({ target: { tabId: id }, files: js });
    return js;
  }, tabId);
  expect(files).toEqual(['src/content/index.js']);
}

async function typeAndSettle(page: Page, text: string, want: string): Promise<void> {
  await page.locator(BOX).first().click();
  await page.keyboard.type(text);
  await expect.poll(() => state(page), { timeout: 10_000 }).toBe(want);
}

describe('two copies of the content script on one page', () => {
  it('the copy already running keeps the page: the same single badge, and it still checks', async () => {
    const page = await b.openFixture('mastodon.social');
    await typeAndSettle(page, 'Great talk on sepsis bundles today. ', 'clean');
    expect(await badges(page).count()).toBe(1);
    await badges(page).first().evaluate((el) => el.setAttribute('data-first-copy', ''));

    await injectAgain(page);
    // The injected copy ran to its end before executeScript resolved: a takeover would have happened by now.
    expect(await page.locator('safepost-badge[data-first-copy]').count()).toBe(1);
    await typeAndSettle(page, PHI, 'block');
    expect(await badges(page).count()).toBe(1);
    expect(await page.locator('safepost-badge[data-first-copy]').count()).toBe(1);
    expect(b.consoleErrors).toEqual([]);
    await page.close();
  });
});
