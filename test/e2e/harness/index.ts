/**
 * SafePost's real-browser harness.
 *
 * Chromium:
 *   const b = await launchChromium();            // builds if stale, starts the HTTPS fixture server and
 *                                                // /usr/bin/chromium headless with a copy of dist/chrome
 *   const page = await b.openFixture('mastodon.social');   // the Mastodon fixture at the host's root
 *   const worker = await b.worker();             // the service worker (woken if stopped)
 *   await b.stopWorker();                        // stop it, as the browser does when idle
 *   const popup = await b.openPopupFor(page);    // src/popup/index.html?tabId=<page's tab>
 *   await evaluateInContentScript(page, b.extensionId, (arg) => ..., arg);   // run as the content script
 *   b.consoleErrors                              // console errors of pages and the worker so far
 *   await b.close();                             // in afterAll: fails if the net log shows any request
 *                                                // to a host that is not a fixture host
 * `launchChromium({ extensionDir })` loads another unpacked extension instead (a benchmark baseline);
 * `closeAndListForeignRequests()` returns the off-host requests instead of failing on them.
 *
 * Fixture pages: https://<host>/<path> serves, first found, a route added with
 * `b.server.route(path, html)`, test/fixtures/hosts/<host>/<path>, the site fixture bundled for that host
 * (test/fixtures/sites.mjs → test/fixtures/dist/<site>/, rebuilt when stale), then test/fixtures/<path>.
 * Every production host of contract.md §3 resolves to the local server (plus unsupported.example and
 * mastodon.example); nothing else resolves at all.
 *
 * Firefox: `launchFirefox()` installs dist/firefox into /usr/bin/firefox-esr over WebDriver BiDi, with
 * `network.dns.forceResolve` pointing every host at a fixture server on port 443.
 *
 * A browser that cannot start throws: the suite fails rather than skips. A clean run deletes its
 * profile; one with off-host requests keeps it (and its net log) under test-results/e2e/.
 */
export { ensureBuild } from './build.js';
export type { ChromeGlobal, ChromeLike } from './chrome-api.js';
export { CHROMIUM_PATH, launchChromium, type ExtensionBrowser } from './chromium.js';
export { useExtensionBrowser } from './use-browser.js';
export { evaluateInContentScript } from './content-world.js';
export { FIREFOX_PATH, launchFirefox, type FirefoxWithExtension } from './firefox.js';
export { ADDED_MASTODON_HOST, FIXTURE_HOSTS, UNSUPPORTED_HOST } from './hosts.js';
export { ensureFixtures, fixtureSites, type FixtureSite } from './fixture-sites.js';
export { foreignRequests, readNetLog, type NetLog } from './netlog.js';
export { startFixtureServer, type FixtureServer } from './server.js';
