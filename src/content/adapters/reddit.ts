import type { SiteAdapter } from './types.js';
import { closestAcross } from './types.js';

/**
 * www.reddit.com (shreddit): the rich-text composer is a Lexical box slotted into `shreddit-composer`;
 * markdown mode is a textarea inside `shreddit-markdown-composer`'s open shadow root. The send control
 * is the submit button slotted into the composer or the post form's submit button.
 */
const BOX = 'shreddit-composer [contenteditable="true"][data-lexical-editor="true"], shreddit-composer textarea';
const SHADOW_HOSTS = 'shreddit-markdown-composer, shreddit-composer';
const SHADOW_BOX = 'textarea, [contenteditable="true"][data-lexical-editor="true"]';
const POST = 'button[slot="submit-button"], #submit-post-button, button[type="submit"]';
const SCOPE = 'shreddit-composer, shreddit-post-composer, form';

export const redditAdapter: SiteAdapter = {
  site: 'reddit',
  platform: 'reddit',
  hosts: ['www.reddit.com', 'reddit.com', 'new.reddit.com', 'sh.reddit.com'],
  box: BOX,
  shadowHosts: SHADOW_HOSTS,
  shadowBox: SHADOW_BOX,
  kind: (box) => (box instanceof HTMLTextAreaElement ? 'textarea' : 'lexical'),
  container: (box) => box.parentElement ?? box,
  isPostButton: (el) => el.closest(POST) !== null,
  scope: (box) => closestAcross(box, SCOPE, box.ownerDocument.body),
};
