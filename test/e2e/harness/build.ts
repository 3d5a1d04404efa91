import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_DIST, FIREFOX_DIST, ROOT } from './paths.js';

const SOURCES = ['src', 'assets', 'manifest.json', 'vite.config.ts', 'package.json', 'scripts/build-extension.mjs'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry.endsWith('.test.ts') || entry.endsWith('.test.tsx')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * Makes sure dist/chrome and dist/firefox are built from the current sources: `npm test` builds first, so
 * this is normally a cheap check; a direct `vitest run --project e2e` after an edit rebuilds once.
 */
export function ensureBuild(): void {
  const built = Math.min(newestMtime(`${CHROME_DIST}/manifest.json`), newestMtime(`${FIREFOX_DIST}/manifest.json`));
  const sources = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (built > 0 && built >= sources) return;
  execFileSync(process.execPath, ['scripts/build-extension.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
