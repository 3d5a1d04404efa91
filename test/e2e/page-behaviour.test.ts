import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ChromeGlobal, useExtensionBrowser } from './harness/index.js';

const PHI_DRAFT = 'My patient Maria Gonzalez, DOB 03/14/1961, came in today.';


const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 5_000, interval: 50 });

const b = useExtensionBrowser();

async function openWithDraft(host: string, site: string, box: string): Promise<Page> {
  const page = await b.openFixture(host, `dist/${site}/`);
  await page.locator(box).first().click();
  await page.keyboard.type(PHI_DRAFT);
  await poll(() => page.locator('safepost-badge').first().getAttribute('data-safepost-state')).toBe('block');
  return page;
}

const model = (page: Page) => page.evaluate(() => (window as unknown as { __editorModelText(): string }).__editorModelText());

/** Sends a `ToTab` message the way the popup does, from an extension page. */
async function toTab(page: Page, type: string, payload: object): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  const tabId = await b.tabIdOf(page);
  const worker = await b.worker();
  return worker.evaluate(
    ([id, t, p]) => (globalThis as unknown as ChromeGlobal).chrome.tabs.sendMessage(id as number, { type: t, payload: p }),
    [tabId, type, payload] as const,
  ) as Promise<{ ok: boolean; value?: unknown; error?: string }>;
}

describe('findings in the page', () => {
  it('underlines findings in a contenteditable with the Custom Highlight API, without touching the editor DOM', async () => {
    const page = await openWithDraft('bsky.app', 'bluesky', '.ProseMirror');
    const highlighted = await page.evaluate(() => {
      const h = CSS.highlights.get('safepost-block');
      return h ? [...h].map((r) => (r as Range).toString()) : [];
    });
    expect(highlighted).toContain('Maria Gonzalez');
    expect(await page.locator('.ProseMirror mark, .ProseMirror [data-safepost]').count()).toBe(0);
    await page.close();
  });

  it('marks findings of a textarea in a mirror inside the badge', async () => {
    const page = await openWithDraft('mastodon.social', 'mastodon', 'textarea');
    const marks = await page.locator('safepost-badge .mirror mark').allTextContents();
    expect(marks).toContain('Maria Gonzalez');
    await page.close();
  });

  it('is usable from the keyboard: Enter opens the panel, Tab reaches a fix, Enter applies it', async () => {
    const page = await openWithDraft('mastodon.social', 'mastodon', 'textarea');
    const badge = page.locator('safepost-badge').getByRole('button', { name: /^SafePost: / });
    await badge.focus();
    await page.keyboard.press('Enter');
    await poll(() => badge.getAttribute('aria-expanded')).toBe('true');
    const redact = page.getByRole('button', { name: 'Redact “Maria Gonzalez”' });
    for (let i = 0; i < 10 && !(await redact.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await poll(() => model(page)).not.toContain('Maria Gonzalez');
    await page.keyboard.press('Escape');
    await page.close();
  });
});

describe('strict page CSP', () => {
  it('styles the badge on a page whose policy forbids inline styles', async () => {
    b.server.route('/safepost-e2e/csp.html', [
      '<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src \'self\'; style-src \'self\'">',
      '<form class="compose-form"><div class="autosuggest-textarea"><textarea class="autosuggest-textarea__textarea"></textarea></div>',
      '<button type="submit">Post</button></form>',
    ].join(''));
    const page = await b.openFixture('mastodon.social', 'safepost-e2e/csp.html');
    const button = page.locator('safepost-badge').getByRole('button', { name: /^SafePost: / });
    await button.waitFor();
    expect(await button.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('12px');
    await page.close();
  });
});

describe('input handling', () => {
  it('checks nothing while an IME composition is open, and checks the committed text', async () => {
    const page = await b.openFixture('mastodon.social', 'dist/mastodon/');
    const badge = page.locator('safepost-badge').first();
    await page.locator('textarea').click();
    await page.keyboard.type('My patient ');
    const cdp = await page.context().newCDPSession(page);
    const composing = 'Maria Gonzalez, DOB 03/14/1961';
    await cdp.send('Input.imeSetComposition', { text: composing, selectionStart: composing.length, selectionEnd: composing.length });
    expect(await page.locator('textarea').inputValue()).toContain(composing);
    // Several debounce periods pass with identifying text in the box; the badge must not react yet.
    await page.waitForTimeout(600);
    expect(await badge.getAttribute('data-safepost-state')).toBe('clean');
    await cdp.send('Input.insertText', { text: composing });
    await poll(() => badge.getAttribute('data-safepost-state')).toBe('block');
    await cdp.detach();
    await page.close();
  });

  it('hooks a textarea inside an open shadow root and fixes it there', async () => {
    const page = await b.openFixture('www.reddit.com', 'dist/reddit/');
    const markdown = page.locator('shreddit-markdown-composer textarea');
    await markdown.click();
    await page.keyboard.type(PHI_DRAFT);
    const badge = page.locator('shreddit-markdown-composer safepost-badge');
    await poll(() => badge.getAttribute('data-safepost-state')).toBe('block');
    await badge.getByRole('button', { name: /^SafePost: / }).click();
    await badge.getByRole('button', { name: 'Redact “Maria Gonzalez”' }).click();
    await poll(() => markdown.inputValue()).not.toContain('Maria Gonzalez');
    expect(await page.locator('shreddit-composer + safepost-badge').getAttribute('data-safepost-state')).toBe('clean');
    await page.close();
  });
});

describe('post question from the keyboard', () => {
  it('asks when a div[role=button] post control is activated with Enter', async () => {
    const page = await openWithDraft('www.facebook.com', 'facebook', '[data-lexical-editor="true"]');
    await page.locator('div[role="button"][aria-label="Post"]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Post anyway' }).click();
    await poll(() => page.evaluate(() => (window as unknown as { __posted: string[] }).__posted.length)).toBe(1);
    await page.close();
  });

  it('asks when Ctrl+Enter would post from the compose box', async () => {
    const page = await openWithDraft('x.com', 'x', '[data-testid="tweetTextarea_0"]');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('button', { name: 'Fix first' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __posted: string[] }).__posted.length)).toBe(0);
    await page.close();
  });
});

