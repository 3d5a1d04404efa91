import type { EngineSettings, Platform } from '../../engine/types.js';
import { extensionAreas } from './extension-areas.js';
import { effectiveEngineSettingsFrom } from './store.js';

/** For the worker's `check` handler: the user's settings merged under the organisation's managed policy. */
export function effectiveEngineSettings(platform: Platform): Promise<EngineSettings> {
  return effectiveEngineSettingsFrom(extensionAreas(), platform);
}
