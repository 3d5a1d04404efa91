import type { Platform } from '../../src/engine/types.js';

/** How the page tests find each fixture's parts. Selectors pierce open shadow roots (Playwright CSS). */
export interface SiteCase {
  site: string;
  host: string;
  platform: Platform;
  /** The compose box to type into (the first one on the page). */
  box: string;
  /** The site's post control. */
  post: string;
  /** Buttons of the fixture that add and remove a real second editor; otherwise the test clones the box. */
  addBox?: string;
  removeBox?: string;
  /** The second box once `addBox` was used. */
  secondBox?: string;
  /** Boxes on the page as it loads (Reddit shows its rich and its markdown composer). */
  boxes?: number;
  /** Element to clone to add a box later, and remove again, when the fixture has no such buttons. */
  composer?: string;
}

export const SITE_CASES: SiteCase[] = [
  { site: 'x', host: 'x.com', platform: 'x', box: '[data-testid="tweetTextarea_0"]', post: '[data-testid="tweetButtonInline"]', addBox: '[data-testid="addButton"]', removeBox: '[data-testid="removeButton"]', secondBox: '[data-testid="tweetTextarea_1"]' },
  { site: 'linkedin', host: 'www.linkedin.com', platform: 'linkedin', box: '.ql-editor', post: 'button.share-actions__primary-action', composer: '[role="dialog"]' },
  { site: 'facebook', host: 'www.facebook.com', platform: 'facebook', box: '[data-lexical-editor="true"]', post: 'div[role="button"][aria-label="Post"]', composer: '[role="dialog"]' },
  { site: 'instagram', host: 'www.instagram.com', platform: 'instagram', box: '[data-lexical-editor="true"]', post: 'div[role="button"]:text-is("Share")', composer: '[role="dialog"]' },
  { site: 'threads', host: 'www.threads.com', platform: 'threads', box: '[data-lexical-editor="true"]', post: 'div[role="button"]:text-is("Post")', addBox: '[data-fixture="add"]', removeBox: '[data-fixture="remove"]', secondBox: 'div.part:nth-of-type(2) [data-lexical-editor="true"]' },
  { site: 'bluesky', host: 'bsky.app', platform: 'bluesky', box: '.ProseMirror', post: '[data-testid="composerPublishBtn"]', composer: '[role="dialog"]' },
  { site: 'reddit', host: 'www.reddit.com', platform: 'reddit', box: 'shreddit-composer [data-lexical-editor="true"]', post: 'button[slot="submit-button"]', composer: 'shreddit-post-composer', boxes: 2 },
  { site: 'old-reddit', host: 'old.reddit.com', platform: 'reddit', box: 'textarea[name="text"]', post: 'button.save', composer: 'form.usertext' },
  { site: 'mastodon', host: 'mastodon.social', platform: 'mastodon', box: 'textarea.autosuggest-textarea__textarea', post: '.compose-form button[type="submit"]', composer: '.compose-form' },
  { site: 'doximity', host: 'www.doximity.com', platform: 'doximity', box: '.ql-editor', post: 'button.btn-post', composer: 'form.feed-composer' },
];