describe('messages from the popup', () => {
  it('reports the draft, applies a fix and inserts text through the editor', async () => {
    const page = await openWithDraft('x.com', 'x', '[data-testid="tweetTextarea_0"]');
    const report = await toTab(page, 'draft.report', {});
    expect(report.ok).toBe(true);
    const state = report.value as { text: string; platform: string; report: { findings: { fixes: { label: string; edits: unknown[] }[] }[] } };
    expect(state.platform).toBe('x');
    expect(state.text).toBe(PHI_DRAFT);
    const redact = state.report.findings.flatMap((f) => f.fixes).find((f) => f.label === 'Redact “Maria Gonzalez”');
    expect(redact).toBeDefined();

    const applied = await toTab(page, 'draft.apply-fix', { fix: redact });
    expect(applied.ok).toBe(true);
    expect(await model(page)).not.toContain('Maria Gonzalez');

    const inserted = await toTab(page, 'draft.insert', { text: ' Thanks, team.' });
    expect(inserted.ok).toBe(true);
    expect(await model(page)).toContain('Thanks, team.');

    const stale = await toTab(page, 'draft.apply-fix', { fix: redact });
    expect(stale.ok).toBe(false);

    const picker = await toTab(page, 'picker.open', {});
    expect(picker).toEqual({ ok: true, value: true });
    await poll(() => page.locator('safepost-picker').count()).toBe(1);
    await page.close();
  });
});

describe('extension reload', () => {
  it('the orphaned script removes its badge and highlights at the next edit', async () => {
    const page = await openWithDraft('bsky.app', 'bluesky', '.ProseMirror');
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    const worker = await b.worker();
    // The worker goes away while answering, so the evaluation itself may fail.
    await worker.evaluate(() => { (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(); }).catch(() => undefined);
    await page.locator('.ProseMirror').first().click();
    await page.keyboard.type(' More.');
    await poll(() => page.locator('safepost-badge').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });
});
