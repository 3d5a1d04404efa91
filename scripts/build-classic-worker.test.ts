import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CLASSIC_WORKER, classicWorker } from './build-classic-worker.mjs';

/** An emitted extension in the shape Vite gives it: a loader, the worker's chunk, a chunk a page shares. */
function emittedExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'safepost-worker-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'src', 'popup'), { recursive: true });
  writeFileSync(join(dir, 'service-worker-loader.js'), "import './assets/worker-A1.js';\n");
  writeFileSync(join(dir, 'assets', 'worker-A1.js'), "import { tag } from './shared-B2.js';\nglobalThis.started = tag('worker');\n");
  writeFileSync(join(dir, 'assets', 'shared-B2.js'), 'export const tag = (s) => `safepost:${s}`;\n');
  writeFileSync(join(dir, 'assets', 'popup-C3.js'), "import { tag } from './shared-B2.js';\ntag('popup');\n");
  writeFileSync(join(dir, 'src', 'popup', 'index.html'), '<script type="module" src="/assets/popup-C3.js"></script>\n');
  return dir;
}

describe('classicWorker', () => {
  it('bundles the module worker into one classic script that runs, and points the manifest at it', async () => {
    const dir = emittedExtension();
    const manifest = await classicWorker(dir, { manifest_version: 3, background: { service_worker: 'service-worker-loader.js', type: 'module' } }, 'chrome116');
    expect(manifest.background).toEqual({ service_worker: CLASSIC_WORKER });
    const code = readFileSync(join(dir, CLASSIC_WORKER), 'utf8');
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
    const scope: { started?: string } = {};
    runInNewContext(code, { globalThis: scope });
    expect(scope.started).toBe('safepost:worker');
  });

  it('deletes the files only the worker read and keeps the chunks pages still load', async () => {
    const dir = emittedExtension();
    await classicWorker(dir, { background: { service_worker: 'service-worker-loader.js', type: 'module' } }, 'chrome116');
    expect(existsSync(join(dir, 'service-worker-loader.js'))).toBe(false);
    expect(existsSync(join(dir, 'assets', 'worker-A1.js'))).toBe(false);
    expect(existsSync(join(dir, 'assets', 'shared-B2.js'))).toBe(true);
    expect(existsSync(join(dir, 'assets', 'popup-C3.js'))).toBe(true);
  });

  it('refuses a manifest without a worker', async () => {
    await expect(classicWorker(emittedExtension(), { background: { scripts: ['a.js'] } }, 'chrome116'))
      .rejects.toThrow('names no background.service_worker');
  });
});
