import type { SiteAdapter } from './types.js';
import { closestAcross } from './types.js';

/**
 * bsky.app composer (social-app RichTextInputWeb): TipTap/ProseMirror
 * `.ProseMirror[role=textbox]` labelled "Rich-Text Editor"; send: composerPublishBtn.
 */
const BOX = '.ProseMirror[role="textbox"][contenteditable="true"]';
const POST = '[data-testid="composerPublishBtn"]';

export const blueskyAdapter: SiteAdapter = {
  site: 'bluesky',
  platform: 'bluesky',
  hosts: ['bsky.app'],
  box: BOX,
  kind: () => 'prosemirror',
  container: (box) => box.parentElement ?? box,
  isPostButton: (el) => el.closest(POST) !== null,
  scope: (box) => closestAcross(box, '[role="dialog"]', box.ownerDocument.body),
};
