import { describe, expect, it } from 'vitest';
import { type ChromeGlobal, useExtensionBrowser } from './harness/index.js';

const WAIT = { timeout: 10_000 };

const b = useExtensionBrowser();

interface Finding { ruleId: string; phiType?: string }

async function checkFromPage(text: string): Promise<Finding[]> {
  const page = await b.openExtensionPage('src/options/index.html');
  const answer = await page.evaluate((t) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'check', payload: { text: t, platform: 'mastodon' } }), text);
  await page.close();
  return (answer as { value: { findings: Finding[] } }).value.findings;
}

describe('options page', () => {
  it('saves settings that the engine then runs with, and keeps them across a reload', async () => {
    const draft = 'Dr. Priya Raman here: saw a lovely family on 03/14/2025 at the clinic.';
    expect((await checkFromPage(draft)).some((f) => f.phiType === 'DATE')).toBe(true);

    const options = await b.openExtensionPage('src/options/index.html');
    await expect.poll(() => options.getByTestId('storage-area').textContent(), WAIT).toMatch(/synced storage/);
    await options.getByLabel('Your names and handles').fill('Priya Raman');
    await options.getByRole('checkbox', { name: 'Dates tied to a patient' }).uncheck();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Settings saved.' }).count(), WAIT).toBe(1);

    const findings = await checkFromPage(draft);
    expect(findings.some((f) => f.phiType === 'DATE')).toBe(false);
    expect(findings.some((f) => f.ruleId.startsWith('phi.name'))).toBe(false);

    await options.reload();
    await expect.poll(() => options.getByLabel('Your names and handles').inputValue(), WAIT).toBe('Priya Raman');
    expect(await options.getByRole('checkbox', { name: 'Dates tied to a patient' }).isChecked()).toBe(false);
    await options.getByRole('checkbox', { name: 'Dates tied to a patient' }).check();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(async () => (await checkFromPage(draft)).some((f) => f.phiType === 'DATE'), WAIT).toBe(true);
    await options.close();
  });

  it('refuses a Mastodon server address it cannot use, with the reason', async () => {
    const options = await b.openExtensionPage('src/options/index.html');
    await options.getByLabel('Server address').fill('not a host');
    await options.getByRole('button', { name: 'Add server' }).click();
    await expect.poll(() => options.getByRole('alert').first().textContent(), WAIT).toMatch(/is not a server address/);
    await options.close();
  });

  it('can be used with the keyboard alone, every control named and focus visible', async () => {
    const options = await b.openExtensionPage('src/options/index.html');
    await options.getByRole('button', { name: 'Save settings' }).waitFor(WAIT);
    const unnamed = await options.evaluate(() => [...document.querySelectorAll('button, input, select, textarea')]
      .filter((el) => !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.textContent?.trim() || (el.id && document.querySelector(`label[for="${el.id}"]`)) || el.closest('label')))
      .map((el) => el.outerHTML.slice(0, 100)));
    expect(unnamed).toEqual([]);
    const seen = new Set<string>();
    for (let i = 0; i < 200 && !seen.has('Save settings'); i++) {
      await options.keyboard.press('Tab');
      const focused = await options.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { name: el.textContent?.trim() ?? '', outline: getComputedStyle(el).outlineStyle, tag: el.tagName };
      });
      expect(focused.outline, `${focused.tag} ${focused.name}`).toBe('solid');
      if (focused.tag === 'BUTTON') seen.add(focused.name);
    }
    expect(seen.has('Save settings')).toBe(true);
    await options.close();
  });
});
