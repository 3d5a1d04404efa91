import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest folder above this module holding package.json. Searched rather than
 * fixed ('../../../') because the benchmark bundles the harness into dist/bench/, two levels deep.
 */
function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${fileURLToPath(import.meta.url)}: cannot find the repository root.`);
    dir = parent;
  }
  return `${dir}/`;
}

export const ROOT = repositoryRoot();
export const CHROME_DIST = `${ROOT}dist/chrome`;
export const FIREFOX_DIST = `${ROOT}dist/firefox`;
export const FIXTURES = `${ROOT}test/fixtures`;
/** Per-run scratch space (profiles, certificates, net logs); ignored by git. */
export const RUN_DIR = `${ROOT}test-results/e2e`;
