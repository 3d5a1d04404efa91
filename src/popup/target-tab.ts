import { browser } from '../shared/browser.js';

/**
 * The tab the popup serves. A real popup asks for the active tab; opened as a tab itself (tests, or
 * keyboard users who pin it) the active tab is the popup, so the target comes from `?tab=ID`.
 */
export async function targetTabId(search: string = location.search): Promise<number | undefined> {
  const params = new URLSearchParams(search);
  const given = params.get('tab') ?? params.get('tabId');
  if (given !== null) {
    const id = Number(given);
    return Number.isInteger(id) && id >= 0 ? id : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
