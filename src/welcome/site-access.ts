import { SUPPORTED_HOSTS } from '../background/hosts.js';
import { browser } from '../shared/browser.js';

/** Match patterns of the sites SafePost checks out of the box; the manifest's host_permissions equal these. */
export const SUPPORTED_ORIGINS: readonly string[] = SUPPORTED_HOSTS.map((host) => `https://${host}/*`);

export type AccessState = 'checking' | 'granted' | 'missing' | 'unknown';

export async function readAccess(): Promise<AccessState> {
  try {
    return (await browser.permissions.contains({ origins: [...SUPPORTED_ORIGINS] })) ? 'granted' : 'missing';
  } catch {
    return 'unknown';
  }
}

/**
 * Asks the browser for the supported sites. Must be called straight from a click handler, before any
 * await: browsers only show the permission prompt for a user gesture.
 */
export function requestAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: [...SUPPORTED_ORIGINS] });
}
