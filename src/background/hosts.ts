/** Hosts hooked out of the box (contract.md §3); manifest.json's content script matches exactly these. */
export const SUPPORTED_HOSTS: readonly string[] = [
  'x.com', 'twitter.com', 'www.linkedin.com', 'www.facebook.com', 'www.instagram.com', 'www.threads.com',
  'www.threads.net', 'bsky.app', 'www.reddit.com', 'old.reddit.com', 'mastodon.social', 'www.doximity.com',
];

export function isSupportedHost(host: string): boolean {
  return SUPPORTED_HOSTS.includes(host);
}
