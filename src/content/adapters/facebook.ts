import type { SiteAdapter } from './types.js';
import { buttonLabelled, closestAcross } from './types.js';

/**
 * www.facebook.com "Create post" dialog and comment boxes: Lexical
 * (`div[role=textbox][data-lexical-editor=true]`). The send control is a `div[role=button]` named "Post".
 */
const BOX = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  platform: 'facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com'],
  box: BOX,
  kind: () => 'lexical',
  container: (box) => box.parentElement ?? box,
  isPostButton: (el) => buttonLabelled(el, ['Post', 'Comment']),
  scope: (box) => closestAcross(box, '[role="dialog"], form', box.ownerDocument.body),
};
