/**
 * `npm run bench`: the figures a physician feels, printed as a table and written to bench/results.json.
 * `--short` runs few iterations (CI runs it so the bench cannot rot; nothing here asserts a timing).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { bundleSizes } from './bundles.js';
import { draftOfLength } from './drafts.js';
import { engineCheckOn, growth, hostile, latency, platformFor, throughput, type Latency } from './engine.js';
import { coldStart, coldStartTable } from './cold-start.js';
import { familyTable, familyTimes } from './families.js';
import { accuracy, accuracyTable, type LabelledDraft } from './accuracy.js';
import { engineInChromium, type ChromiumEngineFigures } from './browser-engine.js';
import { analyze } from '../src/engine/index.js';

const short = process.argv.includes('--short');
const root = process.cwd();
const scale = (n: number) => (short ? Math.max(3, Math.ceil(n / 20)) : n);

interface RedactPii { SyncRedactor: new () => { redact(text: string): string } }
const redactor = new (createRequire(import.meta.url)('redact-pii') as RedactPii).SyncRedactor();
const redactCheck = (text: string) => { redactor.redact(text); };

const BUDGET_MS: Record<number, number> = { 280: 0.2, 3000: 1, 63206: 30, [1 << 20]: 1000 };
const engine: Array<{ chars: number; platform: string; safepost: Latency; redactPii: Latency | null; budgetMs: number }> = [];
// The short form warms up only a little: it keeps the bench working, it does not measure.
const warm = short ? { runs: 20, ms: 200 } : undefined;
for (const [chars, runs] of [[280, 2000], [3000, 1000], [63206, 60], [1 << 20, 5]] as const) {
  const platform = platformFor(chars);
  const safepost = latency(engineCheckOn(platform), chars, scale(runs), warm);
  // redact-pii takes seconds a megabyte; compare on the post sizes people write.
  const redactPii = chars <= 63206 ? latency(redactCheck, chars, scale(Math.min(runs, chars > 3000 ? 10 : 200)), warm) : null;
  engine.push({ chars, platform, safepost, redactPii, budgetMs: BUDGET_MS[chars] as number });
}

const corpusFile = join(root, '..', 'shared', 'corpus', 'dev.jsonl');
const corpusDrafts = existsSync(corpusFile)
  ? readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as LabelledDraft)
  : null;
const labelled = corpusDrafts
  ? corpusDrafts.map((d) => d.text)
  : Array.from({ length: 160 }, (_, i) => draftOfLength(200 + (i * 37) % 2000, i + 1));
// Both engines get the same warm-up on the labelled drafts themselves and the same number of passes.
const passes = short ? 1 : 20;
const warmCorpus = short ? { runs: 1, ms: 0 } : undefined;
const corpus = {
  source: corpusDrafts ? 'shared/corpus/dev.jsonl' : 'generated drafts',
  safepost: throughput((t) => { analyze(t); }, labelled, passes, warmCorpus),
  redactPii: throughput(redactCheck, labelled, passes, warmCorpus),
};
// What each finds of the labelled PHI: the ratios above compare a checker with a redactor.
const phiFound = corpusDrafts ? accuracy(corpusDrafts, redactor) : null;

// The same figures on the V8 of the extension's service worker (Chromium), in one page.
const withBrowser = !process.argv.includes('--no-browser');
const inChromium: ChromiumEngineFigures | null = withBrowser
  ? await engineInChromium({
    lengths: ([[280, 2000, 200], [3000, 1000, 200], [63206, 60, 10]] as const).map(([chars, runs, redactRuns]) => ({ chars, runs: scale(runs), redactRuns: scale(redactRuns) })),
    ...(warm ? { warm } : {}), labelled, passes, ...(warmCorpus ? { warmCorpus } : {}),
  })
  : null;

const curve = growth(short ? [1 << 10, 1 << 14, 1 << 17] : [1 << 10, 1 << 12, 1 << 14, 1 << 16, 1 << 18, 1 << 20], short ? 1 : 5);
const adversarial = hostile();
const bundles = bundleSizes(join(root, 'dist', 'chrome'));
const cold = await coldStart(root, short);
const families = familyTimes(short ? { drafts: 8, passes: 1, warmMs: 100 } : { drafts: 64, passes: 40, warmMs: 3_000 });

let browser: unknown = null;
let browserLines: string[] | null = null;
const browserBench = join(root, 'dist', 'bench', 'browser.mjs');
if (withBrowser && existsSync(browserBench)) {
  const mod = (await import(browserBench)) as { runBrowserBench(opts: { short: boolean }): Promise<unknown>; browserTable?(result: unknown): string[] };
  browser = await mod.runBrowserBench({ short });
  browserLines = mod.browserTable?.(browser) ?? null;
}

const results = { date: new Date().toISOString(), short, node: process.version, engine, engineInChromium: inChromium, coldStart: cold, families, corpus, accuracy: phiFound, growth: curve, adversarial, bundles, browser };
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const f = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
const lines: string[] = [];
lines.push(`SafePost bench${short ? ' (short)' : ''} — ${results.date}, Node ${process.version}`);
const latencyHeader = 'analyze() latency, ms              p50      p95      max   budget p95   redact-pii p95   ratio';
lines.push('', `In Node ${process.version}, the command line's runtime`, latencyHeader);
for (const e of engine) {
  const ratio = e.redactPii ? `${f(e.redactPii.p95 / e.safepost.p95)}×` : '—';
  lines.push(`  ${String(e.chars).padStart(8)} chars ${e.platform.padEnd(10)} ${f(e.safepost.p50).padStart(8)} ${f(e.safepost.p95).padStart(8)} ${f(e.safepost.max).padStart(8)}   ${(`≤ ${e.budgetMs}`).padStart(9)}   ${(e.redactPii ? f(e.redactPii.p95) : '—').padStart(14)}   ${ratio}`);
}
const first = engine[0];
if (first && first.safepost.warming.length) {
  lines.push('', `JIT warm-up: the first checks of a fresh process, ${first.chars} chars (ms)   p50      p95`);
  for (const w of first.safepost.warming) lines.push(`  checks ${`${w.from}–${w.to}`.padEnd(44)} ${f(w.p50).padStart(8)} ${f(w.p95).padStart(8)}`);
}
if (inChromium) {
  lines.push('', `In Chromium ${inChromium.browser}, the extension's runtime (a cross-origin isolated page: 5 µs timer steps)`, latencyHeader);
  for (const r of inChromium.rows) {
    const budget = BUDGET_MS[r.chars] as number;
    lines.push(`  ${String(r.chars).padStart(8)} chars ${r.platform.padEnd(10)} ${f(r.safepost.p50).padStart(8)} ${f(r.safepost.p95).padStart(8)} ${f(r.safepost.max).padStart(8)}   ${(`≤ ${budget}`).padStart(9)}   ${f(r.redactPii.p95).padStart(14)}   ${f(r.redactPii.p95 / r.safepost.p95)}×`);
  }
  const c = inChromium.corpus;
  lines.push(`  throughput, same drafts and warm-up as below: SafePost ${f(c.safepost.draftsPerSecond)} drafts/s, redact-pii ${f(c.redactPii.draftsPerSecond)} drafts/s (${f(c.safepost.draftsPerSecond / c.redactPii.draftsPerSecond)}×)`);
}
lines.push('', `throughput on ${corpus.source}, after ${corpus.safepost.warmPasses} / ${corpus.redactPii.warmPasses} warm-up passes: SafePost ${f(corpus.safepost.draftsPerSecond)} drafts/s, redact-pii ${f(corpus.redactPii.draftsPerSecond)} drafts/s (${f(corpus.safepost.draftsPerSecond / corpus.redactPii.draftsPerSecond)}×)`);
lines.push('', ...(phiFound ? accuracyTable(phiFound, corpus.source) : ['PHI found: no labelled drafts (../shared/corpus/dev.jsonl)']));
lines.push('', 'growth (p50)        chars        ms    ns/char');
for (const g of curve) lines.push(`  ${String(g.chars).padStart(22)} ${f(g.ms).padStart(9)} ${f(g.nsPerChar).padStart(10)}`);
lines.push('', ...coldStartTable(cold));
lines.push('', ...familyTable(families));
lines.push('', '1 MB adversarial input, ms (budget < 1000)');
for (const a of adversarial) lines.push(`  ${a.shape.padEnd(20)} ${f(a.ms).padStart(9)}`);
if (bundles.length) {
  lines.push('', 'bundles (dist/chrome)                      files     bytes   gzipped');
  for (const b of bundles) lines.push(`  ${b.name.padEnd(40)} ${String(b.files).padStart(5)} ${String(b.bytes).padStart(9)} ${String(b.gzipBytes).padStart(9)}`);
} else lines.push('', 'bundles: dist/chrome not built');
if (browser) lines.push('', ...(browserLines ?? ['in Chromium', JSON.stringify(browser, null, 2)]));
console.log(lines.join('\n'));
console.log(`\nwritten to bench/results.json`);

