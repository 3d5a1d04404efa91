#!/usr/bin/env node
// `npm start`: builds the extension and the fixture pages, serves the pages over HTTPS under the real
// sites' host names (the e2e harness's server, so the production match patterns apply) and opens
// Chromium with SafePost loaded on the demo index. Without a display it runs headless instead: it types
// a sample draft into each site's compose box and saves a screenshot of the findings to screenshots/out/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { buildFixtures } from '../test/fixtures/build.mjs';
import { FIXTURE_SITES } from '../test/fixtures/sites.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromiumPath = process.env.SAFEPOST_CHROMIUM ?? '/usr/bin/chromium';
const extension = join(root, 'dist/chrome');
const outDir = join(root, 'screenshots/out');
const SAMPLE = 'My patient Maria Gonzalez (DOB 03/14/1961) came in today. Drink more water and skip the soda!';
/** The demo index is served on a host SafePost does not run on. */
const DEMO_HOST = 'unsupported.example';

execFileSync(process.execPath, ['scripts/build-extension.mjs'], { cwd: root, stdio: 'inherit' });
await buildFixtures();

// The harness server is TypeScript; bundle it next to the harness's own depth so its paths resolve.
const runDir = join(root, 'test-results/e2e/start');
mkdirSync(runDir, { recursive: true });
await build({
  entryPoints: [join(root, 'test/e2e/harness/server.ts')], bundle: true, platform: 'node', format: 'esm',
  packages: 'external', outfile: join(runDir, 'server.mjs'), logLevel: 'warning',
});
const { startFixtureServer } = await import(join(runDir, 'server.mjs'));
const server = await startFixtureServer();
const hosts = [DEMO_HOST, ...FIXTURE_SITES.map((s) => s.host)];
const resolver = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(', ');
const headless = !process.env.DISPLAY;

const context = await chromium.launchPersistentContext(mkdtempSync(join(runDir, 'profile-')), {
  executablePath: chromiumPath,
  headless,
  ignoreHTTPSErrors: true,
  viewport: { width: 1100, height: 800 },
  args: [
    `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, `--host-resolver-rules=${resolver}`,
    '--ignore-certificate-errors', '--no-sandbox', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--no-default-browser-check',
  ],
});

const stop = async () => {
  await context.close().catch(() => undefined);
  await server.close();
};

if (!headless) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`https://${DEMO_HOST}/dist/demo.html`);
  console.log('SafePost demo is open in Chromium; close the window (or press Ctrl+C) to stop.');
  context.on('close', () => { void server.close(); });
  process.on('SIGINT', () => { void stop().then(() => process.exit(0)); });
} else {
  mkdirSync(outDir, { recursive: true });
  let failures = 0;
  for (const { site, host } of FIXTURE_SITES) {
    const page = await context.newPage();
    try {
      await page.goto(`https://${host}/dist/${site}/`);
      const box = page.locator('[contenteditable="true"][role="textbox"], .ql-editor, textarea').first();
      await box.click();
      await page.keyboard.type(SAMPLE);
      const badge = page.locator('safepost-badge').first();
      await page.waitForFunction(
        () => document.querySelector('safepost-badge')?.getAttribute('data-safepost-state') === 'block', null, { timeout: 10_000 },
      );
      await badge.getByRole('button', { name: /^SafePost: / }).click();
      const file = join(outDir, `${site}.png`);
      await page.screenshot({ path: file });
      console.log(`start: ${site}: ${await badge.getAttribute('data-safepost-count')} findings → ${file.slice(root.length)}`);
    } catch (error) {
      failures++;
      console.error(`start: ${site}: no screenshot (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    } finally {
      await page.close();
    }
  }
  await stop();
  process.exit(failures ? 1 : 0);
}
