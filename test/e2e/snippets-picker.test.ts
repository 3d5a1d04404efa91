import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromeGlobal, type ExtensionBrowser } from './harness/index.js';
import { buildFixtures } from '../fixtures/build.mjs';

const WAIT = { timeout: 10_000 };
const EDITORS = [
  { name: 'Lexical', host: 'www.facebook.com', site: 'facebook', box: '[data-lexical-editor="true"]', expect: 'F.A.S.T.' },
  { name: 'Draft.js', host: 'x.com', site: 'x', box: '[data-testid="tweetTextarea_0"]', expect: 'Spot a stroke F.A.S.T.' },
  { name: 'a React textarea', host: 'mastodon.social', site: 'mastodon', box: 'textarea.autosuggest-textarea__textarea', expect: 'Spot a stroke F.A.S.T.' },
];

let b: ExtensionBrowser;

beforeAll(async () => {
  await buildFixtures({ quiet: true });
  b = await launchChromium();
  // A fresh profile seeds the starter library on its first list; do it before any page needs it, since
  // a typed shortcut can only expand from a library the page has already loaded.
  const options = await b.openExtensionPage('src/options/index.html');
  await options.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'snippets.list', payload: {} }));
  await options.close();
});
afterAll(async () => {
  await b?.close();
});

const model = (page: Page) => page.evaluate(() => (window as unknown as { __editorModelText(i: number): string | null }).__editorModelText(0));

/** What the keyboard command does: the worker asks the active tab to open its picker. */
async function pickerCommand(page: Page): Promise<void> {
  const tabId = await b.tabIdOf(page);
  const worker = await b.worker();
  await worker.evaluate((id) => (globalThis as unknown as ChromeGlobal).chrome.tabs.sendMessage(id, { type: 'picker.open', payload: {} }), tabId);
}

describe.each(EDITORS)('snippets typed in $name', (editor) => {
  it('expands a typed shortcut into the editor model', async () => {
    const page = await b.openFixture(editor.host, `dist/${editor.site}/`);
    await page.locator(editor.box).first().click();
    await page.keyboard.type('Know the signs: /stroke');
    await expect.poll(() => model(page), WAIT).toBe('Know the signs: /stroke');
    await page.waitForTimeout(300);
    await page.keyboard.press('Tab');
    await expect.poll(() => model(page), WAIT).toContain(editor.expect);
    const text = (await model(page)) ?? '';
    expect(text.startsWith('Know the signs: ')).toBe(true);
    expect(text).not.toContain('/stroke');
    await page.close();
  });

  it('opens the picker with the keyboard command, finds a snippet by search and inserts it', async () => {
    const page = await b.openFixture(editor.host, `dist/${editor.site}/`);
    await page.locator(editor.box).first().click();
    await pickerCommand(page);
    const dialog = page.getByRole('dialog', { name: 'Insert a snippet' });
    await dialog.waitFor(WAIT);
    await dialog.getByRole('searchbox', { name: 'Search snippets' }).fill('stroke');
    await page.keyboard.press('Enter');
    await expect.poll(() => model(page), WAIT).toContain(editor.expect);
    await expect.poll(() => dialog.count(), WAIT).toBe(0);
    await page.close();
  });
});
