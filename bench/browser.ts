/**
 * The in-browser benchmark (`npm run bench`, after `npm run build`): the built extension (dist/chrome) in
 * Debian's Chromium through the e2e harness (test/e2e/harness), on the fixture pages that run the real
 * editor libraries under their production host names. It returns the figures below; bench/main.ts prints
 * them and saves them in bench/results.json. Nothing here asserts a timing: the machine is shared, so
 * every figure is a median or percentile with its sample count beside it.
 *
 * keystrokeToBadge (budget p95 ≤ 250 ms), per fixture (Facebook: Lexical, X: Draft.js):
 *   each edit empties the box, then types a short draft with real key events (page.keyboard.type).
 *   Measured in the page with performance.now(): the last keydown → the first write of the
 *   `<safepost-badge>`'s data-safepost-state/-count (seen by a MutationObserver) that shows the
 *   extension's report for the typed text. It includes the content script's 150 ms debounce, the message
 *   to the worker, the analysis and the badge's render. `missed` edits got no such badge within 5 s (a
 *   series whose every edit missed fails the run: the extension showed nothing there);
 *   `ambiguous` ones paused mid-edit long enough for a check of a prefix that has the same state and
 *   count, so their final update cannot be told apart (left out, counted).
 *
 * typing (budget slowdown ≤ 10%), per fixture: the same ~300-character draft typed key by key, sentence
 *   by sentence with a 250 ms untimed pause after each (SafePost checks and repaints in those pauses), in
 *   one Chromium with SafePost and one with an extension that does nothing. Runs alternate which browser
 *   goes first. `withMs`/`withoutMs` are medians of the summed `keyboard.type` wall time (every key waits
 *   until the page has taken the previous one); `slowdownPercent` compares those medians and
 *   `pairedSlowdownPercent` is the median of the per-pair ratios. `page` gives the same comparison for
 *   first keydown → last keyup measured inside the page. `cpu` compares the page renderer's main-thread
 *   CPU time over each whole draft, pauses included (CDP Performance metrics in thread ticks): the work
 *   SafePost adds, which other load on the machine moves far less than it moves wall time.
 *
 * coldStart (budget ≤ 200 ms), on the Facebook fixture, each cycle after stopping the service worker as
 *   the browser does when idle (CDP ServiceWorker.stopWorker, the harness's stopWorker()):
 *   checkRoundTrip.asleep: a `check` message sent from SafePost's content-script world → its report,
 *   timed in that world (the worker starts, loads settings and analyses); checkRoundTrip.awake: the same
 *   message again right after, for comparison. split: after another stop, a `page.config` message (it
 *   wakes the worker without running the engine), then the first check in that fresh worker, so the
 *   worker's start-up and the engine's first use can be told apart. Since the worker pays the engine's
 *   first use on a made-up draft 50 ms after a page's `page.config` (src/background/warm-up.ts), a check
 *   that reaches it later than that finds the engine partly or wholly warm: firstCheckAfterWake is then
 *   a lower bound, and checkRoundTrip.asleep stays the figure for the budget. typedEdit: an edit typed
 *   into the page right after the worker was stopped, last keydown → badge as in keystrokeToBadge (150 ms
 *   debounce in). Only a burst of typing 1 s or more after the page's last message wakes the worker
 *   ahead of its check (src/content/page.ts), so this edit, typed sooner, still pays the whole wake-up.
 *   firstAfterBrowserStart: one sample per run, taken before anything else: in the freshly launched
 *   browser, the page opened, the worker stopped, then a check. For the first seconds after a start,
 *   Chrome holds storage.managed until its policy service is up (src/shared/policy/timely-managed.ts).
 */
import type { ExtensionBrowser } from '../test/e2e/harness/index.js';
import { launchChromium } from '../test/e2e/harness/index.js';
import type { Stats } from './engine.js';
import { writeBaselineExtension } from './browser-baseline.js';
import { assertBadgesSeen, ExpectedReports, measureEdit, tally, type EditFigures, type EditOutcome } from './browser-badge.js';
import { BENCH_SITES, EDITS, TYPING_DRAFT, type BenchSite } from './browser-drafts.js';
import { checkFromContentScript, openSite, sendFromContentScript } from './browser-page.js';
import { median, progress, round, summary } from './browser-stats.js';
import { typeDraft, type TypingRun } from './browser-typing.js';

