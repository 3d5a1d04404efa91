import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes an extension that does nothing (an empty service worker, no content script, no permissions) and
 * returns its folder: the harness needs some extension to launch with, and this one leaves the fixture
 * pages exactly as they are without SafePost.
 */
export function writeBaselineExtension(root: string): string {
  const dir = join(root, 'test-results', 'bench', 'baseline-extension');
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'SafePost benchmark baseline',
    version: '1.0.0',
    description: 'Does nothing: the typing-speed baseline.',
    background: { service_worker: 'worker.js' },
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, 'worker.js'), '// Intentionally empty.\n');
  return dir;
}
