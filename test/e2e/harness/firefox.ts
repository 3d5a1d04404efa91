import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuild } from './build.js';
import { ensureFixtures } from './fixture-sites.js';
import { FIREFOX_DIST, RUN_DIR } from './paths.js';
import { startFixtureServer, type FixtureServer } from './server.js';

export const FIREFOX_PATH = process.env.SAFEPOST_FIREFOX ?? '/usr/bin/firefox-esr';

export interface FirefoxWithExtension {
  browser: Browser;
  server: FixtureServer;
  addonId: string;
  /** Opens `https://<host>/<path>`; every host resolves to the fixture server. */
  openFixture(host: string, path?: string): Promise<Page>;
  close(): Promise<void>;
}

// Firefox's own calls home, off so the run stays on the fixture hosts.
const QUIET_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'browser.region.network.url': '',
  'browser.search.update': false,
  'services.settings.server': 'https://127.0.0.1:9/',
  // MV3 host permissions are opt-in in Firefox; a test profile grants what the manifest asks for.
  'extensions.originControls.grantByDefault': true,
};

/**
 * Starts a fixture server on port 443 (Firefox's `network.dns.forceResolve` maps host names, not ports)
 * and Debian's Firefox ESR over WebDriver BiDi with dist/firefox installed as a temporary add-on.
 * Throws — never skips — when Firefox cannot start or the add-on does not install.
 */
export async function launchFirefox(): Promise<FirefoxWithExtension> {
  ensureBuild();
  ensureFixtures();
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}: install the "firefox-esr" package (or set SAFEPOST_FIREFOX).`);
  mkdirSync(RUN_DIR, { recursive: true });
  const runDir = mkdtempSync(join(RUN_DIR, 'firefox-'));
  const extensionDir = join(runDir, 'extension');
  cpSync(FIREFOX_DIST, extensionDir, { recursive: true });

  let server: FixtureServer;
  try {
    server = await startFixtureServer(443);
  } catch (error) {
    throw new Error(`The Firefox suite needs the fixture server on port 443 (forceResolve keeps the port): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: join(runDir, 'profile'),
      extraPrefsFirefox: { ...QUIET_PREFS, 'network.dns.forceResolve': '127.0.0.1' },
    });
  } catch (error) {
    await server.close();
    throw new Error(`Firefox (${FIREFOX_PATH}) did not start: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  let addonId: string;
  try {
    addonId = await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    await server.close();
    throw new Error(`Firefox refused to install dist/firefox: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return {
    browser,
    server,
    addonId,
    async openFixture(host, path = '') {
      const page = await browser.newPage();
      await page.goto(`https://${host}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}
