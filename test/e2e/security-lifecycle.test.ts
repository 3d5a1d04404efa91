import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInContentScript, launchChromium, type ExtensionBrowser } from './harness/index.js';

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

/** The content script exactly as the browser loads it (the harness runs a copy of dist/chrome). */
function builtContentScript(): string {
  return readFileSync(join(dirname(b.netLogPath), 'extension', 'src', 'content', 'index.js'), 'utf8');
}

/** Runs the built content script a second time in SafePost's isolated world of `page`. */
async function startSecondCopy(page: Page): Promise<void> {
  // Through the content-script world so the copy gets the same `chrome` and the same DOM view.
  await evaluateInContentScript(page, b.extensionId, (source: string) => {
    // A fresh copy, as the browser would inject it: an indirect eval of the bundle in this world.
    (0, eval)(source);
  }, builtContentScript());
}

async function typeAndSettle(page: Page, text: string, want: string): Promise<void> {
  await page.locator(BOX).first().click();
  await page.keyboard.type(text);
  await expect.poll(() => state(page), { timeout: 10_000 }).toBe(want);
}

describe('two copies of the content script on one page', () => {
  it('the newer copy takes over: one badge on the box, and it still checks', async () => {
    const page = await b.openFixture('mastodon.social');
    await typeAndSettle(page, 'Great talk on sepsis bundles today. ', 'clean');
    expect(await badges(page).count()).toBe(1);
    await badges(page).first().evaluate((el) => el.setAttribute('data-first-copy', ''));

    await startSecondCopy(page);
    await typeAndSettle(page, PHI, 'block');
    expect(await badges(page).count()).toBe(1);
    // The badge that answers is the new copy's: the first copy's badge is gone, not merely hidden.
    expect(await page.locator('safepost-badge[data-first-copy]').count()).toBe(0);
    await page.close();
  });
});
