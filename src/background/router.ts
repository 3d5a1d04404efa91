import { browser } from '../shared/browser.js';
import { toWorkerGuards } from '../shared/guards.js';
import { createRouter, type Handlers, type Router } from '../shared/messaging.js';
import type { ToWorker } from '../shared/protocol.js';
import { checkDraft } from './handlers/check.js';
import { exportLibrary, importLibrary } from './handlers/library.js';
import { pageConfig } from './handlers/page-config.js';
import { getSettings, setSettings } from './handlers/settings.js';
import { deleteSnippet, listSnippets, saveSnippet } from './handlers/snippets.js';
import { refusal, type Self } from './policy.js';

export const workerHandlers = {
  check: checkDraft,
  'snippets.list': listSnippets,
  'page.config': pageConfig,
  'settings.get': getSettings,
  'settings.set': setSettings,
  'snippets.save': saveSnippet,
  'snippets.delete': deleteSnippet,
  'library.import': importLibrary,
  'library.export': exportLibrary,
} satisfies Handlers<ToWorker>;

function self(): Self {
  return {
    id: browser.runtime.id,
    baseUrl: browser.runtime.getURL(''),
    hostGranted: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
  };
}

export function workerRouter(): Router {
  const identity = self();
  return createRouter<ToWorker>({
    handlers: workerHandlers,
    guards: toWorkerGuards,
    refuse: (type, sender) => refusal(type, sender, identity),
  });
}
