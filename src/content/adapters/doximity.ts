import type { SiteAdapter } from './types.js';
import { buttonLabelled, closestAcross } from './types.js';
import { detectKind } from '../editors/index.js';

/**
 * www.doximity.com is behind a login and has no public markup reference, so its boxes are found the
 * generic way: a labelled rich-text box or a textarea inside a composer form; the send control is
 * named "Post", "Share" or "Publish".
 */
const BOX = '[role="textbox"][contenteditable="true"], .ql-editor[contenteditable="true"], form textarea';

export const doximityAdapter: SiteAdapter = {
  site: 'doximity',
  platform: 'doximity',
  hosts: ['www.doximity.com', 'doximity.com'],
  box: BOX,
  kind: detectKind,
  container: (box) => (box.closest('.ql-container') as HTMLElement | null) ?? box.parentElement ?? box,
  isPostButton: (el) => buttonLabelled(el, ['Post', 'Share', 'Publish']),
  scope: (box) => closestAcross(box, '[role="dialog"], form', box.ownerDocument.body),
};
