import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium, type ExtensionBrowser } from './harness/index.js';

describe('the built first-run page and the options page in Chromium (host access granted at install)', () => {
  let b: ExtensionBrowser;
  afterAll(async () => {
    await b?.close();
  });

  it('renders its explanation and reports the supported sites as granted, with no button to ask again', async () => {
    b = await launchChromium();
    const page = await b.openExtensionPage('src/welcome/index.html');
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toContain('is granted');
    const text = await page.locator('main').textContent();
    expect(text).toContain('sends nothing anywhere');
    expect(await page.getByRole('button', { name: 'Allow access to the supported sites' }).count()).toBe(0);

    // The options page shows the section only while access is missing.
    const options = await b.openExtensionPage('src/options/index.html');
    await options.getByRole('button', { name: 'Save settings' }).waitFor();
    expect(await options.getByRole('heading', { name: 'Access to the supported sites' }).count()).toBe(0);
    expect(b.consoleErrors).toEqual([]);
  });
});
