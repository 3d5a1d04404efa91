import type { EngineSettings, Platform } from '../../engine/types.js';

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
