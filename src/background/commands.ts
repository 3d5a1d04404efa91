import { browser, type Tabs } from '../shared/browser.js';
import { sendToTab } from '../shared/messaging.js';

export const OPEN_PICKER_COMMAND = 'open-snippet-picker';

/** The keyboard shortcut: ask the active tab's content script to open its snippet picker. */
export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== OPEN_PICKER_COMMAND) return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined) return;
  try {
    await sendToTab(target.id, 'picker.open', {});
  } catch {
    // The active tab is not a supported site (or loaded before SafePost): the shortcut does nothing there.
  }
}