export { browserTable } from './browser-table.js';

export interface TypingFigures {
  site: string;
  editor: string;
  pairs: number;
  chars: number;
  withMs: number;
  withoutMs: number;
  slowdownPercent: number;
  pairedSlowdownPercent: number;
  page: { withMs: number; withoutMs: number; slowdownPercent: number };
  /** The renderer's main-thread CPU over each draft: medians and what SafePost adds, in percent. */
  cpu: { withMs: number; withoutMs: number; addedPercent: number };
  /** Every run's wall time, in run order, so the spread behind the medians can be seen. */
  runs: { withMs: number[]; withoutMs: number[] };
}

export interface BrowserBench {
  chromium: string;
  short: boolean;
  keystrokeToBadge: { budgetP95Ms: number; sites: EditFigures[] };
  typing: { budgetSlowdownPercent: number; sites: TypingFigures[] };
  coldStart: {
    budgetMs: number;
    site: string;
    cycles: number;
    checkRoundTrip: { asleep: Stats | null; awake: Stats | null };
    /** The asleep round trip split: waking the worker for a `page.config`, then the first check it runs. */
    split: { wakeForPageConfig: Stats | null; firstCheckAfterWake: Stats | null };
    typedEdit: EditFigures;
    /** Check round trip with the worker asleep, first thing after the browser starts; one sample. */
    firstAfterBrowserStart: number;
  };
}

const percent = (withMs: number, withoutMs: number) => round((withMs / withoutMs - 1) * 100);

async function keystrokes(site: BenchSite, expected: ExpectedReports, page: Awaited<ReturnType<typeof openSite>>, edits: number): Promise<EditFigures> {
  const outcomes: EditOutcome[] = [];
  // One untimed edit first: the worker, the engine's dictionaries and the page's JIT warm up.
  await measureEdit(page, site, EDITS[0] as string, expected);
  for (let i = 0; i < edits; i++) {
    outcomes.push(await measureEdit(page, site, EDITS[i % EDITS.length] as string, expected));
    if ((i + 1) % 10 === 0) progress(`${site.site}: ${i + 1}/${edits} edits`);
  }
  return tally(site, outcomes);
}

/** The first asleep check in a browser just launched (see firstAfterBrowserStart above). */
async function firstCheckAfterStart(b: ExtensionBrowser, site: BenchSite, page: Awaited<ReturnType<typeof openSite>>): Promise<number> {
  await b.stopWorker();
  return round((await checkFromContentScript(b, page, EDITS[0] as string, site.platform)).ms);
}

async function coldStart(b: ExtensionBrowser, site: BenchSite, expected: ExpectedReports, page: Awaited<ReturnType<typeof openSite>>, cycles: number, firstAfterBrowserStart: number): Promise<BrowserBench['coldStart']> {
  const asleep: number[] = [];
  const awake: number[] = [];
  const wake: number[] = [];
  const firstCheck: number[] = [];
  const typed: EditOutcome[] = [];
  const probe = EDITS[0] as string;
  for (let i = 0; i < cycles; i++) {
    await b.stopWorker();
    asleep.push((await checkFromContentScript(b, page, probe, site.platform)).ms);
    awake.push((await checkFromContentScript(b, page, probe, site.platform)).ms);
    await b.stopWorker();
    wake.push((await sendFromContentScript(b, page, 'page.config', { platform: site.platform })).ms);
    firstCheck.push((await checkFromContentScript(b, page, probe, site.platform)).ms);
    typed.push(await measureEdit(page, site, EDITS[i % EDITS.length] as string, expected, () => b.stopWorker()));
    progress(`cold start: ${i + 1}/${cycles} cycles`);
  }
  return {
    budgetMs: 200,
    site: site.site,
    cycles,
    checkRoundTrip: { asleep: summary(asleep), awake: summary(awake) },
    split: { wakeForPageConfig: summary(wake), firstCheckAfterWake: summary(firstCheck) },
    typedEdit: tally(site, typed),
    firstAfterBrowserStart,
  };
}

