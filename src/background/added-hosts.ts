import { browser } from '../shared/browser.js';
import { isSupportedHost } from './hosts.js';

const SCRIPT_ID = 'safepost-added-hosts';

function hostOfPattern(pattern: string): string {
  return pattern.replace(/^https:\/\//, '').replace(/\/.*$/, '');
}

/** https origins the user granted beyond the built-in hosts (other Mastodon servers), as match patterns. */
export function addedOrigins(granted: readonly string[]): string[] {
  return granted
    .filter((p) => p.startsWith('https://') && !isSupportedHost(hostOfPattern(p)) && !hostOfPattern(p).startsWith('*'))
    .sort();
}

/**
 * Keeps one registered content script covering exactly the servers the user granted, so hooking a new
 * Mastodon server needs no extension update. Registrations persist, so this only changes anything after
 * a permission change; on a normal wake-up it is two cheap reads.
 */
export async function syncAddedHosts(): Promise<void> {
  try {
    const wanted = addedOrigins((await browser.permissions.getAll()).origins ?? []);
    const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    const have = [...(current?.matches ?? [])].sort();
    if (current && have.join('\n') === wanted.join('\n')) return;
    if (current) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (wanted.length === 0) return;
    const js = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: wanted, js, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } catch {
    // A browser without dynamic content scripts still hooks the built-in hosts; nothing else depends on this.
  }
}
