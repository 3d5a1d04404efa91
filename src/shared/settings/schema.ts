import { DEFAULT_SETTINGS, type EngineSettings, type Platform } from '../../engine/types.js';

/** The schema version this build writes; older stored values are migrated up to it (see migrations/). */
export const SETTINGS_VERSION = 1;

/** The user's settings as stored (schema version in `version`; see migrations/). */
export interface Settings {
  version: number;
  engine: EngineSettings;
  /** Sites switched off by the user. */
  disabledPlatforms: Platform[];
  /** Extra Mastodon servers the user added (host names), hooked through optional permissions. */
  mastodonHosts: string[];
  snippetPrefix: string;
}

/**
 * What the first releases kept under the same storage key, with no version: one own name, one
 * disclaimer for every site and the switched-off sites by host name. Migration 1 reads it.
 */
export interface UnversionedSettings {
  ownName?: string;
  disclaimer?: string;
  disabledSites?: string[];
  prefix?: string;
}

export const DEFAULT_SNIPPET_PREFIX = '/';

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    engine: structuredClone(DEFAULT_SETTINGS),
    disabledPlatforms: [],
    mastodonHosts: [],
    snippetPrefix: DEFAULT_SNIPPET_PREFIX,
  };
}
