/**
 * The service worker. It may be stopped at any moment, so every listener is registered synchronously at
 * the top level (a wake-up event must find its listener) and nothing that matters lives only in memory:
 * the settings are read from storage once per worker life and dropped whenever storage changes.
 *
 * A wake-up does as little as it can before answering: the settings read starts here, while the message
 * that woke the worker is still being delivered, and the content-script sync of added servers runs only
 * when the browser starts, the extension is installed or updated, or a permission changes (registrations
 * persist, so an ordinary wake has nothing to sync).
 */
import { browser } from '../shared/browser.js';
import { listen } from '../shared/messaging.js';
import { syncAddedHosts } from './added-hosts.js';
import { onCommand } from './commands.js';
import { openWelcomeIfNeeded } from './first-run.js';
import { reinjectOpenTabs } from './reinject.js';
import { workerRouter } from './router.js';
import { currentSettings, forgetSettings } from './settings-cache.js';

listen(workerRouter());
browser.storage.onChanged.addListener(() => forgetSettings());
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
browser.permissions.onAdded.addListener(() => void syncAddedHosts());
browser.permissions.onRemoved.addListener(() => void syncAddedHosts());
browser.runtime.onStartup.addListener(() => void syncAddedHosts());
browser.runtime.onInstalled.addListener(({ reason }) => {
  void syncAddedHosts();
  if (reason === 'install' || reason === 'update') void reinjectOpenTabs();
  void openWelcomeIfNeeded(reason);
});

void currentSettings();
