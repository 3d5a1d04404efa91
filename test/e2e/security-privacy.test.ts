import type { ConsoleMessage, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInContentScript, launchChromium, type ChromeGlobal, type ExtensionBrowser } from './harness/index.js';

// Strings only this draft holds: none may surface in any console, storage area, cache, database or error.
const NAME = 'Philomena Quarterbridge';
const DOB = '07/22/1958';
const MRN = '48213977';
const SECRETS = [NAME, 'Quarterbridge', DOB, MRN];
const DRAFT = `My patient ${NAME}, DOB ${DOB}, MRN ${MRN}, was admitted today.`;
// Written on purpose, to prove each probe below really reads the place it claims to read.
const CANARY = 'canary-5c1e7a';

interface Box {
  host: string;
  box: string;
}
const BOXES: Box[] = [
  { host: 'mastodon.social', box: 'textarea.autosuggest-textarea__textarea' },
  { host: 'bsky.app', box: '.ProseMirror' },
];

let b: ExtensionBrowser;
const consoleLines: string[] = [];

function record(where: string) {
  return (message: ConsoleMessage): void => {
    consoleLines.push(`${where} ${message.type()}: ${message.text()}`);
  };
}

beforeAll(async () => {
  b = await launchChromium();
  // Every console message of every type, not only errors: a debug line with the draft leaks it too.
  b.context.on('console', (message) => record(message.page()?.url() ?? 'worker')(message));
  b.context.on('weberror', (error) => consoleLines.push(`uncaught: ${error.error().message}\n${error.error().stack ?? ''}`));
  const watch = (worker: Worker): void => {
    worker.on('console', record(`worker ${worker.url()}`));
  };
  b.context.on('serviceworker', watch);
  for (const worker of b.context.serviceWorkers()) watch(worker);
});
afterAll(async () => {
  await b?.close();
});

/**
 * Everything web storage holds for the calling origin: localStorage, sessionStorage, every IndexedDB
 * record and every Cache Storage entry with its body. Serialised into the page, so it uses only globals.
 */
async function dumpWebStorage(): Promise<string> {
  const databases: Record<string, unknown> = {};
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(info.name as string);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    for (const store of Array.from(db.objectStoreNames)) {
      databases[`${info.name}/${store}`] = await new Promise((resolve, reject) => {
        const all = db.transaction(store, 'readonly').objectStore(store).getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
    }
    db.close();
  }
  const caches: Record<string, string> = {};
  for (const name of await globalThis.caches.keys()) {
    const cache = await globalThis.caches.open(name);
    for (const request of await cache.keys()) caches[`${name} ${request.url}`] = (await (await cache.match(request))?.text()) ?? '';
  }
  return JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, databases, caches });
}

/** Leaves the canary in the calling origin's IndexedDB and Cache Storage. */
async function plantCanary(canary: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('security-probe', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('notes');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('notes', 'readwrite');
    tx.objectStore('notes').put({ note: canary }, 'probe');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  const cache = await globalThis.caches.open('security-probe');
  // Cache Storage takes only http(s) keys, also on an extension page; nothing is fetched.
  await cache.put(new Request('https://security-probe.invalid/'), new Response(canary));
}

async function dumpExtensionStorage(page: Page): Promise<string> {
  const areas = await page.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const storage = (globalThis as unknown as { chrome: { storage: { local: Area; sync: Area; session: Area } } }).chrome.storage;
    return JSON.stringify({ local: await storage.local.get(null), sync: await storage.sync.get(null), session: await storage.session.get(null) });
  });
  return areas + (await page.evaluate(dumpWebStorage));
}

function boxText(page: Page, box: string): Promise<string> {
  return page.locator(box).first().evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : el.textContent ?? ''));
}

function expectNoSecret(where: string, text: string): void {
  for (const secret of SECRETS) expect(text, `${where} holds "${secret}"`).not.toContain(secret);
}

