/**
 * Content-script entry: picks the current site's adapter, hooks its compose boxes and answers the
 * popup's `ToTab` messages. Everything else lives in page.ts and below.
 */
import { browser } from '../shared/browser.js';
import { createRouter, listen, sendToWorker } from '../shared/messaging.js';
import { toTabGuards } from '../shared/guards.js';
import type { ToTab } from '../shared/protocol.js';
import { adapterFor } from './adapters/index.js';
import { startPage } from './page.js';

const INVALIDATED = /Extension context invalidated/i;

function orphaned(error: unknown): boolean {
  let id: string | undefined;
  try {
    id = browser.runtime.id;
  } catch {
    return true;
  }
  return !id || (error instanceof Error && INVALIDATED.test(error.message));
}

function main(): void {
  const adapter = adapterFor(location.hostname);
  // Hook at once (the badge shows clean/0 as soon as a box is found); a site the user switched off is
  // released as soon as the worker says so.
  const page = startPage(adapter, document, {
    check: (text, platform) => sendToWorker('check', { text, platform }),
    orphaned,
  });
  sendToWorker('page.config', { platform: adapter.platform }).then(
    (config) => { if (!config.enabled) page.stop(); },
    (error: unknown) => { if (orphaned(error)) page.stop(); },
  );
  const extensionOrigin = browser.runtime.getURL('');
  listen(createRouter<ToTab>({
    handlers: page.handlers,
    guards: toTabGuards,
    // Only the extension's own pages and worker may read or change the draft, never another page.
    refuse: (_type, sender) => (sender.id === browser.runtime.id && (!sender.url || sender.url.startsWith(extensionOrigin))
      ? null : 'only SafePost itself may ask for the draft'),
  }));
}

main();
