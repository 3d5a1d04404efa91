import type { Sender } from '../../shared/messaging.js';
import type { Request, SettingsView, ToWorker } from '../../shared/protocol.js';
import { extensionAreas } from '../../shared/settings/extension-areas.js';
import { saveSettings, settingsView } from '../../shared/settings/store.js';
import { forgetSettings } from '../settings-cache.js';

/** `settings.get`: the user's own settings, what the organisation locked, where they are kept. */
export async function getSettings(_payload: Request<ToWorker, 'settings.get'>, _sender?: Sender): Promise<SettingsView> {
  return settingsView(extensionAreas());
}

/** `settings.set`: refused whole, with each problem named, when any part is invalid. */
export async function setSettings(payload: Request<ToWorker, 'settings.set'>, _sender?: Sender): Promise<SettingsView> {
  const areas = extensionAreas();
  await saveSettings(areas, payload.settings);
  // Before the storage event arrives: the next check in this worker already uses what was saved.
  forgetSettings();
  return settingsView(areas);
}
