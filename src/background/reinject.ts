import { browser } from '../shared/browser.js';

const ADDED_HOSTS_SCRIPT = 'safepost-added-hosts';

/** A manifest content-script entry, as far as injecting it again needs (`world` is Chromium's MV3 key). */
interface ScriptEntry {
  matches: string[];
  js?: string[];
  world?: string;
}

interface Injection {
  matches: string[];
  files: string[];
}

/**
 * The isolated-world content scripts with the pages they match. The MAIN-world helper is left out: the
 * copy injected at page load still runs (the page's own world outlives an extension update), and a second
 * copy would answer every write request twice.
 */
export function isolatedInjections(
  scripts: readonly ScriptEntry[],
  added: readonly { matches?: string[]; js?: string[] }[],
): Injection[] {
  const fromManifest = scripts
    .filter((s) => s.world !== 'MAIN')
    .map((s) => ({ matches: s.matches, files: s.js ?? [] }));
  const fromAdded = added.map((s) => ({ matches: s.matches ?? [], files: s.js ?? [] }));
  return [...fromManifest, ...fromAdded].filter((i) => i.matches.length > 0 && i.files.length > 0);
}

/**
 * Chromium starts an installed or updated extension's content scripts only in pages loaded afterwards, so
 * compose boxes already open would stay unchecked (the old script went away with the old extension).
 * This injects the content script into every matching open tab; the new copy tells any older copy to
 * remove its UI, or leaves the tab alone when a copy of the current extension already runs there (a tab
 * that loaded after the install), so each box ends with one badge. Firefox injects into open tabs itself,
 * so it is skipped.
 */
export async function reinjectOpenTabs(): Promise<number> {
  if (typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function') return 0;
  let added: { matches?: string[]; js?: string[] }[] = [];
  try {
    added = await browser.scripting.getRegisteredContentScripts({ ids: [ADDED_HOSTS_SCRIPT] });
  } catch {
    // Without dynamic registrations only the built-in hosts are re-hooked.
  }
  let injected = 0;
  for (const { matches, files } of isolatedInjections(browser.runtime.getManifest().content_scripts ?? [], added)) {
    const tabs = await browser.tabs.query({ url: matches });
    await Promise.all(tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files });
        injected += 1;
      } catch {
        // A tab still loading, showing an error page or closed meanwhile gets its script at its next load.
      }
    }));
  }
  return injected;
}
