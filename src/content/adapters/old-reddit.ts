import type { SiteAdapter } from './types.js';
import { closestAcross } from './types.js';

/** old.reddit.com submit page and comment forms: plain `textarea` in `.usertext-edit`; send: save/submit. */
const BOX = '.usertext-edit textarea, textarea[name="text"]';
const POST = '.usertext-buttons button.save, form.submit button[name="submit"]';

export const oldRedditAdapter: SiteAdapter = {
  site: 'old-reddit',
  platform: 'reddit',
  hosts: ['old.reddit.com'],
  box: BOX,
  kind: () => 'textarea',
  container: (box) => (box.closest('.md') as HTMLElement | null) ?? box,
  isPostButton: (el) => el.closest(POST) !== null,
  scope: (box) => closestAcross(box, 'form', box.ownerDocument.body),
};
