import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInContentScript, launchChromium, type ChromeGlobal, type ExtensionBrowser } from './harness/index.js';

// Words from the draft that must never appear in a request, a storage area or the page's web storage.
const NAME = 'Maria Gonzalez';
const DOB = '03/14/1961';
const DRAFT = `My patient ${NAME}, DOB ${DOB}, came in today.`;
const MASTODON_BOX = 'textarea.autosuggest-textarea__textarea';

describe('the checks themselves', () => {
  it('catch a request made by the worker or a content script, with who made it, and console errors', async () => {
    const b = await launchChromium();
    b.server.route('/safepost-e2e/blank.html', '<!doctype html><title>blank</title>');
    const page = await b.openFixture('x.com', '/safepost-e2e/blank.html');
    await (await b.worker()).evaluate(() => console.error('probe from the worker'));
    await page.evaluate(() => console.error('probe from the page'));
    await expect.poll(() => b.consoleErrors.join('\n')).toContain('worker: probe from the worker');
    expect(b.consoleErrors).toContain('https://x.com/safepost-e2e/blank.html: probe from the page');
    await (await b.worker()).evaluate(() => fetch('https://tracker.example/collect').catch(() => undefined));
    await evaluateInContentScript(page, b.extensionId, () => fetch('https://beacon.example/b').catch(() => undefined), null);
    const foreign = await b.closeAndListForeignRequests();
    expect(foreign).toContain(`tracker.example (from ${b.origin})`);
    expect(foreign).toContain('beacon.example (from https://x.com)');
    // The harness keeps a profile with foreign requests for inspection; this one made them on purpose.
    rmSync(dirname(b.netLogPath), { recursive: true, force: true });
  });
});

describe('a checking session', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchChromium();
  });
  afterAll(async () => {
    // Fails the suite if anything in the session reached a host other than the fixture hosts.
    await b?.close();
  });

  it('sends nothing anywhere and stores no draft text while the user types, checks and fixes', async () => {
    const page = await b.openFixture('mastodon.social');
    await page.locator(MASTODON_BOX).first().click();
    const errorsBefore = b.consoleErrors.length;
    const requestsBefore = b.server.requests.length;

    await page.keyboard.type(DRAFT);
    const badge = page.locator('safepost-badge').first();
    await expect.poll(() => badge.getAttribute('data-safepost-state'), { timeout: 5_000 }).toBe('block');
    await badge.getByRole('button', { name: /^SafePost: / }).click();
    await page.getByRole('button', { name: `Redact “${NAME}”` }).click();
    await expect.poll(() => page.locator(MASTODON_BOX).first().inputValue(), { timeout: 5_000 }).not.toContain(NAME);
    await b.stopWorker();
    await page.keyboard.type(' Follow-up next week.');
    await expect.poll(() => badge.getAttribute('data-safepost-state'), { timeout: 5_000 }).toBe('block');

    // Nothing went to the page's or the worker's console as an error (contract §3), stop included.
    expect(b.consoleErrors.slice(errorsBefore)).toEqual([]);

    // The page's own server saw nothing after the page loaded: no beacon, no image, no font, no fetch.
    expect(b.server.requests.slice(requestsBefore)).toEqual([]);
    expect(JSON.stringify(b.server.requests)).not.toContain('Gonzalez');

    const pageStorage = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
    expect(pageStorage).not.toContain('Gonzalez');
    expect(pageStorage).not.toContain(DOB);

    const extensionPage = await b.openExtensionPage('src/options/index.html');
    const stored = await extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeGlobal['chrome'] & { storage: { sync: { get(k: null): Promise<unknown> } } } }).chrome;
      const areas = {
        local: await api.storage.local.get(null),
        sync: await api.storage.sync.get(null),
        session: await api.storage.session?.get(null),
      };
      const caches = await globalThis.caches.keys();
      const databases = (await indexedDB.databases()).map((d) => d.name);
      return JSON.stringify({ areas, caches, databases });
    });
    expect(stored).not.toContain('Gonzalez');
    expect(stored).not.toContain(DOB);
    expect(stored).not.toContain('came in today');
    await extensionPage.close();
    await page.close();
  });
});
