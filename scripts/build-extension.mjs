#!/usr/bin/env node
// Builds the extension for both browsers from the one manifest.json (crxjs + Vite), then tidies each
// emitted manifest for its browser and packs a store zip per browser:
//   dist/chrome/  dist/firefox/  dist/safepost-chrome-<version>.zip  dist/safepost-firefox-<version>.zip
// Each browser is built into a scratch folder and swapped in whole, so a browser or test reading
// dist/<browser> never sees a half-written build.
import { build } from 'vite';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkManifest } from './build-manifest-policy.mjs';
import { classicWorker } from './build-classic-worker.mjs';
import { zipDirectory } from './build-zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** Keys one browser does not know; dropping them keeps its extension page free of warnings. */
const FOREIGN_KEYS = {
  chrome: ['browser_specific_settings'],
  firefox: ['minimum_chrome_version'],
};

for (const browser of ['chrome', 'firefox']) {
  const finalDir = `${root}dist/${browser}`;
  const scratchDir = `${root}dist/.${browser}-${process.pid}`;
  try {
    await build({ root, mode: browser, logLevel: 'warn', build: { outDir: scratchDir } });
    const file = `${scratchDir}/manifest.json`;
    let manifest = JSON.parse(readFileSync(file, 'utf8'));
    if (browser === 'chrome') manifest = await classicWorker(scratchDir, manifest, 'chrome116');
    for (const key of FOREIGN_KEYS[browser]) delete manifest[key];
    const problems = checkManifest(manifest, browser);
    if (problems.length) {
      console.error(`build: the ${browser} manifest breaks the manifest policy:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
      break;
    }
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    rmSync(finalDir, { recursive: true, force: true });
    renameSync(scratchDir, finalDir);
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }
  const zip = `${root}dist/safepost-${browser}-${version}.zip`;
  rmSync(zip, { force: true });
  const count = zipDirectory(finalDir, zip);
  console.log(`build: dist/${browser}/ (${count} files) and dist/safepost-${browser}-${version}.zip`);
}
