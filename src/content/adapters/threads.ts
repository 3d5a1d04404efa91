import type { SiteAdapter } from './types.js';
import { buttonLabelled, closestAcross } from './types.js';

/**
 * www.threads.com (and .net) "New thread" dialog: one Lexical box per thread part, added with
 * "Add to thread"; the send control is the dialog's "Post" button.
 */
const BOX = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

export const threadsAdapter: SiteAdapter = {
  site: 'threads',
  platform: 'threads',
  hosts: ['www.threads.com', 'www.threads.net', 'threads.com', 'threads.net'],
  box: BOX,
  kind: () => 'lexical',
  container: (box) => box.parentElement ?? box,
  isPostButton: (el) => buttonLabelled(el, ['Post']),
  scope: (box) => closestAcross(box, '[role="dialog"]', box.ownerDocument.body),
};
