import type { Sender } from '../../shared/messaging.js';
import type { PageConfig, Request, ToWorker } from '../../shared/protocol.js';
import { extensionAreas } from '../../shared/settings/extension-areas.js';
import { effectiveSettings } from '../../shared/settings/store.js';
import { disclaimerFor } from '../../shared/snippets/placeholders.js';

/** `page.config`: whether SafePost runs on this site, the snippet shortcut prefix and the site's disclaimer. */
export async function pageConfig(payload: Request<ToWorker, 'page.config'>, _sender?: Sender): Promise<PageConfig> {
  const settings = await effectiveSettings(extensionAreas());
  return {
    enabled: !settings.disabledPlatforms.includes(payload.platform),
    snippetPrefix: settings.snippetPrefix,
    disclaimer: disclaimerFor(settings.engine, payload.platform),
  };
}
