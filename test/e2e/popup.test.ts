import { describe, expect, it } from 'vitest';

// The first check wakes the worker and loads the engine; give the page a few seconds, not one.
const WAIT = { timeout: 10_000 };
import type { Page } from 'playwright-core';
import { UNSUPPORTED_HOST, useExtensionBrowser } from './harness/index.js';

const PHI_DRAFT = 'My patient Maria Gonzalez, DOB 03/14/1961, came in today with a cough.';


const b = useExtensionBrowser();

const model = (page: Page) => page.evaluate(() => (window as unknown as { __editorModelText(i: number): string | null }).__editorModelText(0));

describe('popup', () => {
  it('shows the findings of the tab it serves and applies a fix in that tab’s editor', async () => {
    const page = await b.openFixture('x.com', 'dist/x/');
    const box = page.locator('[data-testid="tweetTextarea_0"]');
    await box.click();
    await page.keyboard.type(PHI_DRAFT);
    await expect.poll(() => page.locator('safepost-badge').first().getAttribute('data-safepost-state'), WAIT).toBe('block');

    const popup = await b.openPopupFor(page);
    const findings = popup.getByRole('list', { name: 'Findings' });
    await findings.waitFor();
    const redact = popup.getByRole('button', { name: 'Redact “Maria Gonzalez”' });
    await redact.click();
    await expect.poll(() => model(page), WAIT).not.toContain('Maria Gonzalez');
    expect(await model(page)).toContain('came in today with a cough');
    // The popup shows the report of the fixed draft: the name's fix is gone.
    await expect.poll(() => redact.count(), WAIT).toBe(0);
    await popup.close();
    await page.close();
  });

  it('says honestly that it does not check a page SafePost does not hook', async () => {
    b.server.route('/plain.html', '<!doctype html><title>plain</title><textarea aria-label="Notes"></textarea>');
    const page = await b.openFixture(UNSUPPORTED_HOST, 'plain.html');
    const popup = await b.openPopupFor(page);
    await expect.poll(() => popup.getByTestId('unhooked').count(), WAIT).toBe(1);
    expect(await popup.getByTestId('unhooked').textContent()).toMatch(/does not check this page/);
    expect(await popup.getByRole('button', { name: /^Insert / }).count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('on a supported site with no compose box, says so and inserts nothing', async () => {
    b.server.route('/settings-page.html', '<!doctype html><title>settings</title><p>No compose box here.</p>');
    const page = await b.openFixture('x.com', 'settings-page.html');
    const popup = await b.openPopupFor(page);
    await expect.poll(() => popup.getByText(/No compose box in use on this page yet/).count(), WAIT).toBe(1);
    await popup.getByRole('searchbox', { name: 'Search snippets' }).fill('handwashing hands');
    await popup.getByRole('button', { name: 'Insert “Hand washing”' }).click();
    await expect.poll(() => popup.getByRole('alert').first().textContent(), WAIT).toMatch(/no compose box to insert into/);
    await popup.close();
    await page.close();
  });

  it('has an accessible name for every control and a visible focus ring', async () => {
    const page = await b.openFixture('x.com', 'dist/x/');
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    const popup = await b.openPopupFor(page);
    await popup.getByRole('list', { name: 'Snippet list' }).waitFor();
    const unnamed = await popup.evaluate(() => [...document.querySelectorAll('button, input, select, textarea')]
      .filter((el) => !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.textContent?.trim() || (el.id && document.querySelector(`label[for="${el.id}"]`))))
      .map((el) => el.outerHTML.slice(0, 80)));
    expect(unnamed).toEqual([]);
    await popup.keyboard.press('Tab');
    const outline = await popup.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle };
    });
    expect(outline).toEqual({ tag: 'BUTTON', outline: 'solid' });
    await popup.close();
    await page.close();
  });
});
