import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuild } from './build.js';
import { ensureFixtures } from './fixture-sites.js';
import type { ChromeGlobal } from './chrome-api.js';
import { FIXTURE_HOSTS } from './hosts.js';
import { foreignRequests, readNetLog } from './netlog.js';
import { CHROME_DIST, RUN_DIR } from './paths.js';
import { startFixtureServer, type FixtureServer } from './server.js';

export const CHROMIUM_PATH = process.env.SAFEPOST_CHROMIUM ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  /** The extension's origin, e.g. `chrome-extension://<id>`. */
  origin: string;
  netLogPath: string;
  /** Errors written to any page's or the worker's console, and uncaught errors, since launch (text only). */
  consoleErrors: string[];
  /** The running service worker, woken (by opening an extension page) if it was stopped. */
  worker(): Promise<Worker>;
  /** Opens `https://<host>/<path>` in a new tab (the fixture server answers for every fixture host). */
  openFixture(host: string, path?: string): Promise<Page>;
  /** Opens an extension page (`src/popup/index.html` by default) in a tab, optionally told which tab it serves. */
  openExtensionPage(path?: string, targetTabId?: number): Promise<Page>;
  /** The popup for the tab showing `page` (a real popup cannot be opened headless; this is the same page in a tab). */
  openPopupFor(page: Page): Promise<Page>;
  /** The browser's tab id of `page`, asked of the extension (which needs no `tabs` permission for it). */
  tabIdOf(page: Page): Promise<number>;
  /** Stops the service worker as the browser does when it goes idle. */
  stopWorker(): Promise<void>;
  /** Closes the browser and the server, then fails if the net log shows any request off the fixture hosts. */
  close(): Promise<void>;
  /** Closes like `close` but returns the requests off the fixture hosts instead of failing on them. */
  closeAndListForeignRequests(): Promise<string[]>;
}

const DISABLED_FEATURES = [
  'AutofillServerCommunication', 'OptimizationHints', 'Translate', 'MediaRouter', 'DialMediaRouteProvider',
  'CertificateTransparencyComponentUpdater', 'InterestFeedContentSuggestions', 'PrivacySandboxSettings4',
  'NetworkTimeServiceQuerying', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable', 'LensOverlay',
  'PaintHolding', 'ThirdPartyStoragePartitioning', 'DestroyProfileOnBrowserClose', 'PreconnectToSearch', 'AimEnabled',
];

