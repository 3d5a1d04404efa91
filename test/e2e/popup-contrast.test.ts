import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './harness/index.js';

const WAIT = { timeout: 10_000 };

const b = useExtensionBrowser();

/**
 * Every visible text node's colour against the background it sits on (the first opaque one up the
 * tree), as WCAG 2 contrast ratios; returns those under 4.5:1. Disabled controls are exempt (WCAG 1.4.3).
 */
function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]) => {
      const f = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c[3] ?? 0) > 0.9) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('[disabled], .visually-hidden, style, script')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) < 0.6) continue;
      const fg = lum(rgb(style.color));
      const bg = lum(background(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < 4.5) out.push(`${ratio.toFixed(2)} "${n.textContent.trim().slice(0, 40)}"`);
    }
    return [...new Set(out)];
  });
}

describe.each(['light', 'dark'] as const)('%s theme', (scheme) => {
  it('gives every text in the popup at least 4.5:1 contrast', async () => {
    const page = await b.openFixture('x.com', 'dist/x/');
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('My patient Maria Gonzalez, DOB 03/14/1961, came in today.');
    await expect.poll(() => page.locator('safepost-badge').first().getAttribute('data-safepost-state'), WAIT).toBe('block');
    const popup = await b.openPopupFor(page);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByRole('list', { name: 'Findings' }).waitFor(WAIT);
    await popup.getByRole('list', { name: 'Snippet list' }).waitFor(WAIT);
    expect(await lowContrast(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('gives every text on the options page at least 4.5:1 contrast', async () => {
    const options = await b.openExtensionPage('src/options/index.html');
    await options.emulateMedia({ colorScheme: scheme });
    await options.getByRole('list', { name: 'Snippet list' }).waitFor(WAIT);
    expect(await lowContrast(options)).toEqual([]);
    await options.close();
  });
});
