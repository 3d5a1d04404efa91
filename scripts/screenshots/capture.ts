import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../test/e2e/harness/index.js';
import { ROOT } from '../../test/e2e/harness/paths.js';

const DRAFT = 'Great visit with my patient Maria Gonzalez, DOB 03/14/1961, at Riverside Clinic today. This supplement is guaranteed to cure her arthritis!';
const OUT = join(ROOT, 'screenshots', 'out');
const COMMITTED = join(ROOT, 'screenshots');
const WAIT = 15_000;

async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + WAIT;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('The page did not reach the state to photograph in time.');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Writes every screenshot in light and dark; returns the files written. */
export async function capture({ update }: { update: boolean }): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  const b = await launchChromium();
  const written: string[] = [];
  const shoot = async (page: Page, name: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(150);
      const file = join(OUT, `${name}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: false });
      written.push(file);
      if (update && scheme === 'light') {
        copyFileSync(file, join(COMMITTED, `${name}.png`));
        written.push(join(COMMITTED, `${name}.png`));
      }
    }
  };
  try {
    const site = await b.openFixture('x.com', 'dist/x/');
    await site.setViewportSize({ width: 1000, height: 720 });
    await site.locator('[data-testid="tweetTextarea_0"]').click();
    await site.keyboard.type(DRAFT);
    await until(async () => (await site.locator('safepost-badge').first().getAttribute('data-safepost-state')) === 'block');
    await site.locator('safepost-badge').first().getByRole('button', { name: /^SafePost: / }).click();
    await site.waitForTimeout(300);
    await shoot(site, 'panel');

    const popup = await b.openPopupFor(site);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByRole('list', { name: 'Findings' }).waitFor({ timeout: WAIT });
    await shoot(popup, 'popup');

    const options = await b.openExtensionPage('src/options/index.html');
    await options.setViewportSize({ width: 1000, height: 800 });
    await options.getByRole('button', { name: 'Save settings' }).waitFor({ timeout: WAIT });
    await options.getByLabel('Your names and handles').fill('Priya Raman\n@drpriyaraman');
    await shoot(options, 'options');
  } finally {
    await b.close();
  }
  return written;
}
