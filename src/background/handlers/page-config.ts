import type { Sender } from '../../shared/messaging.js';
import type { PageConfig, Request, ToWorker } from '../../shared/protocol.js';
import { disclaimerFor } from '../../shared/snippets/placeholders.js';
import { currentSettings } from '../settings-cache.js';
import { warmEngineSoon } from '../warm-up.js';

/** `page.config`: whether SafePost runs on this site, the snippet shortcut prefix and the site's disclaimer. */
export async function pageConfig(payload: Request<ToWorker, 'page.config'>, _sender?: Sender): Promise<PageConfig> {
  const settings = await currentSettings();
  const enabled = !settings.disabledPlatforms.includes(payload.platform);
  // A page with a compose box asks this first: its checks follow, so the engine's first use is paid now.
  if (enabled) warmEngineSoon(payload.platform, async () => (await currentSettings()).engine);
  return { enabled, snippetPrefix: settings.snippetPrefix, disclaimer: disclaimerFor(settings.engine, payload.platform) };
}
