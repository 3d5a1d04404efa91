import type { SiteAdapter } from './types.js';
import { closestAcross } from './types.js';

/**
 * x.com home timeline, the compose dialog and reply boxes. Draft.js editor; thread parts are
 * tweetTextarea_0, _1, …; the send control is tweetButtonInline (timeline) or tweetButton (dialog).
 */
const BOX = '[data-testid^="tweetTextarea_"][role="textbox"]';
const DRAFT_ROOT = '.DraftEditor-root';
const POST = '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]';
const SCOPE = '[role="dialog"], [data-testid="primaryColumn"], main';

export const xAdapter: SiteAdapter = {
  site: 'x',
  platform: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  box: BOX,
  kind: () => 'draft',
  container: (box) => (box.closest(DRAFT_ROOT) as HTMLElement | null) ?? box,
  isPostButton: (el) => el.closest(POST) !== null,
  scope: (box) => closestAcross(box, SCOPE, box.ownerDocument.body),
};
