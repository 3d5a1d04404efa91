import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToWorker } from '../../src/shared/protocol.js';
import { evaluateInContentScript, launchChromium, UNSUPPORTED_HOST, type ChromeGlobal, type ExtensionBrowser } from './harness/index.js';

const PAGE = '/safepost-e2e/compose.html';
const HTML = '<!doctype html><title>compose</title><textarea aria-label="Compose"></textarea>';
const DRAFT = 'Saw my patient on 03/04/2024 in clinic.';
const MASTODON_BOX = 'textarea.autosuggest-textarea__textarea';

let b: ExtensionBrowser;

beforeAll(async () => {
  b = await launchChromium();
  b.server.route(PAGE, HTML);
});
afterAll(async () => {
  await b?.close();
});

/** Sends a raw message from SafePost's content script in `page`, as that script would. */
function fromContentScript(page: Page, message: unknown): Promise<unknown> {
  return evaluateInContentScript(page, b.extensionId, (m: unknown) =>
    (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(m), message);
}

/** Sends a raw message from an extension page (the options page). */
async function fromExtensionPage(message: unknown): Promise<unknown> {
  const page = await b.openExtensionPage('src/options/index.html');
  try {
    return await page.evaluate((m) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(m), message);
  } finally {
    await page.close();
  }
}

interface CheckAnswer {
  ok: boolean;
  value: { platform: string; length: { limit: number }; findings: { phiType?: string; start: number; end: number }[] };
}

describe('service worker', () => {
  it('loads the extension and answers a check from a content script on a supported host', async () => {
    const page = await b.openFixture('mastodon.social', PAGE);
    const answer = (await fromContentScript(page, { type: 'check', payload: { text: DRAFT, platform: 'mastodon' } })) as CheckAnswer;
    expect(answer).toMatchObject({ ok: true, value: { platform: 'mastodon', length: { limit: 500 } } });
    const date = answer.value.findings.find((f) => f.phiType === 'DATE');
    expect(date && DRAFT.slice(date.start, date.end)).toBe('03/04/2024');
    await page.close();
  });
});

describe('sender policy', () => {
  const extensionOnly: { [K in keyof ToWorker]?: ToWorker[K]['request'] } = {
    'settings.get': {},
    'settings.set': { settings: { version: 1, engine: { ownNames: ['Attacker'] }, disabledPlatforms: ['x'], mastodonHosts: [], snippetPrefix: '/' } as never },
    'snippets.save': { snippet: { id: 'evil', title: 'Evil', shortcut: 'evil', body: 'Injected', tags: [], origin: 'user', updatedAt: 0 } },
    'snippets.delete': { id: 'anything' },
    'library.import': { json: '{"format":"safepost-library","version":1,"snippets":[]}', apply: true },
    'library.export': {},
  };

  it('refuses every extension-only message from a content script, whatever the payload says', async () => {
    const page = await b.openFixture('x.com', PAGE);
    for (const [type, payload] of Object.entries(extensionOnly)) {
      const answer = await fromContentScript(page, { type, payload });
      expect(answer, type).toEqual({ ok: false, error: expect.stringContaining(`"${type}" was refused: it may only come from SafePost's own pages`) });
    }
    // What a content script does need still works from the same page.
    expect(await fromContentScript(page, { type: 'page.config', payload: { platform: 'x' } })).toMatchObject({ ok: true, value: { enabled: true } });
    expect(await fromContentScript(page, { type: 'snippets.list', payload: {} })).toMatchObject({ ok: true, value: expect.any(Array) });
    await page.close();
  });

  it('lets the extension\'s own pages read settings, and a refused write changed nothing', async () => {
    const answer = (await fromExtensionPage({ type: 'settings.get', payload: {} })) as { ok: boolean; value: { settings: { disabledPlatforms: string[]; engine: { ownNames: string[] } } } };
    expect(answer.ok).toBe(true);
    expect(answer.value.settings.disabledPlatforms).not.toContain('x');
    expect(answer.value.settings.engine.ownNames).not.toContain('Attacker');
    const snippets = (await fromExtensionPage({ type: 'snippets.list', payload: {} })) as { ok: boolean; value: { id: string }[] };
    expect(snippets.ok).toBe(true);
    expect(snippets.value.map((s) => s.id)).not.toContain('evil');
  });

  it('gives a page script no way to message the extension', async () => {
    const page = await b.openFixture('x.com', PAGE);
    const result = await page.evaluate(async (id) => {
      const api = (globalThis as unknown as Partial<ChromeGlobal>).chrome;
      if (typeof api?.runtime?.sendMessage !== 'function') return 'no runtime messaging in the page';
      try {
        return await api.runtime.sendMessage(id, { type: 'settings.set', payload: { settings: { version: 1 } } });
      } catch (error) {
        return `threw: ${String(error)}`;
      }
    }, b.extensionId);
    expect(result).not.toMatchObject({ ok: true });
    expect(typeof result).toBe('string');
    await page.close();
  });

  it('runs no content script on a host it does not support, so nothing there can send a check', async () => {
    const page = await b.openFixture(UNSUPPORTED_HOST, PAGE);
    await expect(evaluateInContentScript(page, b.extensionId, () => 1, null, { timeoutMs: 1_500 })).rejects.toThrow('is not running');
    await page.close();
  });

  it('rejects malformed messages with an error that names the problem', async () => {
    const page = await b.openFixture('mastodon.social', PAGE);
    const cases: [unknown, string][] = [
      [{ type: 'check', payload: { text: 42, platform: 'mastodon' } }, '"check" was refused: payload.text must be text, not a number.'],
      [{ type: 'check', payload: { text: 'hi', platform: 'myspace' } }, '"check" was refused: payload.platform must be one of'],
      [{ type: 'check', payload: { text: 'hi', platform: 'x', extra: 1 } }, 'payload has an unexpected field "extra"'],
      [{ type: 'check' }, 'not a SafePost { type, payload } envelope'],
      ['check', 'not a SafePost { type, payload } envelope'],
      [{ type: 'admin.reset', payload: {} }, 'Unknown message type "admin.reset".'],
    ];
    for (const [message, error] of cases) {
      expect(await fromContentScript(page, message), JSON.stringify(message)).toEqual({ ok: false, error: expect.stringContaining(error) });
    }
    await page.close();
  });
});

/** Leaves a mark on the running worker's global, so a test can tell a restarted worker from the old one. */
async function markWorker(): Promise<void> {
  await (await b.worker()).evaluate(() => {
    (globalThis as Record<string, unknown>).__safepostTestMark = 'before stop';
  });
}
async function workerMark(): Promise<unknown> {
  return (await b.worker()).evaluate(() => (globalThis as Record<string, unknown>).__safepostTestMark ?? 'fresh');
}

describe('a stopped service worker', () => {
  it('answers the next check after being stopped in the middle of typing', async () => {
    const page = await b.openFixture('mastodon.social');
    const box = page.locator(MASTODON_BOX).first();
    const badge = page.locator('safepost-badge').first();
    await box.click();
    await page.keyboard.type('Great conference this week ');
    await expect.poll(() => badge.getAttribute('data-safepost-state'), { timeout: 5_000 }).toBe('clean');

    await markWorker();
    await b.stopWorker();

    await page.keyboard.type('with my patient Maria Gonzalez, DOB 03/14/1961.');
    await expect.poll(() => badge.getAttribute('data-safepost-state'), { timeout: 10_000 }).toBe('block');
    expect(Number(await badge.getAttribute('data-safepost-count'))).toBeGreaterThan(0);
    expect(await workerMark()).toBe('fresh');
    await page.close();
  });

  it('answers a direct check after being stopped twice in a row', async () => {
    const page = await b.openFixture('mastodon.social', PAGE);
    for (let round = 0; round < 2; round++) {
      await markWorker();
      await b.stopWorker();
      const answer = (await fromContentScript(page, { type: 'check', payload: { text: DRAFT, platform: 'mastodon' } })) as CheckAnswer;
      expect(answer.ok, `round ${round}`).toBe(true);
      expect(answer.value.findings.some((f) => f.phiType === 'DATE')).toBe(true);
      expect(await workerMark(), `round ${round}`).toBe('fresh');
    }
    await page.close();
  });
});
