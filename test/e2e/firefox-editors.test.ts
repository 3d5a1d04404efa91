import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxWithExtension } from './harness/firefox.js';
import { buildFixtures } from '../fixtures/build.mjs';

const PHI_DRAFT = 'My patient Maria Gonzalez, DOB 03/14/1961, came in today.';

let ff: FirefoxWithExtension;

beforeAll(async () => {
  await buildFixtures({ quiet: true });
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

/** Clicks a button of the badge's shadow root by its accessible name (its text or aria-label). */
async function clickInBadge(page: Page, name: string): Promise<void> {
  await page.waitForFunction((n) => {
    const root = document.querySelector('safepost-badge')?.shadowRoot;
    const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === n || b.textContent === n);
    if (!button) return false;
    button.click();
    return true;
  }, { timeout: 10_000 }, name);
}

const model = (page: Page) => page.evaluate(() => (window as unknown as { __editorModelText(): string }).__editorModelText());

// Firefox drops a DataTransfer built in the content script's world, so rich editors get their paste from
// the MAIN-world page script; Quill 1 is written through its page-world API in every browser.
describe.each([
  { site: 'bluesky', host: 'bsky.app', box: '.ProseMirror' },
  { site: 'facebook', host: 'www.facebook.com', box: '[data-lexical-editor="true"]' },
  { site: 'linkedin', host: 'www.linkedin.com', box: '.ql-editor' },
])('Firefox, $site', ({ site, host, box }) => {
  it('shows a styled badge and applies Redact to the editor model', async () => {
    const page = await ff.openFixture(host, `dist/${site}/`);
    await page.waitForSelector('safepost-badge', { timeout: 15_000 });
    await page.click(box);
    await page.keyboard.type(PHI_DRAFT);
    await page.waitForFunction(() => document.querySelector('safepost-badge')?.getAttribute('data-safepost-state') === 'block', { timeout: 10_000 });
    const name = await page.evaluate(() => document.querySelector('safepost-badge')?.shadowRoot?.querySelector('button.badge')?.getAttribute('aria-label') ?? '');
    expect(name).toMatch(/^SafePost: /);
    const radius = await page.evaluate(() => {
      const button = document.querySelector('safepost-badge')?.shadowRoot?.querySelector('button.badge');
      return button ? getComputedStyle(button).borderTopLeftRadius : '';
    });
    expect(radius).toBe('12px');
    await clickInBadge(page, name);
    await clickInBadge(page, 'Redact “Maria Gonzalez”');
    await page.waitForFunction(() => !(window as unknown as { __editorModelText(): string }).__editorModelText().includes('Maria Gonzalez'), { timeout: 10_000 });
    expect(await model(page)).toContain('came in today');
    await page.close();
  });
});
