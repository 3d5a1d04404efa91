import type { SiteAdapter } from './types.js';
import { xAdapter } from './x.js';
import { linkedinAdapter } from './linkedin.js';
import { facebookAdapter } from './facebook.js';
import { instagramAdapter } from './instagram.js';
import { threadsAdapter } from './threads.js';
import { blueskyAdapter } from './bluesky.js';
import { redditAdapter } from './reddit.js';
import { oldRedditAdapter } from './old-reddit.js';
import { mastodonAdapter } from './mastodon.js';
import { doximityAdapter } from './doximity.js';

export const ADAPTERS: readonly SiteAdapter[] = [
  xAdapter, linkedinAdapter, facebookAdapter, instagramAdapter, threadsAdapter, blueskyAdapter,
  redditAdapter, oldRedditAdapter, mastodonAdapter, doximityAdapter,
];

/**
 * The adapter for `hostname`. The content script only runs on the built-in hosts and on Mastodon
 * servers the user added, so an unknown host is one of those servers.
 */
export function adapterFor(hostname: string): SiteAdapter {
  const host = hostname.toLowerCase();
  return ADAPTERS.find((a) => a.hosts.includes(host)) ?? mastodonAdapter;
}
