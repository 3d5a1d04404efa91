// What an emitted manifest must and must not hold (contract.md §3–§4): content scripts only on the
// supported hosts, host access to exactly those, no permission that reads browsing data, no remote code or update channel of its own.

export const SUPPORTED_HOSTS = [
  'x.com', 'twitter.com', 'www.linkedin.com', 'www.facebook.com', 'www.instagram.com', 'www.threads.com',
  'www.threads.net', 'bsky.app', 'www.reddit.com', 'old.reddit.com', 'mastodon.social', 'www.doximity.com',
];

const FORBIDDEN_PERMISSIONS = ['tabs', 'webRequest', 'webRequestBlocking', 'cookies', 'history', 'debugger', 'webNavigation', '<all_urls>'];
const FORBIDDEN_KEYS = ['externally_connectable', 'update_url', 'content_security_policy'];

/** Problems with `manifest` as built for `browser` ('chrome' | 'firefox'); empty when it is fine. */
export function checkManifest(manifest, browser) {
  const problems = [];
  if (manifest.manifest_version !== 3) problems.push('manifest_version must be 3');
  for (const key of FORBIDDEN_KEYS) if (key in manifest) problems.push(`"${key}" must not be set`);
  const permissions = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
  for (const p of permissions) if (FORBIDDEN_PERMISSIONS.includes(p)) problems.push(`permission "${p}" is not allowed`);
  if (!permissions.includes('storage')) problems.push('the "storage" permission is missing');

  // Host access up front is exactly the content-script hosts: no install warning beyond the content
  // scripts, and the worker may inject into those tabs after an update.
  const expected = new Set(SUPPORTED_HOSTS.map((host) => `https://${host}/*`));
  const hosts = manifest.host_permissions ?? [];
  for (const h of hosts) if (!expected.has(h)) problems.push(`host_permissions holds "${h}", which is not a supported host`);
  for (const h of expected) if (!hosts.includes(h)) problems.push(`host_permissions lacks "${h}"`);
  const matches = (manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
  for (const m of matches) if (!expected.has(m)) problems.push(`content script matches "${m}", which is not a supported host`);
  for (const m of expected) if (!matches.includes(m)) problems.push(`content script does not match "${m}"`);

  const background = manifest.background ?? {};
  if (browser === 'chrome') {
    if (typeof background.service_worker !== 'string') problems.push('Chrome needs background.service_worker');
    // A classic worker starts faster than a module one (scripts/build-classic-worker.mjs).
    if (background.type === 'module') problems.push('Chrome\'s worker must be a classic script, not a module');
    if ('scripts' in background) problems.push('Chrome build must not carry background.scripts');
    if ('browser_specific_settings' in manifest) problems.push('Chrome build must not carry browser_specific_settings');
  } else {
    if (!Array.isArray(background.scripts) || background.scripts.length === 0) problems.push('Firefox needs background.scripts');
    const gecko = manifest.browser_specific_settings?.gecko;
    if (!gecko?.id) problems.push('Firefox needs browser_specific_settings.gecko.id');
    if (!gecko?.strict_min_version) problems.push('Firefox needs browser_specific_settings.gecko.strict_min_version');
  }
  if (typeof manifest.storage?.managed_schema !== 'string') problems.push('storage.managed_schema is missing');
  return problems;
}
