import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_HOSTS } from '../../src/background/hosts.js';

// Least privilege, checked on what ships (dist/), not on the source manifest: the build tool could add
// permissions, web-accessible resources or a CSP of its own, and that is what a store reviews.
type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; all_frames?: boolean; match_about_blank?: boolean }[];
};

const BROWSERS = ['chrome', 'firefox'] as const;

function built(browser: (typeof BROWSERS)[number]): Manifest {
  const path = new URL(`../../dist/${browser}/manifest.json`, import.meta.url);
  if (!existsSync(path)) throw new Error(`dist/${browser}/manifest.json is missing: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

describe.each(BROWSERS)('the built %s manifest', (browser) => {
  const manifest = built(browser);

  it('asks for exactly storage and scripting, and host access to exactly the supported sites', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['scripting', 'storage']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(SUPPORTED_HOSTS.map((host) => `https://${host}/*`).sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('offers only https hosts as optional, for a Mastodon server the user adds', () => {
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('runs content scripts only in the top frame of the supported hosts', () => {
    const expected = SUPPORTED_HOSTS.map((host) => `https://${host}/*`).sort();
    expect(manifest.content_scripts?.length).toBeGreaterThan(0);
    for (const script of manifest.content_scripts ?? []) {
      expect([...(script.matches ?? [])].sort()).toEqual(expected);
      expect(script.all_frames ?? false).toBe(false);
      expect(script.match_about_blank ?? false).toBe(false);
    }
  });

  it('opens nothing to pages or other extensions and keeps the default CSP', () => {
    for (const key of ['externally_connectable', 'content_security_policy', 'web_accessible_resources', 'update_url', 'key', 'sandbox']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
  });

  it('names no permission that reads browsing data anywhere in the file', () => {
    const text = JSON.stringify(manifest);
    for (const word of ['<all_urls>', '"tabs"', 'webRequest', '"cookies"', '"history"', '"debugger"', 'nativeMessaging', '*://*/*', 'http://']) {
      expect(text, word).not.toContain(word);
    }
  });
});