describe('after a real typing session with PHI', () => {
  it('no console, storage area, database, cache or error anywhere holds the draft', async () => {
    const extensionPage = await b.openExtensionPage('src/options/index.html');
    await extensionPage.evaluate(plantCanary, CANARY);
    await extensionPage.evaluate((canary) => (globalThis as unknown as { chrome: { storage: { session: { set(o: object): Promise<void> } } } })
      .chrome.storage.session.set({ securityProbe: canary }), CANARY);
    await (await b.worker()).evaluate((canary) => console.debug(`worker ${canary}`), CANARY);

    const pages: Page[] = [];
    for (const { host, box } of BOXES) {
      const page = await b.openFixture(host);
      pages.push(page);
      await page.evaluate(plantCanary, CANARY);
      await page.evaluate((canary) => {
        localStorage.setItem('security-probe', canary);
        console.info(`page ${canary}`);
      }, CANARY);
      await page.locator(box).first().click();
      await page.keyboard.type(DRAFT);
      const badge = page.locator('safepost-badge').first();
      await expect.poll(() => badge.getAttribute('data-safepost-state'), { timeout: 10_000 }).toBe('block');
      // Open the panel and fix one finding: the paths that render and edit the draft run too.
      const typed = await boxText(page, box);
      await badge.getByRole('button', { name: /^SafePost: / }).click();
      await page.getByRole('button', { name: /^Redact / }).first().click();
      await expect.poll(() => boxText(page, box), { timeout: 5_000 }).not.toBe(typed);
    }
    // A worker stopped and woken mid-session must not spill what it held, either.
    await b.stopWorker();
    await pages[0]!.locator(BOXES[0]!.box).first().click();
    await pages[0]!.keyboard.type(` Again ${NAME}.`);
    await expect.poll(() => pages[0]!.locator('safepost-badge').first().getAttribute('data-safepost-state'), { timeout: 10_000 }).toBe('block');

    for (const [i, page] of pages.entries()) {
      const dump = await page.evaluate(dumpWebStorage);
      expect(dump, `${BOXES[i]!.host} probe`).toContain(CANARY);
      expectNoSecret(`${BOXES[i]!.host} web storage`, dump);
    }
    await extensionPage.reload();
    const extensionDump = await dumpExtensionStorage(extensionPage);
    expect(extensionDump.split(CANARY).length - 1, 'canary in session storage, IndexedDB and Cache Storage').toBe(3);
    expectNoSecret('the extension\'s storage', extensionDump);

    const consoleText = consoleLines.join('\n');
    expect(consoleText).toContain(`page ${CANARY}`);
    expect(consoleText).toContain(`worker ${CANARY}`);
    expectNoSecret('console output', consoleText);
    expectNoSecret('the fixture server\'s request log', JSON.stringify(b.server.requests));

    await extensionPage.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { remove(k: string): Promise<void> } } } })
      .chrome.storage.session.remove('securityProbe'));
    for (const page of [...pages, extensionPage]) await page.close();
  });
});

describe('a malformed message holding PHI', () => {
  const payloads: [string, unknown][] = [
    ['text of the wrong type', { type: 'check', payload: { text: [DRAFT], platform: 'mastodon' } }],
    ['an unknown platform named with PHI', { type: 'check', payload: { text: DRAFT, platform: NAME } }],
    ['an unexpected field named with PHI', { type: 'check', payload: { text: DRAFT, platform: 'x', [NAME]: DOB } }],
    ['an unknown type named with PHI', { type: `${NAME} ${DOB}`, payload: { text: DRAFT } }],
    ['a type that is not text', { type: { name: NAME }, payload: DRAFT }],
    ['a refused write carrying PHI', { type: 'settings.set', payload: { settings: { engine: { ownNames: [NAME] }, note: DRAFT } } }],
  ];

  it.each(payloads)('gets an error that does not echo it, from a content script: %s', async (_name, message) => {
    const page = await b.openFixture('mastodon.social');
    try {
      const answer = await evaluateInContentScript(page, b.extensionId, (m: unknown) =>
        (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(m), message);
      expect(answer).toMatchObject({ ok: false, error: expect.any(String) });
      expect((answer as { error: string }).error.length).toBeGreaterThan(10);
      expectNoSecret('the error', JSON.stringify(answer));
    } finally {
      await page.close();
    }
  });

  it('gets an error that does not echo it, from an extension page', async () => {
    const page = await b.openExtensionPage('src/options/index.html');
    try {
      const answers = await page.evaluate(async (messages) => {
        const api = (globalThis as unknown as ChromeGlobal).chrome;
        return Promise.all(messages.map((m) => api.runtime.sendMessage(m)));
      }, [
        { type: 'settings.set', payload: { settings: { version: 1, engine: { ownNames: NAME }, note: DRAFT } } },
        { type: 'snippets.save', payload: { snippet: { id: 7, title: NAME, body: DRAFT } } },
        { type: 'library.import', payload: { json: `{"format":"${NAME}", "snippets": "${DOB}"`, apply: true } },
        { type: 'check', payload: { text: DRAFT, platform: 'x', settings: { ownNames: [NAME] } } },
      ]);
      for (const [i, answer] of answers.entries()) {
        // An import answers with its own verdict (a preview of what it would change) inside `value`.
        const verdict = (answer as { ok: boolean; value?: { ok?: boolean } }).ok ? (answer as { value: unknown }).value : answer;
        expect(verdict, `message ${i}: ${JSON.stringify(answer).slice(0, 300)}`).toMatchObject({ ok: false, error: expect.any(String) });
        expectNoSecret('the error', JSON.stringify(answer));
      }
    } finally {
      await page.close();
    }
  });
});
