import type { Stats } from './engine.js';
import type { EditFigures } from './browser-badge.js';
import type { BrowserBench } from './browser.js';

const ms = (x: number | undefined) => (x === undefined ? '—' : x < 100 ? x.toFixed(1) : x.toFixed(0));
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;
const cells = (s: Stats | null) => [s?.n, s?.p50, s?.p95, s?.max].map((v, i) => (i === 0 ? String(v ?? 0) : ms(v)).padStart(i === 0 ? 5 : 8)).join('');
const misses = (e: EditFigures) => (e.ambiguous || e.missed ? `   (${e.ambiguous} ambiguous, ${e.missed} missed)` : '');

/** The browser section of the bench's table. */
export function browserTable(r: BrowserBench): string[] {
  const lines = [`in Chromium ${r.chromium}, dist/chrome${r.short ? ' (short)' : ''}`];
  lines.push('  last keystroke → badge, ms               n     p50     p95     max   budget p95');
  for (const e of r.keystrokeToBadge.sites) {
    lines.push(`    ${`${e.site} (${e.editor})`.padEnd(34)}${cells(e.ms)}   ${`≤ ${r.keystrokeToBadge.budgetP95Ms}`.padStart(10)}${misses(e)}`);
  }
  lines.push(`  typing a ${r.typing.sites[0]?.chars ?? 0}-char draft, ms (medians)   pairs    with without  slowdown  paired   budget`);
  for (const t of r.typing.sites) {
    lines.push(`    ${`${t.site} (${t.editor})`.padEnd(34)}${String(t.pairs).padStart(5)}${ms(t.withMs).padStart(8)}${ms(t.withoutMs).padStart(8)}${signed(t.slowdownPercent).padStart(10)}${signed(t.pairedSlowdownPercent).padStart(8)}   ${`≤ ${r.typing.budgetSlowdownPercent}%`.padStart(6)}`);
    lines.push(`      in the page (keydown → keyup)           ${ms(t.page.withMs).padStart(8)}${ms(t.page.withoutMs).padStart(8)}${signed(t.page.slowdownPercent).padStart(10)}`);
    lines.push(`      main-thread CPU, whole draft            ${ms(t.cpu.withMs).padStart(8)}${ms(t.cpu.withoutMs).padStart(8)}${signed(t.cpu.addedPercent).padStart(10)}`);
  }
  const c = r.coldStart;
  lines.push(`  worker asleep → first report, ms (${c.site})   n     p50     p95     max   budget`);
  lines.push(`    check round trip, worker asleep       ${cells(c.checkRoundTrip.asleep)}   ${`≤ ${c.budgetMs}`.padStart(6)}`);
  lines.push(`    check round trip, worker awake        ${cells(c.checkRoundTrip.awake)}`);
  lines.push(`      split: wake for page.config         ${cells(c.split.wakeForPageConfig)}`);
  lines.push(`      then its first check                ${cells(c.split.firstCheckAfterWake)}`);
  lines.push(`    typed edit → badge, worker asleep     ${cells(c.typedEdit.ms)}   (150 ms debounce included)${misses(c.typedEdit)}`);
  lines.push(`    first check after the browser starts  ${'1'.padStart(5)}${ms(c.firstAfterBrowserStart).padStart(8)}`);
  return lines;
}
