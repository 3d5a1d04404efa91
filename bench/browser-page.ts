import type { Page } from 'playwright-core';
import { evaluateInContentScript, type ChromeGlobal, type ExtensionBrowser } from '../test/e2e/harness/index.js';
import type { BenchSite } from './browser-drafts.js';
import { badgeNow, installProbe } from './browser-probe.js';

/** A fixture page with its compose box found, the probe installed and, with SafePost, the box hooked. */
export async function openSite(b: ExtensionBrowser, site: BenchSite, withBadge: boolean): Promise<Page> {
  const page = await b.openFixture(site.host);
  await page.locator(site.box).first().waitFor({ timeout: 15_000 });
  if (withBadge) await page.locator('safepost-badge').first().waitFor({ state: 'attached', timeout: 15_000 });
  await installProbe(page);
  return page;
}

const modelText = (page: Page) => page.evaluate(() => (window as unknown as { __editorModelText(i: number): string | null }).__editorModelText(0));

/**
 * Empties the box with keys (select all, Backspace) and waits until the editor's model is empty and, with
 * SafePost, the badge shows clean/0, then a little longer so no check is still on its way.
 */
export async function emptyBox(page: Page, site: BenchSite, withBadge: boolean): Promise<void> {
  await page.bringToFront();
  await page.locator(site.box).first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const empty = ((await modelText(page)) ?? '').trim() === '';
    const clean = !withBadge || (await badgeNow(page)) === 'clean/0';
    if (empty && clean) break;
    if (Date.now() > deadline) throw new Error(`${site.site}: the box did not empty (badge ${(await badgeNow(page)) ?? 'absent'}).`);
    await page.waitForTimeout(25);
  }
  await page.waitForTimeout(250);
}

/** The editor model's text: the benchmark checks that what it typed is what the editor holds. */
export async function assertModel(page: Page, site: BenchSite, expected: string): Promise<void> {
  const text = await modelText(page);
  if (text !== expected) throw new Error(`${site.site}: the editor holds ${text?.length ?? 0} characters after typing ${expected.length}.`);
}

export interface CheckResult {
  state: string;
  count: number;
  /** Round trip of the `check` message as the content script sends it, ms. */
  ms: number;
}

/**
 * Sends one message from SafePost's content-script world of `page`, as that script would, and times its
 * round trip there. Returns the answer's value (the worker's error, never a draft, when refused).
 */
export async function sendFromContentScript(b: ExtensionBrowser, page: Page, type: string, payload: unknown): Promise<{ ms: number; value: unknown }> {
  return evaluateInContentScript(page, b.extensionId, async (message: { type: string; payload: unknown }) => {
    const started = performance.now();
    const answer = (await (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(message)) as { ok: boolean; error?: string; value?: unknown };
    const ms = performance.now() - started;
    if (!answer.ok) throw new Error(`The worker refused "${message.type}": ${answer.error ?? 'no answer'}`);
    return { ms, value: answer.value };
  }, { type, payload });
}

/** Sends a `check` of `text` from the content-script world, timed there. */
export async function checkFromContentScript(b: ExtensionBrowser, page: Page, text: string, platform: string): Promise<CheckResult> {
  const { ms, value } = await sendFromContentScript(b, page, 'check', { text, platform });
  const report = value as { state?: unknown; findings?: unknown };
  if (typeof report.state !== 'string' || !Array.isArray(report.findings)) throw new Error('The worker answered a check without a report.');
  return { state: report.state, count: report.findings.length, ms };
}
