import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './harness/index.js';
import { measure } from '../../src/engine/platform.js';
import { LIMITS } from '../../src/engine/platform.js';
import { SITE_CASES, type SiteCase } from './site-cases.js';

const PHI_DRAFT = 'My patient Maria Gonzalez, DOB 03/14/1961, came in today.';
const CLEAN_DRAFT = 'Great conference this week with colleagues.';
const ADVICE_DRAFT = 'Flu shots are available now. Talk to your doctor.';


/** contract.md §3: the badge shows an edit's result within 3 s; the worker may be waking up. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 5_000, interval: 50 });

const b = useExtensionBrowser();

/** Console errors and uncaught exceptions per page: contract.md §3 allows none in normal use. */
const consoleErrors = new WeakMap<Page, string[]>();

async function open(c: SiteCase): Promise<Page> {
  const page = await b.context.newPage();
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`https://${c.host}/dist/${c.site}/`);
  await page.locator(c.box).first().waitFor();
  return page;
}

async function close(page: Page): Promise<void> {
  const errors = consoleErrors.get(page) ?? [];
  await page.close();
  expect(errors).toEqual([]);
}

const badges = (page: Page) => page.locator('safepost-badge');
const stateOf = (page: Page, i = 0) => badges(page).nth(i).getAttribute('data-safepost-state');
const countOf = (page: Page, i = 0) => badges(page).nth(i).getAttribute('data-safepost-count');
const model = (page: Page, i = 0) => page.evaluate((n) => (window as unknown as { __editorModelText(i: number): string | null }).__editorModelText(n), i);
const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: string[] }).__posted);

async function type(page: Page, c: SiteCase, text: string, replace = false): Promise<void> {
  await page.locator(c.box).first().click();
  if (replace) {
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
  }
  await page.keyboard.type(text);
}

async function openPanel(page: Page, i = 0): Promise<void> {
  const button = badges(page).nth(i).getByRole('button', { name: /^SafePost: / });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await poll(() => button.getAttribute('aria-expanded')).toBe('true');
}

/** Opens the panel and waits for the report of exactly `text` (its length line), so no check is pending. */
async function checked(page: Page, c: SiteCase, text: string): Promise<void> {
  await openPanel(page);
  await page.getByText(`Length: ${measure(text, c.platform)} of `).waitFor();
}

async function closePanel(page: Page, i = 0): Promise<void> {
  const button = badges(page).nth(i).getByRole('button', { name: /^SafePost: / });
  if ((await button.getAttribute('aria-expanded')) === 'true') await button.click();
}