function resolverRules(port: number): string {
  const maps = FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`);
  // Anything else resolves nowhere, so a stray request fails fast here and shows in the net log.
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ');
}

/**
 * Starts the fixture server and Debian's Chromium with the built extension (or `extensionDir`, e.g. a
 * baseline extension for a benchmark) loaded, headless; `reloadable` lets the extension survive
 * `runtime.reload()` (an update under open pages). Throws —
 * it never skips — when the browser cannot start: a missing browser is a broken test machine.
 */
export async function launchChromium(options: { extensionDir?: string; reloadable?: boolean } = {}): Promise<ExtensionBrowser> {
  const sourceDir = options.extensionDir ?? CHROME_DIST;
  if (!options.extensionDir) ensureBuild();
  ensureFixtures();
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install the "chromium" package (or set SAFEPOST_CHROMIUM).`);
  mkdirSync(RUN_DIR, { recursive: true });
  const profile = mkdtempSync(join(RUN_DIR, 'chromium-'));
  const netLogPath = join(profile, 'netlog.json');
  // Load a copy: a build started by another run must not change the files under a running browser.
  const extensionDir = join(profile, 'extension');
  cpSync(sourceDir, extensionDir, { recursive: true });
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${sourceDir} holds no manifest.json: run \`npm run build\`.`);
  const server = await startFixtureServer();
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      ignoreHTTPSErrors: true,
      // Playwright passes --disable-extensions; the extension named by --load-extension still starts, but
      // `runtime.reload()` then unloads it for good. A test of an extension update needs it left out.
      ...(options.reloadable ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--host-resolver-rules=${resolverRules(server.port)}`,
        '--ignore-certificate-errors',
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        // Chromium's own calls home (account list, autofill hints, component and variations updates,
        // safe-browsing pings) would drown the check for the extension's traffic; switch them off.
        '--disable-domain-reliability',
        '--disable-client-side-phishing-detection',
        // The last --disable-features wins, so this list repeats the ones Playwright sets itself.
        `--disable-features=${DISABLED_FEATURES.join(',')}`,
        '--metrics-recording-only',
        '--no-service-autorun',
        '--no-pings',
        '--password-store=basic',
        '--no-first-run',
        '--no-default-browser-check',
        `--log-net-log=${netLogPath}`,
        ...(options.reloadable ? ['--enable-unsafe-extension-debugging'] : []),
      ],
    });
  } catch (error) {
    await server.close();
    throw new Error(`Chromium (${CHROMIUM_PATH}) did not start with the extension: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }

  const consoleErrors: string[] = [];
  const watched = new WeakSet<Worker>();
  const watchWorker = (worker: Worker): void => {
    if (watched.has(worker)) return;
    watched.add(worker);
    worker.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`worker: ${message.text()}`);
    });
  };
  context.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.page()?.url() ?? 'worker'}: ${message.text()}`);
  });
  context.on('weberror', (error) => consoleErrors.push(`uncaught in ${error.page()?.url() ?? 'a page'}: ${error.error().message}`));
  context.on('serviceworker', watchWorker);

  const liveWorker = (): Worker | undefined => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const first = liveWorker() ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  watchWorker(first);
  const extensionId = first.url().split('/')[2] ?? '';
  const origin = `chrome-extension://${extensionId}`;

  const browser: ExtensionBrowser = {
    context,
    server,
    extensionId,
    origin,
    netLogPath,
    consoleErrors,
    async worker() {
      const running = liveWorker();
      if (running) return running;
      const waiting = context.waitForEvent('serviceworker', { timeout: 15_000 });
      // Any extension event wakes the worker; an extension page sending a no-op message is the simplest.
      const page = await context.newPage();
      await page.goto(`${origin}/src/options/index.html`);
      await page.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'wake' }).catch(() => undefined));
      const woken = await waiting;
      await page.close();
      return woken;
    },
    async openFixture(host, path = '') {
      const page = await context.newPage();
      await page.goto(`https://${host}/${path.replace(/^\//, '')}`);
      return page;
    },
    async openExtensionPage(path = 'src/popup/index.html', targetTabId) {
      const page = await context.newPage();
      const query = targetTabId === undefined ? '' : `?tabId=${targetTabId}`;
      await page.goto(`${origin}/${path}${query}`);
      return page;
    },
    async openPopupFor(page) {
      return browser.openExtensionPage('src/popup/index.html', await browser.tabIdOf(page));
    },
    async tabIdOf(page) {
      await page.bringToFront();
      const worker = await browser.worker();
      const id = await worker.evaluate(async () => {
        const [tab] = await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id;
      });
      if (typeof id !== 'number') throw new Error('Could not find the tab id of the page.');
      return id;
    },
    async stopWorker() {
      // CDP's ServiceWorker domain stops the worker the way the browser does when it goes idle; the
      // DevTools target stays, so the same `Worker` handle sees the fresh global after the next wake.
      const page = await context.newPage();
      await page.goto(`${origin}/manifest.json`);
      const cdp = await context.newCDPSession(page);
      try {
        const statuses = new Map<string, string>();
        let notify = (): void => undefined;
        cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
          for (const v of event.versions) if (v.scriptURL.startsWith(origin)) statuses.set(v.versionId, v.runningStatus);
          notify();
        });
        const settled = (want: (s: Map<string, string>) => boolean) => new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`The service worker did not stop (status: ${[...statuses.values()].join(', ') || 'unknown'}).`)), 10_000);
          notify = () => {
            if (want(statuses)) {
              clearTimeout(timer);
              resolve();
            }
          };
          notify();
        });
        await cdp.send('ServiceWorker.enable');
        await settled((s) => s.size > 0);
        for (const [versionId, status] of statuses) {
          if (status !== 'stopped') await cdp.send('ServiceWorker.stopWorker', { versionId });
        }
        await settled((s) => [...s.values()].every((status) => status === 'stopped'));
      } finally {
        await cdp.detach().catch(() => undefined);
        await page.close();
      }
    },
    async closeAndListForeignRequests() {
      await context.close();
      await server.close();
      const foreign = foreignRequests(readNetLog(netLogPath), FIXTURE_HOSTS);
      // A clean run leaves nothing behind; a run with foreign requests keeps its profile and net log.
      if (foreign.length === 0) rmSync(profile, { recursive: true, force: true });
      return foreign;
    },
    async close() {
      const foreign = await browser.closeAndListForeignRequests();
      if (foreign.length) {
        throw new Error(`The browser made requests to hosts other than the fixture hosts: ${foreign.join(', ')} (net log: ${netLogPath}).`);
      }
    },
  };
  return browser;
}
