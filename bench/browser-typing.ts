import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { TYPING_DRAFT, type BenchSite } from './browser-drafts.js';
import { keySpan, resetProbe } from './browser-probe.js';
import { assertModel, emptyBox } from './browser-page.js';

/**
 * Untimed pause after each sentence, longer than the content script's 150 ms debounce: SafePost checks
 * the draft and repaints its badge and highlights there, as it does when a person pauses, and any of
 * that work still running when the next sentence starts slows that sentence down.
 */
const SENTENCE_PAUSE_MS = 250;

export interface TypingRun {
  /**
   * Main-thread CPU time of the page's renderer over the whole draft, pauses included (CDP Performance
   * TaskDuration in thread ticks): the work SafePost adds, far less moved by other load than wall time.
   */
  cpuMs: number;
  /** Sum over sentences of Node's wall time for `keyboard.type` (each key waits for the page to take the previous one). */
  wallMs: number;
  /** Sum over sentences of first keydown → last keyup, measured in the page. */
  pageMs: number;
}

/** Types the ~300-character draft sentence by sentence into an emptied box and times the typing only. */
export async function typeDraft(page: Page, site: BenchSite, withSafePost: boolean): Promise<TypingRun> {
  await emptyBox(page, site, withSafePost);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
  const cpuBefore = await taskSeconds();
  let wallMs = 0;
  let pageMs = 0;
  for (const sentence of TYPING_DRAFT) {
    await resetProbe(page);
    const started = performance.now();
    await page.keyboard.type(sentence);
    wallMs += performance.now() - started;
    pageMs += await keySpan(page);
    await page.waitForTimeout(SENTENCE_PAUSE_MS);
  }
  const cpuMs = ((await taskSeconds()) - cpuBefore) * 1000;
  await cdp.detach();
  await assertModel(page, site, TYPING_DRAFT.join(''));
  return { cpuMs, wallMs, pageMs };
}
