/**
 * analyze() timed in Debian's Chromium, the runtime of the extension's service worker, beside the Node
 * figures of bench/engine.ts (the command line's runtime). The page is served cross-origin isolated
 * (COOP and COEP), which gives performance.now() 5 µs steps instead of 100: without that a 0.2 ms budget
 * could not be read. The page is answered by request interception, so no server is started and nothing
 * reaches the network.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/e2e/harness/chromium.js';
import type { EnginePageFigures, EnginePageOptions } from './engine-page.js';

export interface ChromiumEngineFigures extends EnginePageFigures { browser: string }

const ORIGIN = 'http://localhost:9';

async function pageBundle(): Promise<string> {
  const out = await build({
    entryPoints: ['bench/engine-page.ts'], bundle: true, platform: 'browser', format: 'iife', target: 'es2022',
    write: false, logLevel: 'warning',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('bench/engine-page.ts bundled to nothing');
  return file.text;
}

export async function engineInChromium(options: EnginePageOptions): Promise<ChromiumEngineFigures> {
  const script = await pageBundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      if (route.request().url().endsWith('/engine.js')) {
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: script, headers: { 'Cross-Origin-Resource-Policy': 'same-origin' } });
      }
      return route.fulfill({
        status: 200, contentType: 'text/html', body: '<!doctype html><title>engine bench</title><script src="/engine.js"></script>',
        headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
      });
    });
    await page.goto(`${ORIGIN}/`);
    const figures = await page.evaluate((opts) => {
      const run = (globalThis as { safepostEngineBench?: (o: typeof opts) => EnginePageFigures }).safepostEngineBench;
      if (!run) throw new Error('the engine bench script did not load');
      return run(opts);
    }, options);
    if (!figures.crossOriginIsolated) throw new Error('the engine bench page is not cross-origin isolated: its timer steps (100 µs) cannot read the budgets');
    return { ...figures, browser: browser.version() };
  } finally {
    await browser.close();
  }
}
