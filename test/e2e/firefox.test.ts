import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_HOSTS, launchFirefox, type FirefoxWithExtension } from './harness/index.js';

const MASTODON_BOX = 'textarea.autosuggest-textarea__textarea';

let ff: FirefoxWithExtension;

beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

describe('Firefox', () => {
  it('installs the Firefox build under its gecko id', () => {
    expect(ff.addonId).toBe('safepost@safepost.dev');
  });

  it('hooks the Mastodon compose box and checks a draft through the background script', async () => {
    const page = await ff.openFixture('mastodon.social');
    const badge = await page.waitForSelector('safepost-badge', { timeout: 15_000 });
    expect(await badge?.evaluate((el) => el.getAttribute('data-safepost-state'))).toBe('clean');

    await page.click(MASTODON_BOX);
    await page.keyboard.type('My patient Maria Gonzalez, DOB 03/14/1961, came in today.');
    await page.waitForFunction(() => document.querySelector('safepost-badge')?.getAttribute('data-safepost-state') === 'block', { timeout: 10_000 });
    expect(Number(await badge?.evaluate((el) => el.getAttribute('data-safepost-count')))).toBeGreaterThan(0);
    await page.close();
  });

  it('made no request to any host but the fixture hosts, and none carried the draft', () => {
    // forceResolve sends every host name here, Firefox's own services included; those are the browser's.
    const firefoxServices = /(^|\.)(mozilla\.(com|org|net)|firefox\.com|mozaws\.net)$/;
    const hosts = new Set(ff.server.requests.map((r) => r.host).filter((h) => !firefoxServices.test(h)));
    for (const host of hosts) expect(FIXTURE_HOSTS).toContain(host);
    expect(JSON.stringify(ff.server.requests)).not.toContain('Gonzalez');
  });
});
