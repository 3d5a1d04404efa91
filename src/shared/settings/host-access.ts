import { browser } from '../browser.js';
import { isHostName } from './guards.js';

/** The match pattern SafePost asks for to check posts on a Mastodon server the user adds. */
export function hostPattern(host: string): string {
  return `https://${host}/*`;
}

/** Normalises what the user typed ("https://Med.Social/home") to a host name, or explains why not. */
export function parseHost(input: string): { ok: true; host: string } | { ok: false; error: string } {
  const trimmed = input.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  if (!trimmed) return { ok: false, error: 'Type the server’s address, e.g. med-mastodon.com.' };
  if (!isHostName(trimmed)) return { ok: false, error: `“${trimmed.slice(0, 80)}” is not a server address like med-mastodon.com.` };
  return { ok: true, host: trimmed };
}

/**
 * Asks the browser for access to one server. Must be called straight from the user's click (browsers
 * refuse permission prompts otherwise). Once granted, the worker registers the content script for it.
 */
export function requestHostAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [hostPattern(host)] });
}

export function releaseHostAccess(host: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [hostPattern(host)] });
}

export function hasHostAccess(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [hostPattern(host)] });
}
