import { describe, expect, it, vi } from 'vitest';

vi.mock('../shared/browser.js', () => ({ browser: {} }));
const { addedOrigins } = await import('./added-hosts.js');

describe('addedOrigins', () => {
  it('keeps only https servers the user added, not the built-in hosts or wildcards', () => {
    const granted = [
      'https://x.com/*',
      'https://mastodon.social/*',
      'https://mastodon.example/*',
      'https://med.social/*',
      'http://insecure.example/*',
      'https://*/*',
      'https://*.example/*',
    ];
    expect(addedOrigins(granted)).toEqual(['https://mastodon.example/*', 'https://med.social/*']);
  });
});
