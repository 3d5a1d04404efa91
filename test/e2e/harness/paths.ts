import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROME_DIST = `${ROOT}dist/chrome`;
export const FIREFOX_DIST = `${ROOT}dist/firefox`;
export const FIXTURES = `${ROOT}test/fixtures`;
/** Per-run scratch space (profiles, certificates, net logs); ignored by git. */
export const RUN_DIR = `${ROOT}test-results/e2e`;
