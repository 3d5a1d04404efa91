import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium, type ExtensionBrowser } from './harness/index.js';

const BOX = 'textarea.autosuggest-textarea__textarea';
const PHI = 'My patient Maria Gonzalez, DOB 03/14/1961, came in today.';

const badges = (page: Page) => page.locator('safepost-badge');
// A short wait per read, so a missing badge reads as null instead of stalling the poll.
const stateOf = (page: Page) => badges(page).first().getAttribute('data-safepost-state', { timeout: 1_000 }).catch(() => null);
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 50 });

async function openWithDraft(b: ExtensionBrowser): Promise<Page> {
  const page = await b.openFixture('mastodon.social');
  await page.locator(BOX).first().click();
  await page.keyboard.type(PHI);
  await poll(() => stateOf(page)).toBe('block');
  expect(await badges(page).count()).toBe(1);
  // Tags the first script's badge, so the test can tell it from a badge the updated extension adds.
  await badges(page).first().evaluate((el) => el.setAttribute('data-before-update', ''));
  return page;
}

/**
 * Updates the extension under the open pages as the browser does for a new version: CDP loads the same
 * unpacked folder again (same id), the old content scripts lose their extension, a new worker starts
 * and `runtime.onInstalled` fires with reason "update".
 */
async function updateExtension(b: ExtensionBrowser, folder: string): Promise<void> {
  const browser = b.context.browser();
  if (!browser) throw new Error('No browser handle to open a CDP session on.');
  const newWorker = b.context.waitForEvent('serviceworker', { timeout: 15_000 });
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { id } = await (cdp as unknown as { send(method: string, params: object): Promise<{ id: string }> })
      .send('Extensions.loadUnpacked', { path: folder });
    expect(id).toBe(b.extensionId);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  expect((await newWorker).url().startsWith(b.origin)).toBe(true);
}

/** The fix from the badge's panel, applied with a click, changes the draft and the badge's state. */
async function redactFromBadge(page: Page): Promise<void> {
  const badge = badges(page).first();
  await badge.getByRole('button', { name: /^SafePost: / }).click();
  await badge.getByRole('button', { name: 'Redact “Maria Gonzalez”' }).click();
  await poll(() => page.locator(BOX).first().inputValue()).not.toContain('Maria Gonzalez');
}

describe('extension update under an open page on a supported site (host access from the manifest)', () => {
  let b: ExtensionBrowser;
  afterAll(async () => {
    await b?.close();
  });

  it('the new content script takes over the open box without a reload: one badge, blocking, and its fix works', async () => {
    b = await launchChromium({ reloadable: true });
    const page = await openWithDraft(b);
    await updateExtension(b, join(dirname(b.netLogPath), 'extension'));
    // Chromium grants the manifest's hosts at install, so neither the install nor the update opened the first-run page.
    expect(b.context.pages().map((p) => p.url()).filter((url) => url.includes('/src/welcome/'))).toEqual([]);

    // No edit and no reload in between: the worker injects the new copy, which removes the old one's badge.
    await poll(() => page.locator('safepost-badge[data-before-update]').count()).toBe(0);
    await poll(() => stateOf(page)).toBe('block');
    expect(await badges(page).count()).toBe(1);
    expect(await page.locator('safepost-badge .mirror mark').allTextContents()).toContain('Maria Gonzalez');

    await redactFromBadge(page);
    // The new badge checked the changed draft: the name is no longer marked (the date of birth still is).
    await poll(() => page.locator('safepost-badge .mirror mark').allTextContents()).not.toContain('Maria Gonzalez');
    expect(await stateOf(page)).toBe('block');
    expect(await badges(page).count()).toBe(1);

    // A reload afterwards still ends with the manifest's copy alone: one badge, not one per injection.
    await page.reload();
    await page.locator(BOX).first().click();
    await page.keyboard.type(PHI);
    await poll(() => stateOf(page)).toBe('block');
    expect(await badges(page).count()).toBe(1);
    expect(b.consoleErrors).toEqual([]);
    await page.close();
  });
});
