/**
 * The service worker. It may be stopped at any moment, so every listener is registered synchronously at
 * the top level (a wake-up event must find its listener) and nothing that matters lives in memory: each
 * handler reads what it needs from storage. Start-up does no heavy work, so a sleeping worker answers
 * its first `check` without waiting for anything.
 */
import { browser } from '../shared/browser.js';
import { listen } from '../shared/messaging.js';
import { syncAddedHosts } from './added-hosts.js';
import { onCommand } from './commands.js';
import { openWelcomeIfNeeded } from './first-run.js';
import { reinjectOpenTabs } from './reinject.js';
import { workerRouter } from './router.js';

listen(workerRouter());
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
browser.permissions.onAdded.addListener(() => void syncAddedHosts());
browser.permissions.onRemoved.addListener(() => void syncAddedHosts());
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install' || reason === 'update') void reinjectOpenTabs();
  void openWelcomeIfNeeded(reason);
});

/** The one start-up task: content scripts for added servers match the granted permissions. */
export const started: Promise<void> = syncAddedHosts();
