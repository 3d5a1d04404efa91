import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInContentScript, launchChromium, type ChromeGlobal, type ExtensionBrowser } from './harness/index.js';

const PAGE = '/safepost-e2e/compose.html';
const HTML = '<!doctype html><title>compose</title><textarea aria-label="Compose"></textarea>';
const DRAFT = 'Saw my patient on 03/04/2024 in clinic.';

let b: ExtensionBrowser;

beforeAll(async () => {
  b = await launchChromium();
  b.server.route(PAGE, HTML);
});
afterAll(async () => {
  await b?.close();
});

function sendCheck(page: Parameters<typeof evaluateInContentScript>[0], text: string): Promise<unknown> {
  return evaluateInContentScript(page, b.extensionId, (draft: string) =>
    (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'check', payload: { text: draft, platform: 'mastodon' } }), text);
}

describe('service worker', () => {
  it('loads the extension and answers a check from a content script on a supported host', async () => {
    const page = await b.openFixture('mastodon.social', PAGE);
    const answer = await sendCheck(page, DRAFT);
    expect(answer).toMatchObject({ ok: true, value: { platform: 'mastodon', length: { limit: 500 } } });
    const report = (answer as { value: { findings: { phiType?: string; start: number; end: number }[] } }).value;
    const date = report.findings.find((f) => f.phiType === 'DATE');
    expect(date && DRAFT.slice(date.start, date.end)).toBe('03/04/2024');
    await page.close();
  });
});
