/**
 * Content-script entry: picks the current site's adapter, hooks its compose boxes and answers the
 * popup's `ToTab` messages. Everything else lives in page.ts and below.
 */
import { browser } from '../shared/browser.js';
import { createRouter, listen, sendToWorker } from '../shared/messaging.js';
import { toTabGuards } from '../shared/guards.js';
import type { ToTab } from '../shared/protocol.js';
import type { PageConfig } from '../shared/protocol.js';
import type { Platform } from '../engine/types.js';
import { adapterFor } from './adapters/index.js';
import { claimPage, startPage } from './page.js';
import { attachSnippetShortcuts } from './snippets/attach.js';
import { openPicker, type PickerDeps } from './snippets/mount.js';

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

const check = (text: string, platform: Platform) => sendToWorker('check', { text, platform });

function pickerDeps(platform: Platform, config: PageConfig | null): PickerDeps {
  return { platform, disclaimer: config?.disclaimer ?? '', check, snippets: () => sendToWorker('snippets.list', {}) };
}

function main(): void {
  // Injected into a page that a live copy already serves (see claimPage): leave it to that copy.
  if (!claimPage()) return;
  const adapter = adapterFor(location.hostname);
  let config: PageConfig | null = null;
  // Hook at once (the badge shows clean/0 as soon as a box is found); a site the user switched off is
  // released as soon as the worker says so.
  const page = startPage(adapter, document, {
    check,
    orphaned,
    openPicker: async (editor) => {
      await openPicker(document, editor, pickerDeps(adapter.platform, config));
      return true;
    },
    // `page.config` is the cheapest question the worker answers, and it tells the worker a check is near.
    wake: () => {
      sendToWorker('page.config', { platform: adapter.platform }).catch((error: unknown) => { if (orphaned(error)) page.stop(); });
    },
  });
  sendToWorker('page.config', { platform: adapter.platform }).then(
    (answer) => {
      config = answer;
      if (!answer.enabled) { page.stop(); return; }
      attachSnippetShortcuts(document, page.editorFor, { ...pickerDeps(adapter.platform, answer), prefix: answer.snippetPrefix }, page.signal);
    },
    (error: unknown) => { if (orphaned(error)) page.stop(); },
  );
  const extensionOrigin = browser.runtime.getURL('');
  listen(createRouter<ToTab>({
    handlers: page.handlers,
    guards: toTabGuards,
    // Only the extension's own pages and worker may read or change the draft, never another page.
    refuse: (_type, sender) => (sender.id === browser.runtime.id && (!sender.url || sender.url.startsWith(extensionOrigin))
      ? null : 'only SafePost itself may ask for the draft'),
  }), page.signal);
}

main();
