// `npm run screenshots`: PNGs of the popup, the options page and the in-page panel, light and dark,
// taken in the real browser through the e2e harness. They go to screenshots/out/ (ignored by git);
// `npm run screenshots -- --update` also refreshes the committed ones in screenshots/ that the README shows.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildFixtures } from '../test/fixtures/build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Three folders deep, like test/e2e/harness/, so the harness finds the repository root the same way.
const outfile = `${root}test-results/screenshots/run/capture.mjs`;
await build({
  entryPoints: [`${root}scripts/screenshots/capture.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
await buildFixtures({ quiet: true });
const { capture } = await import(pathToFileURL(outfile).href);
const written = await capture({ update: process.argv.includes('--update') });
for (const file of written) console.log(`screenshot: ${file}`);