describe.each(SITE_CASES)('$site', (c) => {
  it('hooks the box with a clean badge; a draft with PHI blocks, a clean draft is clean', async () => {
    const page = await open(c);
    await poll(() => badges(page).count()).toBe(c.boxes ?? 1);
    expect(await stateOf(page)).toBe('clean');
    expect(await countOf(page)).toBe('0');
    await poll(() => badges(page).first().getByRole('button', { name: /^SafePost: / }).count()).toBe(1);
    await type(page, c, PHI_DRAFT);
    await poll(() => stateOf(page)).toBe('block');
    await poll(async () => Number(await countOf(page))).toBeGreaterThanOrEqual(2);
    await type(page, c, CLEAN_DRAFT, true);
    await poll(() => stateOf(page)).toBe('clean');
    expect(await countOf(page)).toBe('0');
    await close(page);
  });

  it('applies Redact and Replace to the editor model, one undo reverts one fix, and the post is clean', async () => {
    const page = await open(c);
    await type(page, c, PHI_DRAFT);
    await poll(() => stateOf(page)).toBe('block');
    await checked(page, c, PHI_DRAFT);
    await page.getByRole('button', { name: 'Redact “Maria Gonzalez”' }).click();
    await poll(() => model(page)).not.toContain('Maria Gonzalez');
    expect(await model(page)).toContain('came in today');
    await page.getByRole('button', { name: /^Replace “03\/14\/1961” with / }).click();
    await poll(() => model(page)).not.toContain('03/14/1961');

    await page.locator(c.box).first().focus();
    await page.keyboard.press('ControlOrMeta+z');
    await poll(() => model(page)).toContain('03/14/1961');
    expect(await model(page)).not.toContain('Maria Gonzalez');
    await poll(() => stateOf(page)).toBe('block');

    await openPanel(page);
    await page.getByRole('button', { name: /^Replace “03\/14\/1961” with / }).click();
    await poll(() => model(page)).not.toContain('03/14/1961');
    await poll(() => stateOf(page)).not.toBe('block');
    await closePanel(page);
    await page.locator(c.post).first().click();
    await poll(() => posted(page)).toHaveLength(1);
    const [sent] = await posted(page);
    expect(sent).not.toContain('Maria Gonzalez');
    expect(sent).not.toContain('03/14/1961');
    expect(sent).toContain('came in today');
    await close(page);
  });

  it('adds a disclaimer without going over the platform limit', async () => {
    const page = await open(c);
    const limit = LIMITS[c.platform];
    // Near the limit where the limit is small enough to type; a short draft elsewhere.
    const filler = limit <= 500 ? ` ${'Wash your hands often.'.repeat(Math.floor((limit - 80) / 22))}` : '';
    await type(page, c, ADVICE_DRAFT + filler);
    await poll(() => stateOf(page)).not.toBe('clean');
    await checked(page, c, ADVICE_DRAFT + filler);
    const add = page.getByRole('button', { name: 'Add disclaimer' });
    await poll(() => add.count()).toBe(1);
    const before = await model(page) as string;
    if (await add.isEnabled()) {
      await add.click();
      await poll(async () => ((await model(page)) ?? '').length).toBeGreaterThan(before.length);
      const after = await model(page) as string;
      expect(after.startsWith(before)).toBe(true);
      expect(measure(after, c.platform)).toBeLessThanOrEqual(limit);
    } else {
      expect(await page.getByText(/over the limit/).count()).toBeGreaterThan(0);
    }
    await close(page);
  });

  it('asks once before posting with a block finding; Fix first holds the post, Post anyway sends it', async () => {
    const page = await open(c);
    await type(page, c, PHI_DRAFT);
    await poll(() => stateOf(page)).toBe('block');
    await page.locator(c.post).first().click();
    const fixFirst = page.getByRole('button', { name: 'Fix first' });
    await fixFirst.waitFor();
    expect(await posted(page)).toHaveLength(0);
    await fixFirst.click();
    await poll(() => fixFirst.count()).toBe(0);
    expect(await posted(page)).toHaveLength(0);
    expect(await badges(page).first().getByRole('button', { name: /^SafePost: / }).getAttribute('aria-expanded')).toBe('true');
    await closePanel(page);

    // A new block state (another identifier) asks again; this time the user posts anyway.
    await page.locator(c.box).first().click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Her MRN is 4471823.');
    await poll(() => model(page)).toContain('4471823');
    await poll(async () => Number(await countOf(page))).toBeGreaterThanOrEqual(3);
    await page.locator(c.post).first().click();
    await page.getByRole('button', { name: 'Post anyway' }).click();
    await poll(() => posted(page)).toHaveLength(1);
    expect((await posted(page))[0]).toContain('Maria Gonzalez');
    await close(page);
  });

  it('hooks a box added later and a second box, and removes the badge of a box that leaves', async () => {
    const page = await open(c);
    const initial = c.boxes ?? 1;
    await poll(() => badges(page).count()).toBe(initial);
    if (c.addBox && c.removeBox && c.secondBox) {
      await page.locator(c.addBox).click();
      await poll(() => badges(page).count()).toBe(2);
      await page.locator(c.secondBox).click();
      await page.keyboard.type(PHI_DRAFT);
      await poll(() => stateOf(page, 1)).toBe('block');
      expect(await stateOf(page, 0)).toBe('clean');
      await page.locator(c.removeBox).click();
      await poll(() => badges(page).count()).toBe(1);
    } else {
      const composer = c.composer as string;
      await page.evaluate((sel) => {
        const original = document.querySelector(sel) as HTMLElement;
        const copy = original.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('safepost-badge').forEach((n) => n.remove());
        copy.id = 'added-later';
        document.body.append(copy);
      }, composer);
      await poll(() => badges(page).count()).toBe(initial + 1);
      await page.evaluate(() => document.getElementById('added-later')?.remove());
      await poll(() => badges(page).count()).toBe(initial);
    }
    await close(page);
  });
});
