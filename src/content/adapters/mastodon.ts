import type { SiteAdapter } from './types.js';
import { closestAcross } from './types.js';

/**
 * mastodon.social and any instance the user adds (same web app): React-controlled
 * `textarea.autosuggest-textarea__textarea` in `.compose-form`; send: the form's submit button.
 */
const BOX = 'textarea.autosuggest-textarea__textarea';
const POST = '.compose-form button[type="submit"]';

export const mastodonAdapter: SiteAdapter = {
  site: 'mastodon',
  platform: 'mastodon',
  hosts: ['mastodon.social'],
  box: BOX,
  kind: () => 'textarea',
  container: (box) => (box.closest('.autosuggest-textarea') as HTMLElement | null) ?? box,
  isPostButton: (el) => el.closest(POST) !== null,
  scope: (box) => closestAcross(box, '.compose-form, form', box.ownerDocument.body),
};
