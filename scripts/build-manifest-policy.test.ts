import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_HOSTS as WORKER_HOSTS } from '../src/background/hosts.js';
import { checkManifest, SUPPORTED_HOSTS } from './build-manifest-policy.mjs';

type Manifest = Record<string, unknown> & { background: Record<string, unknown>; permissions: string[] };
const source = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as Manifest;

/**
 * What the build makes of manifest.json for each browser: crxjs picks the background, the Chrome worker
 * becomes one classic script, foreign keys are dropped.
 */
function emitted(browser: 'chrome' | 'firefox'): Manifest {
  const m = structuredClone(source);
  if (browser === 'chrome') {
    m.background = { service_worker: 'service-worker.js' };
    delete m.browser_specific_settings;
  } else {
    m.background = { scripts: ['service-worker-loader.js'], type: 'module' };
    delete m.minimum_chrome_version;
  }
  return m;
}

describe('manifest policy', () => {
  it('passes the project manifest as built for both browsers', () => {
    expect(checkManifest(emitted('chrome'), 'chrome')).toEqual([]);
    expect(checkManifest(emitted('firefox'), 'firefox')).toEqual([]);
  });

  it('agrees with the worker on the supported hosts', () => {
    expect([...SUPPORTED_HOSTS].sort()).toEqual([...WORKER_HOSTS].sort());
  });

  it('catches permissions that read browsing data and keys that open the extension up', () => {
    for (const permission of ['tabs', 'webRequest', 'cookies', 'history', '<all_urls>']) {
      const m = emitted('chrome');
      m.permissions = [...m.permissions, permission];
      expect(checkManifest(m, 'chrome')).toContain(`permission "${permission}" is not allowed`);
    }
    for (const key of ['externally_connectable', 'update_url', 'content_security_policy']) {
      const m = emitted('firefox');
      m[key] = {};
      expect(checkManifest(m, 'firefox')).toContain(`"${key}" must not be set`);
    }
  });

  it('catches content scripts on hosts beyond the contract, and missing ones', () => {
    const m = emitted('chrome');
    m.content_scripts = [{ matches: ['<all_urls>'], js: ['c.js'] }];
    const problems = checkManifest(m, 'chrome');
    expect(problems).toContain('content script matches "<all_urls>", which is not a supported host');
    expect(problems).toContain('content script does not match "https://x.com/*"');
  });

  it('requires host access to exactly the supported hosts, no broader and none missing', () => {
    const broad = emitted('chrome');
    broad.host_permissions = [...SUPPORTED_HOSTS.map((h) => `https://${h}/*`), 'https://*/*'];
    expect(checkManifest(broad, 'chrome')).toEqual(['host_permissions holds "https://*/*", which is not a supported host']);
    const short = emitted('firefox');
    short.host_permissions = SUPPORTED_HOSTS.filter((h) => h !== 'bsky.app').map((h) => `https://${h}/*`);
    expect(checkManifest(short, 'firefox')).toEqual(['host_permissions lacks "https://bsky.app/*"']);
    const none = emitted('chrome');
    delete none.host_permissions;
    expect(checkManifest(none, 'chrome')).toHaveLength(SUPPORTED_HOSTS.length);
  });

  it('requires each browser\'s own background and Firefox\'s add-on id', () => {
    expect(checkManifest(emitted('firefox'), 'chrome')).toContain('Chrome needs background.service_worker');
    const moduleWorker = emitted('chrome');
    moduleWorker.background = { service_worker: 'service-worker-loader.js', type: 'module' };
    expect(checkManifest(moduleWorker, 'chrome')).toEqual(['Chrome\'s worker must be a classic script, not a module']);
    const noId = emitted('firefox');
    noId.browser_specific_settings = { gecko: {} };
    expect(checkManifest(noId, 'firefox')).toContain('Firefox needs browser_specific_settings.gecko.id');
  });
});
