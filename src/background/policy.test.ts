import { describe, expect, it } from 'vitest';
import type { Sender } from '../shared/messaging.js';
import type { ToWorker } from '../shared/protocol.js';
import { ALLOWED_SENDERS, classifySender, refusal, type Self } from './policy.js';

const self: Self = {
  id: 'safepost-id',
  baseUrl: 'chrome-extension://safepost-id/',
  hostGranted: async (origin) => origin === 'https://mastodon.example',
};
const tab = { id: 5, index: 0, highlighted: true, active: true, pinned: false, incognito: false };

const contentScript = (url: string, extra: Partial<Sender> = {}): Sender => ({ id: self.id, url, tab, frameId: 0, ...extra });
const extensionPage: Sender = { id: self.id, url: 'chrome-extension://safepost-id/src/options/index.html' };

describe('classifySender', () => {
  it('recognises the extension\'s own pages by their URL, opened as a tab or not', async () => {
    expect(await classifySender(extensionPage, self)).toBe('extension-page');
    expect(await classifySender({ ...extensionPage, tab, frameId: 0 }, self)).toBe('extension-page');
  });

  it('recognises content scripts in the top frame of supported and user-granted https hosts', async () => {
    expect(await classifySender(contentScript('https://x.com/compose/post'), self)).toBe('content-script');
    expect(await classifySender(contentScript('https://old.reddit.com/r/medicine/submit'), self)).toBe('content-script');
    expect(await classifySender(contentScript('https://mastodon.example/home'), self)).toBe('content-script');
  });

  it('trusts nothing else', async () => {
    const cases: Sender[] = [
      contentScript('https://unsupported.example/'),
      contentScript('http://x.com/'),
      contentScript('https://x.com.evil.example/'),
      contentScript('https://x.com/', { frameId: 2 }),
      contentScript('https://x.com/', { tab: undefined }),
      contentScript('https://x.com/', { id: 'another-extension' }),
      { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
      { id: self.id, url: 'chrome-extension://safepost-id.evil/' },
      { id: self.id },
      contentScript('not a url'),
    ];
    for (const sender of cases) expect(await classifySender(sender, self), JSON.stringify(sender)).toBe('unknown');
  });
});

describe('refusal', () => {
  it('lets content scripts only check, list snippets and read the page config', async () => {
    const page = contentScript('https://www.linkedin.com/feed/');
    const allowed: (keyof ToWorker)[] = [];
    for (const type of Object.keys(ALLOWED_SENDERS) as (keyof ToWorker)[]) {
      if ((await refusal(type, page, self)) === null) allowed.push(type);
    }
    expect(allowed.sort()).toEqual(['check', 'page.config', 'snippets.list']);
  });

  it('lets the extension\'s own pages send everything', async () => {
    for (const type of Object.keys(ALLOWED_SENDERS) as (keyof ToWorker)[]) {
      expect(await refusal(type, extensionPage, self)).toBeNull();
    }
  });

  it('explains a refusal by naming who may send the message and who did', async () => {
    const reason = await refusal('settings.set', contentScript('https://x.com/'), self);
    expect(reason).toBe("it may only come from SafePost's own pages, and this came from a page on a social site.");
    expect(await refusal('check', contentScript('https://unsupported.example/'), self)).toContain('an unknown sender');
  });
});
