import { isPlatform, type Platform } from '../../../engine/types.js';
import { isRecord, isStringArray } from '../guards.js';
import type { Migration } from './migration.js';

/** Host names the unversioned settings used for switched-off sites. */
const HOST_PLATFORMS: Record<string, Platform> = {
  'x.com': 'x', 'twitter.com': 'x', 'www.linkedin.com': 'linkedin', 'linkedin.com': 'linkedin',
  'www.facebook.com': 'facebook', 'facebook.com': 'facebook', 'www.instagram.com': 'instagram',
  'www.threads.net': 'threads', 'www.threads.com': 'threads', 'bsky.app': 'bluesky',
  'www.reddit.com': 'reddit', 'old.reddit.com': 'reddit', 'mastodon.social': 'mastodon',
  'www.doximity.com': 'doximity',
};

/**
 * Version 0 → 1: the unversioned shape (`ownName`, one `disclaimer` for every site, `disabledSites` by
 * host, `prefix`) becomes the versioned one with engine settings. Anything it cannot read is left for
 * validation to reset, so nothing readable is dropped here.
 */
export const migration001: Migration = {
  to: 1,
  description: 'Unversioned settings to the versioned shape with engine settings',
  up(value) {
    if (!isRecord(value)) return value;
    const ownNames = typeof value.ownName === 'string' && value.ownName.trim() ? [value.ownName.trim()] : [];
    const disclaimers = typeof value.disclaimer === 'string' && value.disclaimer.trim()
      ? { generic: { long: value.disclaimer.trim() } }
      : {};
    const disabledPlatforms = isStringArray(value.disabledSites)
      ? [...new Set(value.disabledSites.map((h) => HOST_PLATFORMS[h.toLowerCase()] ?? h).filter(isPlatform))]
      : [];
    const out: Record<string, unknown> = {
      version: 1,
      engine: { ownNames, disclaimers },
      disabledPlatforms,
      mastodonHosts: [],
    };
    if (typeof value.prefix === 'string') out.snippetPrefix = value.prefix;
    return out;
  },
};
