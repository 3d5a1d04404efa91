/**
 * Cold start: what a service worker that just woke pays before its first report. Each sample is a fresh
 * Node process that imports the bundled engine and analyses one 280-character draft, so module
 * evaluation, lazy regex compilation and first-use tables are all counted. Times are CPU time
 * (process.cpuUsage) because the machine running the bench is often shared.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { draftOfLength } from './drafts.js';

/** The folders of src/engine/rules, in the order RULES lists them. */
const FAMILIES = [
  ['identifiers', 'phi/identifiers'], ['names', 'phi/names'], ['dates', 'phi/dates'], ['places', 'phi/places'],
  ['reidentification', 'reidentification'], ['review', 'review'], ['images', 'images'], ['compliance', 'compliance'],
] as const;

export interface FamilyCost { family: string; firstMs: number; warmMs: number }
export interface ColdStart {
  processes: number;
  importMs: number;
  firstAnalyzeMs: number;
  warmAnalyzeMs: number;
  families: FamilyCost[];
}

async function bundleEngine(root: string): Promise<string> {
  const lines = [
    `export { analyze } from './src/engine/analyze.ts';`,
    `export { fold } from './src/engine/text/normalize.ts';`,
    `export { DEFAULT_SETTINGS } from './src/engine/types.ts';`,
    ...FAMILIES.map(([name, dir]) => `export { rules as ${name} } from './src/engine/rules/${dir}/index.ts';`),
  ];
  const outfile = join(root, 'dist', 'bench', 'engine-cold.mjs');
  await build({
    stdin: { contents: lines.join('\n'), resolveDir: root, sourcefile: 'cold-entry.ts', loader: 'ts' },
    bundle: true, platform: 'neutral', format: 'esm', target: 'es2022', outfile, logLevel: 'warning',
  });
  return pathToFileURL(outfile).href;
}

/**
 * Runs in the child. Mode `analyze` times import then one analyze(); mode `families` times import then
 * each family's first run on the context analyze() would give it, then warm runs of the same.
 */
const CHILD = String.raw`
const [url, mode, text, warmRuns] = process.argv.slice(1);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = cpu();
const m = await import(url);
const importMs = cpu() - t0;
const out = { importMs };
if (mode === 'analyze') {
  const t1 = cpu();
  m.analyze(text, { platform: 'facebook' });
  out.firstMs = cpu() - t1;
  const n = Number(warmRuns);
  const t2 = cpu();
  for (let i = 0; i < n; i++) m.analyze(text, { platform: 'facebook' });
  out.warmMs = (cpu() - t2) / n;
} else {
  const families = ${JSON.stringify(FAMILIES.map(([name]) => name))};
  const ctx = () => ({ original: text, folded: m.fold(text), platform: 'facebook', settings: m.DEFAULT_SETTINGS, phi: [] });
  const runFamily = (c, name) => { for (const r of m[name]) { const f = r.run(c); if (r.phase === 'phi') c.phi.push(...f); } };
  const first = {};
  const c1 = ctx();
  for (const name of families) { const t = cpu(); runFamily(c1, name); first[name] = cpu() - t; }
  const n = Number(warmRuns);
  const warm = {};
  for (const name of families) warm[name] = 0;
  for (let i = 0; i < n; i++) {
    const c = ctx();
    for (const name of families) { const t = cpu(); runFamily(c, name); warm[name] += cpu() - t; }
  }
  for (const name of families) warm[name] /= n;
  out.first = first; out.warm = warm;
}
process.stdout.write(JSON.stringify(out));
`;

interface ChildOut { importMs: number; firstMs?: number; warmMs?: number; first?: Record<string, number>; warm?: Record<string, number> }

function runChild(url: string, mode: 'analyze' | 'families', text: string, warmRuns: number): ChildOut {
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, url, mode, text, String(warmRuns)], { encoding: 'utf8' });
  return JSON.parse(stdout) as ChildOut;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

export async function coldStart(root: string, short: boolean): Promise<ColdStart> {
  const url = await bundleEngine(root);
  const text = draftOfLength(280, 3);
  const processes = short ? 3 : 10;
  const warmRuns = short ? 20 : 300;
  const whole = Array.from({ length: processes }, () => runChild(url, 'analyze', text, warmRuns));
  const split = Array.from({ length: processes }, () => runChild(url, 'families', text, warmRuns));
  return {
    processes,
    importMs: median([...whole, ...split].map((o) => o.importMs)),
    firstAnalyzeMs: median(whole.map((o) => o.firstMs ?? 0)),
    warmAnalyzeMs: median(whole.map((o) => o.warmMs ?? 0)),
    families: FAMILIES.map(([family]) => ({
      family,
      firstMs: median(split.map((o) => o.first?.[family] ?? 0)),
      warmMs: median(split.map((o) => o.warm?.[family] ?? 0)),
    })),
  };
}

export function coldStartTable(c: ColdStart): string[] {
  const f = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(1));
  const lines = [
    `cold start, fresh process, 280 chars (CPU ms, p50 of ${c.processes})`,
    `  import engine ${f(c.importMs).padStart(9)}   first analyze() ${f(c.firstAnalyzeMs).padStart(9)}   warm analyze() ${f(c.warmAnalyzeMs).padStart(7)}`,
    '  family               first run     warm run',
  ];
  for (const x of c.families) lines.push(`  ${x.family.padEnd(18)} ${f(x.firstMs).padStart(11)} ${f(x.warmMs).padStart(12)}`);
  return lines;
}

// `node dist/bench/cold-start.mjs [--short]` prints only this section.
if (process.argv[1]?.endsWith('cold-start.mjs')) {
  const c = await coldStart(process.cwd(), process.argv.includes('--short'));
  console.log(coldStartTable(c).join('\n'));
}
