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
  /** Sum over sentences of Node's wall time for `keyboard.type` (each key waits for the page to take the previous one). */
  wallMs: number;
  /** Sum over sentences of first keydown → last keyup, measured in the page. */
  pageMs: number;
}

/** Types the ~300-character draft sentence by sentence into an emptied box and times the typing only. */
export async function typeDraft(page: Page, site: BenchSite, withSafePost: boolean): Promise<TypingRun> {
  await emptyBox(page, site, withSafePost);
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
  await assertModel(page, site, TYPING_DRAFT.join(''));
  return { wallMs, pageMs };
}
