import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ChromeGlobal, useExtensionBrowser } from './harness/index.js';

const WAIT = { timeout: 10_000 };
const EDITORS = [
  { name: 'Lexical', host: 'www.facebook.com', site: 'facebook', box: '[data-lexical-editor="true"]', insert: 'Insert “Stroke: think F.A.S.T.”', expect: 'Face drooping' },
  { name: 'Draft.js', host: 'x.com', site: 'x', box: '[data-testid="tweetTextarea_0"]', insert: 'Insert short form of “Stroke: think F.A.S.T.”', expect: 'Spot a stroke F.A.S.T.' },
];


const b = useExtensionBrowser();

const model = (page: Page) => page.evaluate(() => (window as unknown as { __editorModelText(i: number): string | null }).__editorModelText(0));

async function openSite(host: string, site: string, box: string): Promise<Page> {
  const page = await b.openFixture(host, `dist/${site}/`);
  await page.locator(box).first().click();
  return page;
}

/** Sends a worker message from an extension page, as the options page does. */
async function ask(type: string, payload: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  const page = await b.openExtensionPage('src/options/index.html');
  const answer = await page.evaluate(([t, p]) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
  await page.close();
  return answer as { ok: boolean; value?: unknown; error?: string };
}

describe.each(EDITORS)('inserting a snippet into $name', (editor) => {
  it('lands in the editor model at the cursor', async () => {
    const page = await openSite(editor.host, editor.site, editor.box);
    await page.keyboard.type('Remember: ');
    await expect.poll(() => model(page), WAIT).toBe('Remember: ');
    const popup = await b.openPopupFor(page);
    await popup.getByRole('searchbox', { name: 'Search snippets' }).fill('stroke');
    await popup.getByRole('button', { name: editor.insert }).click();
    await expect.poll(() => model(page), WAIT).toContain(editor.expect);
    expect((await model(page))?.startsWith('Remember: ')).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('snippet checks before insert', () => {
  it('asks for fill-in fields, flags an answer with patient details and inserts only a clean one', async () => {
    const page = await openSite('mastodon.social', 'mastodon', 'textarea.autosuggest-textarea__textarea');
    const popup = await b.openPopupFor(page);
    await popup.getByRole('button', { name: 'New snippet' }).click();
    await popup.getByLabel('Title').fill('Flu clinic');
    await popup.getByLabel('Text').fill('Flu shots at {{place}} this week. {disclaimer}');
    await popup.getByRole('button', { name: 'Save snippet' }).click();
    await popup.getByRole('searchbox', { name: 'Search snippets' }).fill('flu clinic');
    await popup.getByRole('button', { name: 'Insert “Flu clinic”' }).click();

    await popup.getByLabel('place').fill('the home of my patient Maria Gonzalez, 12 Oak Street');
    await popup.getByRole('button', { name: 'Check and insert' }).click();
    await popup.getByTestId('snippet-flagged').waitFor(WAIT);
    expect(await popup.getByTestId('snippet-flagged').textContent()).toMatch(/may identify a patient/);
    await popup.getByRole('button', { name: 'Don\'t insert' }).click();
    expect(await model(page)).toBe('');

    await popup.getByRole('button', { name: 'Insert “Flu clinic”' }).click();
    await popup.getByLabel('place').fill('all our clinics');
    await popup.getByRole('button', { name: 'Check and insert' }).click();
    await expect.poll(() => model(page), WAIT).toContain('Flu shots at all our clinics this week.');
    expect(await model(page)).not.toContain('{');
    await popup.close();
    await page.close();
  });
});

const HOSTILE = [
  { id: 'hostile-img', body: '<img src=x onerror="window.__pwned=1;document.title=\'pwned\'">Wash your hands.' },
  { id: 'hostile-link', body: '<a href="javascript:window.__pwned=1">Read more</a> about sleep.' },
  { id: 'hostile-svg', body: '<svg onload="window.__pwned=1"><script>window.__pwned=1</script></svg>Sun safety.' },
  { id: 'hostile-frame', body: '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe><p>Drink water.</p>' },
];

describe('hostile snippet markup', () => {
  it('renders and inserts hostile snippets without running anything', async () => {
    for (const [i, h] of HOSTILE.entries()) {
      const saved = await ask('snippets.save', { snippet: { id: h.id, title: `Hostile ${i + 1}`, shortcut: '', body: h.body, tags: ['hostile'], origin: 'user', updatedAt: 1 } });
      expect(saved.ok, saved.error).toBe(true);
    }
    const page = await openSite('mastodon.social', 'mastodon', 'textarea.autosuggest-textarea__textarea');
    const popup = await b.openPopupFor(page);
    await popup.getByRole('button', { name: 'hostile', exact: true }).click();
    for (const [i] of HOSTILE.entries()) await popup.getByRole('button', { name: `Show text of “Hostile ${i + 1}”` }).click();
    await expect.poll(() => popup.getByTestId('snippet-preview').count()).toBe(HOSTILE.length);
    const previews = popup.getByTestId('snippet-preview');
    expect(await previews.first().textContent()).toContain('Wash your hands.');
    await popup.getByText('Read more').click();
    await popup.waitForTimeout(300);
    const danger = await popup.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      title: document.title,
      elements: document.querySelectorAll('[data-testid="snippet-preview"] :is(img, script, svg, iframe, style, object, embed)').length,
      handlers: [...document.querySelectorAll('[data-testid="snippet-preview"] *')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on'))),
      hrefs: [...document.querySelectorAll('[data-testid="snippet-preview"] a')].map((a) => a.getAttribute('href')).filter((h) => h !== null),
    }));
    expect(danger).toEqual({ pwned: undefined, title: 'SafePost', elements: 0, handlers: [], hrefs: [] });

    await popup.getByRole('button', { name: 'Insert “Hostile 1”' }).click();
    await expect.poll(() => model(page), WAIT).toBe('Wash your hands.');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('library import', () => {
  it('refuses a broken file with a clear error and leaves the library exactly as it was; a good file is previewed, then applied', async () => {
    const before = await ask('library.export', {});
    expect(before.ok).toBe(true);
    const options = await b.openExtensionPage('src/options/index.html');
    const input = options.getByLabel('Import a library file');
    const broken = JSON.stringify({ format: 'safepost-library', version: 1, snippets: [{ id: 'x', title: 'No body', shortcut: '', tags: [], origin: 'user', updatedAt: 1 }] });
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await options.getByTestId('import-error').waitFor(WAIT);
    expect(await options.getByTestId('import-error').textContent()).toBe('broken.json: Snippet 1: "body" must be non-empty text. Nothing was changed.');
    expect(await options.getByTestId('import-preview').count()).toBe(0);
    await input.setInputFiles({ name: 'garbage.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "safepost-lib') });
    await expect.poll(() => options.getByTestId('import-error').textContent(), WAIT).toMatch(/^garbage\.json: The file is not valid JSON/);
    const after = await ask('library.export', {});
    const strip = (v: unknown) => ({ ...(v as Record<string, unknown>), exportedAt: undefined });
    expect(strip(after.value)).toEqual(strip(before.value));

    const good = JSON.stringify({ format: 'safepost-library', version: 1, exportedAt: '2026-11-27T00:00:00Z', snippets: [{ id: 'imported-1', title: 'Imported tip', shortcut: 'tip', body: 'Stay active every day.', tags: ['exercise'], origin: 'user', updatedAt: 1 }] });
    await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await options.getByTestId('import-preview').waitFor(WAIT);
    expect(await options.getByTestId('import-preview').textContent()).toContain('Adds 1: Imported tip');
    const notYet = await ask('snippets.list', {});
    expect((notYet.value as { id: string }[]).some((s) => s.id === 'imported-1')).toBe(false);
    await options.getByRole('button', { name: 'Apply import' }).click();
    await expect.poll(async () => ((await ask('snippets.list', {})).value as { id: string }[]).some((s) => s.id === 'imported-1'), WAIT).toBe(true);
    await options.close();
  });
});
