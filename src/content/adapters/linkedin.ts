import type { SiteAdapter } from './types.js';
import { closestAcross } from './types.js';

/**
 * www.linkedin.com feed "Start a post" dialog and comment boxes: Quill 1 (`.ql-editor` inside
 * `.ql-container`, whose `__quill` the page-world script uses). Send: share-actions__primary-action
 * ("Post") in the dialog, comments-comment-box__submit-button for comments.
 */
const BOX = '.ql-editor[contenteditable="true"]';
const POST = 'button.share-actions__primary-action, button.comments-comment-box__submit-button';
const SCOPE = '[role="dialog"], form, .comments-comment-box';

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  platform: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  box: BOX,
  kind: () => 'quill1',
  container: (box) => (box.closest('.ql-container') as HTMLElement | null) ?? box,
  isPostButton: (el) => el.closest(POST) !== null,
  scope: (box) => closestAcross(box, SCOPE, box.ownerDocument.body),
};
