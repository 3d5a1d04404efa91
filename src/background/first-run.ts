import { browser } from '../shared/browser.js';
import { SUPPORTED_HOSTS } from './hosts.js';

/** The first-run page, as a path inside the extension (the build emits it at the same path). */
export const WELCOME_PAGE = 'src/welcome/index.html';

/**
 * On a fresh install, opens the first-run page once if the browser has not granted access to the
 * supported sites. Chromium grants host_permissions at install, so there it never opens; Firefox lets the
 * user withhold them, and without them no compose box is checked. Resolves to whether the page opened.
 */
export async function openWelcomeIfNeeded(reason: string): Promise<boolean> {
  if (reason !== 'install') return false;
  const origins = SUPPORTED_HOSTS.map((host) => `https://${host}/*`);
  let granted = false;
  try {
    granted = await browser.permissions.contains({ origins });
  } catch {
    // A browser that cannot answer gets the page: it explains and lets the user grant or confirm access.
  }
  if (granted) return false;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  return true;
}
