import { describe, expect, it, vi } from 'vitest';

vi.mock('../browser.js', () => ({ browser: {} }));
const { hostPattern, parseHost } = await import('./host-access.js');

describe('adding a Mastodon server', () => {
  it('accepts a typed address and reduces it to its host', () => {
    expect(parseHost(' https://Med-Mastodon.com/home ')).toEqual({ ok: true, host: 'med-mastodon.com' });
    expect(hostPattern('med-mastodon.com')).toBe('https://med-mastodon.com/*');
  });

  it('explains what is wrong with an address it cannot use', () => {
    expect(parseHost('')).toMatchObject({ ok: false, error: expect.stringMatching(/Type the server/) });
    expect(parseHost('localhost')).toMatchObject({ ok: false, error: expect.stringMatching(/not a server address/) });
    expect(parseHost('*.social')).toMatchObject({ ok: false });
  });
});