async function typing(withExt: ExtensionBrowser, without: ExtensionBrowser, site: BenchSite, pairs: number): Promise<TypingFigures> {
  const pageWith = await openSite(withExt, site, true);
  const pageWithout = await openSite(without, site, false);
  const runsWith: TypingRun[] = [];
  const runsWithout: TypingRun[] = [];
  try {
    // Untimed warm-up in each browser.
    await typeDraft(pageWith, site, true);
    await typeDraft(pageWithout, site, false);
    for (let i = 0; i < pairs; i++) {
      // Alternate which goes first, so drift in the machine's load falls on both alike.
      if (i % 2 === 0) {
        runsWith.push(await typeDraft(pageWith, site, true));
        runsWithout.push(await typeDraft(pageWithout, site, false));
      } else {
        runsWithout.push(await typeDraft(pageWithout, site, false));
        runsWith.push(await typeDraft(pageWith, site, true));
      }
      progress(`typing on ${site.site}: ${i + 1}/${pairs} pairs`);
    }
  } finally {
    await pageWith.close();
    await pageWithout.close();
  }
  const wall = (runs: TypingRun[]) => median(runs.map((r) => r.wallMs));
  const inPage = (runs: TypingRun[]) => median(runs.map((r) => r.pageMs));
  const cpu = (runs: TypingRun[]) => median(runs.map((r) => r.cpuMs));
  const ratios = runsWith.map((r, i) => r.wallMs / (runsWithout[i] as TypingRun).wallMs);
  return {
    site: site.site,
    editor: site.editor,
    pairs,
    chars: TYPING_DRAFT.join('').length,
    withMs: round(wall(runsWith)),
    withoutMs: round(wall(runsWithout)),
    slowdownPercent: percent(wall(runsWith), wall(runsWithout)),
    pairedSlowdownPercent: round((median(ratios) - 1) * 100),
    page: { withMs: round(inPage(runsWith)), withoutMs: round(inPage(runsWithout)), slowdownPercent: percent(inPage(runsWith), inPage(runsWithout)) },
    cpu: { withMs: round(cpu(runsWith)), withoutMs: round(cpu(runsWithout)), addedPercent: percent(cpu(runsWith), cpu(runsWithout)) },
    runs: { withMs: runsWith.map((r) => round(r.wallMs)), withoutMs: runsWithout.map((r) => round(r.wallMs)) },
  };
}

async function measureAll(opened: ExtensionBrowser[], short: boolean): Promise<BrowserBench> {
  const edits = short ? 6 : 36;
  const pairs = short ? 2 : 12;
  const cycles = short ? 3 : 12;
  progress('launching Chromium with dist/chrome');
  const withExt = await launchChromium();
  opened.push(withExt);
  const chromium = withExt.context.browser()?.version() ?? 'unknown';
  const sites: EditFigures[] = [];
  let cold: BrowserBench['coldStart'] | null = null;
  let firstAfterStart: number | undefined;
  for (const site of BENCH_SITES) {
    const page = await openSite(withExt, site, true);
    firstAfterStart ??= await firstCheckAfterStart(withExt, site, page);
    const expected = new ExpectedReports(withExt, page, site.platform);
    sites.push(await keystrokes(site, expected, page, edits));
    if (!cold) cold = await coldStart(withExt, site, expected, page, cycles, firstAfterStart);
    await page.close();
  }
  progress('launching Chromium without SafePost (an extension that does nothing)');
  const without = await launchChromium({ extensionDir: writeBaselineExtension(process.cwd()) });
  opened.push(without);
  const typed: TypingFigures[] = [];
  for (const site of BENCH_SITES) typed.push(await typing(withExt, without, site, pairs));
  if (!cold) throw new Error('No fixture site to measure the cold start on.');
  assertBadgesSeen([...sites, cold.typedEdit]);
  return {
    chromium,
    short,
    keystrokeToBadge: { budgetP95Ms: 250, sites },
    typing: { budgetSlowdownPercent: 10, sites: typed },
    coldStart: cold,
  };
}

/** Runs the three browser measurements; `short` takes few samples (CI keeps the bench from rotting). */
export async function runBrowserBench({ short }: { short: boolean }): Promise<BrowserBench> {
  const opened: ExtensionBrowser[] = [];
  const measured = await measureAll(opened, short).then((value) => ({ value }), (error: unknown) => ({ error }));
  // close() fails the run if a browser sent any request off the fixture hosts.
  const closed = await Promise.allSettled(opened.map((b) => b.close()));
  if ('error' in measured) throw measured.error;
  const failed = closed.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return measured.value;
}
