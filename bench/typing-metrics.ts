/**
 * Typing cost only, broken down by the renderer work CDP Performance counts, for finding WHICH browser
 * work SafePost adds while a physician types. Compares any number of unpacked extensions (the current
 * build, an older build, the do-nothing baseline) on the bench fixtures, runs alternating in order.
 *
 *   node bench/run-typing-metrics.mjs [rounds] [label=extensionDir ...]
 *
 * With no extension arguments it compares dist/chrome with the do-nothing extension. Prints medians.
 */
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from '../test/e2e/harness/index.js';
import { writeBaselineExtension } from './browser-baseline.js';
import { BENCH_SITES, TYPING_DRAFT, type BenchSite } from './browser-drafts.js';
import { assertModel, emptyBox, openSite } from './browser-page.js';
import { median, round } from './browser-stats.js';

const SENTENCE_PAUSE_MS = 250;
const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'LayoutCount', 'RecalcStyleCount'] as const;
type Metric = (typeof METRICS)[number];
type Sample = Record<Metric | 'wallMs', number>;

interface Variant {
  label: string;
  dir: string | undefined;
  hooks: boolean;
}

async function typeOnce(page: Page, site: BenchSite, hooks: boolean): Promise<Sample> {
  await emptyBox(page, site, hooks);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(METRICS.map((m) => [m, metrics.find((x) => x.name === m)?.value ?? Number.NaN])) as Record<Metric, number>;
  };
  const before = await read();
  let wallMs = 0;
  for (const sentence of TYPING_DRAFT) {
    const started = performance.now();
    await page.keyboard.type(sentence);
    wallMs += performance.now() - started;
    await page.waitForTimeout(SENTENCE_PAUSE_MS);
  }
  const after = await read();
  await cdp.detach();
  await assertModel(page, site, TYPING_DRAFT.join(''));
  const sample = { wallMs } as Sample;
  for (const m of METRICS) sample[m] = m.endsWith('Count') ? after[m] - before[m] : (after[m] - before[m]) * 1000;
  return sample;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 6);
  const named = args.filter((a) => a.includes('=')).map((a) => {
    const [label, dir] = a.split('=') as [string, string];
    return { label, dir, hooks: true };
  });
  const variants: Variant[] = named.length > 0 ? named : [{ label: 'safepost', dir: undefined, hooks: true }];
  variants.push({ label: 'nothing', dir: writeBaselineExtension(process.cwd()), hooks: false });
  const browsers: ExtensionBrowser[] = [];
  try {
    for (const v of variants) browsers.push(await launchChromium(v.dir ? { extensionDir: v.dir } : {}));
    for (const site of BENCH_SITES) {
      const pages = await Promise.all(variants.map((v, i) => openSite(browsers[i] as ExtensionBrowser, site, v.hooks)));
      const samples: Sample[][] = variants.map(() => []);
      for (let i = 0; i < variants.length; i++) await typeOnce(pages[i] as Page, site, (variants[i] as Variant).hooks);
      for (let r = 0; r < rounds; r++) {
        // Rotate who goes first so drift in the machine's load falls on every variant alike.
        for (let k = 0; k < variants.length; k++) {
          const i = (k + r) % variants.length;
          (samples[i] as Sample[]).push(await typeOnce(pages[i] as Page, site, (variants[i] as Variant).hooks));
        }
        process.stderr.write(`${site.site}: round ${r + 1}/${rounds}\n`);
      }
      await Promise.all(pages.map((p) => p.close()));
      const base = samples[samples.length - 1] as Sample[];
      for (let i = 0; i < variants.length; i++) {
        const row: Record<string, number | string> = { site: site.site, variant: (variants[i] as Variant).label, n: rounds };
        for (const key of ['wallMs', ...METRICS] as const) {
          const mine = median((samples[i] as Sample[]).map((s) => s[key]));
          const theirs = median(base.map((s) => s[key]));
          row[key] = `${round(mine)}${key === 'wallMs' || key === 'TaskDuration' ? ` (${round((mine / theirs - 1) * 100)}%)` : ''}`;
        }
        console.log(JSON.stringify(row));
      }
    }
  } finally {
    await Promise.allSettled(browsers.map((b) => b.close()));
  }
}

await main();
