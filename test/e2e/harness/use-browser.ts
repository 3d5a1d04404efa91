import { afterAll, beforeAll } from 'vitest';
import { buildFixtures } from '../../fixtures/build.mjs';
import { launchChromium, type ExtensionBrowser } from './chromium.js';

/**
 * One Chromium with the built extension for a test file: the fixture pages are built and the browser is
 * launched before the file's tests, and closed after them (which runs the net-log check). The returned
 * object stands for that browser inside tests and hooks.
 */
export function useExtensionBrowser(): ExtensionBrowser {
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    await buildFixtures({ quiet: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return new Proxy({} as ExtensionBrowser, {
    get(_target, key) {
      if (!browser) throw new Error('the browser starts in beforeAll: use it inside a test or a hook');
      const value: unknown = Reflect.get(browser, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(browser) : value;
    },
  });
}
