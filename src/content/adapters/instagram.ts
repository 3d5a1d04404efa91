import type { SiteAdapter } from './types.js';
import { buttonLabelled, closestAcross } from './types.js';

/**
 * www.instagram.com "Create new post" caption step: a Lexical box labelled "Write a caption...";
 * the send control is the dialog's "Share" button.
 */
const BOX = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

export const instagramAdapter: SiteAdapter = {
  site: 'instagram',
  platform: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  box: BOX,
  kind: () => 'lexical',
  container: (box) => box.parentElement ?? box,
  isPostButton: (el) => buttonLabelled(el, ['Share', 'Post']),
  scope: (box) => closestAcross(box, '[role="dialog"], form', box.ownerDocument.body),
};
