import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../test/e2e/harness/index.js';
import type { BenchSite } from './browser-drafts.js';
import { awaitBadge, resetProbe } from './browser-probe.js';
import { assertModel, checkFromContentScript, emptyBox } from './browser-page.js';
import { summary } from './browser-stats.js';
import type { Stats } from './engine.js';

/**
 * A pause between two keys at least this long lets the content script's debounced check (DEBOUNCE_MS,
 * 150 ms in src/content/session.ts) run on the text typed so far; timers may fire a little early.
 */
const CHECK_PAUSE_MS = 140;
/** contract.md §3 promises a badge within 3 s; past 5 s the edit counts as missed. */
const BADGE_TIMEOUT_MS = 5_000;

export type EditOutcome =
  | { kind: 'sample'; ms: number }
  /** A mid-edit check of a prefix gave the same state and count, so the final update cannot be told apart. */
  | { kind: 'ambiguous' }
  | { kind: 'missed'; last: string };

/** The extension's own answer for each text, asked once (so the expected badge matches its settings). */
export class ExpectedReports {
  private readonly known = new Map<string, string>();
  constructor(private readonly b: ExtensionBrowser, private readonly page: Page, private readonly platform: string) {}

  async of(text: string): Promise<{ state: string; count: number }> {
    let key = this.known.get(text);
    if (key === undefined) {
      const r = await checkFromContentScript(this.b, this.page, text, this.platform);
      key = `${r.state}/${r.count}`;
      this.known.set(text, key);
    }
    const [state = '', count = ''] = key.split('/');
    return { state, count: Number(count) };
  }
}

/**
 * One measured edit: empties the box, runs `beforeTyping` (e.g. stops the worker), types `text` key by key
 * and times the last keydown → the badge write showing the extension's report for `text`.
 */
export async function measureEdit(
  page: Page, site: BenchSite, text: string, expected: ExpectedReports, beforeTyping?: () => Promise<void>,
): Promise<EditOutcome> {
  const want = await expected.of(text);
  if (want.state === 'clean') throw new Error(`${site.site}: a measured edit must not be clean, or the emptied box's badge already shows it.`);
  await emptyBox(page, site, true);
  if (beforeTyping) {
    await beforeTyping();
    await page.bringToFront();
    await page.locator(site.box).first().click();
  }
  await resetProbe(page);
  await page.keyboard.type(text);
  const result = await awaitBadge(page, { ...want, timeoutMs: BADGE_TIMEOUT_MS, pauseMs: CHECK_PAUSE_MS });
  await assertModel(page, site, text);
  if (!result.ok) return { kind: 'missed', last: result.last };
  for (const key of result.gaps) {
    const prefix = await expected.of(text.slice(0, key + 1));
    if (prefix.state === want.state && prefix.count === want.count) return { kind: 'ambiguous' };
  }
  return { kind: 'sample', ms: result.ms };
}

export interface EditFigures {
  site: string;
  editor: string;
  edits: number;
  ambiguous: number;
  missed: number;
  /** Badge values seen last by each missed edit (state/count), without any draft text. */
  missedLast: string[];
  ms: Stats | null;
}

/** Figures of a series of edits: samples summarised, ambiguous and missed edits counted, never timed. */
export function tally(site: { site: string; editor: string }, outcomes: readonly EditOutcome[]): EditFigures {
  const samples: number[] = [];
  const missedLast: string[] = [];
  let ambiguous = 0;
  for (const o of outcomes) {
    if (o.kind === 'sample') samples.push(o.ms);
    else if (o.kind === 'ambiguous') ambiguous++;
    else missedLast.push(o.last);
  }
  return { site: site.site, editor: site.editor, edits: outcomes.length, ambiguous, missed: missedLast.length, missedLast, ms: summary(samples) };
}

/**
 * Throws when every edit of a series missed its badge. SafePost then showed nothing on that page: a fault
 * of the extension or of the bench, never of a slow machine (each edit waits BADGE_TIMEOUT_MS). Single
 * misses are reported beside the figures instead.
 */
export function assertBadgesSeen(series: readonly EditFigures[]): void {
  const blind = series.filter((f) => f.edits > 0 && f.missed === f.edits);
  if (blind.length === 0) return;
  throw new Error(blind.map((f) => `${f.site} (${f.editor}): all ${f.edits} edits missed their badge (last seen: ${[...new Set(f.missedLast)].join(', ')})`).join('; '));
}
