/**
 * Where a short check's time goes, rule family by rule family, and what the engine's size costs.
 *
 * `inside`: full checks of the 280-character drafts, replayed rule by rule in analyze()'s order with each
 * rule timed. `alone`: each family run by itself over the same drafts, given the PHI findings it would
 * have been given inside, so it does the same work (checked: the replay's findings must equal
 * analyze()'s). A 280-character draft runs most of a family's code once; inside a full check the other
 * families have pushed that code and its tables out of the processor's caches since the family last ran,
 * so it costs more there than alone. `inside ÷ alone` is that price, family by family.
 */
import { analyze } from '../src/engine/index.js';
import { mergePhi, reportOrder } from '../src/engine/analyze.js';
import type { RuleContext } from '../src/engine/context.js';
import { RULES } from '../src/engine/rules/index.js';
import type { Rule } from '../src/engine/rules/rule.js';
import { fold } from '../src/engine/text/normalize.js';
import { DEFAULT_SETTINGS, type Finding, type Platform } from '../src/engine/types.js';
import { draftOfLength } from './drafts.js';
import { platformFor } from './engine.js';

export interface FamilyTime {
  family: string;
  /** Mean µs a draft, timed inside full checks. */
  insideUs: number;
  /** Mean µs a draft, the family run by itself. */
  aloneUs: number;
}

export interface FamilyTimes {
  chars: number;
  drafts: number;
  /** Passes over the drafts timed, for each of the two ways. */
  passes: number;
  /** Mean µs of analyze() itself on the same drafts, for reference. */
  analyzeUs: number;
  families: FamilyTime[];
}

const PHASES = ['phi', 'reidentification', 'compliance'] as const;

function contextFor(text: string, platform: Platform, phi: Finding[] = []): RuleContext {
  return { original: text, folded: fold(text), platform, settings: { ...DEFAULT_SETTINGS }, phi };
}

/**
 * One check replayed as analyze() runs it (no settings), with `time` around each rule. Returns the
 * findings in analyze()'s order and, per rule, the PHI findings it was given.
 */
function replay(text: string, platform: Platform, time: (rule: Rule, run: () => Finding[]) => Finding[]): { findings: Finding[]; given: Map<Rule, Finding[]> } {
  const ctx = contextFor(text, platform);
  const given = new Map<Rule, Finding[]>();
  let findings: Finding[] = [];
  for (const phase of PHASES) {
    for (const rule of RULES) {
      if (rule.phase !== phase) continue;
      given.set(rule, ctx.phi);
      const found = time(rule, () => rule.run(ctx));
      if (phase === 'phi') ctx.phi = [...ctx.phi, ...found];
      else findings.push(...found);
    }
    if (phase === 'phi') {
      ctx.phi = mergePhi(ctx.phi);
      findings = [...ctx.phi];
    }
  }
  return { findings: findings.sort(reportOrder), given };
}

const sameFindings = (a: Finding[], b: Finding[]) => JSON.stringify(a) === JSON.stringify(b);

/** Family times on `drafts` drafts of `chars` characters; `warmMs` of warm-up before each way is timed. */
export function familyTimes({ chars = 280, drafts = 64, passes = 40, warmMs = 3_000 } = {}): FamilyTimes {
  const platform = platformFor(chars);
  const texts = Array.from({ length: drafts }, (_, i) => draftOfLength(chars, i + 1));
  const untimed = (_rule: Rule, run: () => Finding[]) => run();
  const given = texts.map((t, i) => {
    const r = replay(t, platform, untimed);
    // A replay that drifted from analyze() would time some other work.
    if (!sameFindings(r.findings, analyze(t, { platform }).findings)) {
      throw new Error(`The rule-by-rule replay found something other than analyze() on bench draft ${i + 1}.`);
    }
    return r.given;
  });

  const inside = new Map<Rule, number>();
  const timed = (rule: Rule, run: () => Finding[]) => {
    const t = performance.now();
    const found = run();
    inside.set(rule, (inside.get(rule) ?? 0) + performance.now() - t);
    return found;
  };
  for (const until = performance.now() + warmMs; performance.now() < until;) for (const t of texts) replay(t, platform, untimed);
  for (let p = 0; p < passes; p++) for (const t of texts) replay(t, platform, timed);

  const alone = new Map<Rule, number>();
  for (const rule of RULES) {
    // Each run gets a freshly folded draft, so values kept per draft are computed again, as inside.
    const contexts = () => texts.map((t, i) => contextFor(t, platform, given[i]?.get(rule)));
    for (const until = performance.now() + warmMs / RULES.length; performance.now() < until;) for (const c of contexts()) rule.run(c);
    let total = 0;
    for (let p = 0; p < passes; p++) {
      for (const c of contexts()) {
        const t = performance.now();
        rule.run(c);
        total += performance.now() - t;
      }
    }
    alone.set(rule, total);
  }

  const started = performance.now();
  for (let p = 0; p < passes; p++) for (const t of texts) analyze(t, { platform });
  const checks = passes * texts.length;
  const us = (ms: number) => (ms * 1000) / checks;
  return {
    chars,
    drafts,
    passes,
    analyzeUs: us(performance.now() - started),
    families: byFamily(RULES.map((rule) => ({ family: rule.id, insideUs: us(inside.get(rule) ?? 0), aloneUs: us(alone.get(rule) ?? 0) }))),
  };
}

/**
 * Rules that share a family id (the compliance hints beside DIS-MISSING, the claim rules) are summed: alone,
 * the first of them pays for what the family reads once per draft, and inside, the same one does.
 */
function byFamily(rows: FamilyTime[]): FamilyTime[] {
  const out = new Map<string, FamilyTime>();
  for (const r of rows) {
    const known = out.get(r.family);
    if (known) {
      known.insideUs += r.insideUs;
      known.aloneUs += r.aloneUs;
    } else out.set(r.family, { ...r });
  }
  return [...out.values()].sort((a, b) => b.insideUs - a.insideUs);
}

export function familyTable(t: FamilyTimes): string[] {
  const f = (x: number) => x.toFixed(1);
  const sum = (pick: (x: FamilyTime) => number) => t.families.reduce((a, x) => a + pick(x), 0);
  const lines = [
    `rule families on ${t.drafts} ${t.chars}-char drafts, µs a draft (mean of ${t.passes} pass${t.passes === 1 ? '' : 'es'}): inside full checks, and run alone`,
    '  family                    inside      alone   inside ÷ alone',
  ];
  for (const x of t.families) {
    if (x.insideUs < 1 && x.aloneUs < 1) continue;
    lines.push(`  ${x.family.padEnd(22)} ${f(x.insideUs).padStart(9)} ${f(x.aloneUs).padStart(10)}   ${x.aloneUs > 0 ? `${(x.insideUs / x.aloneUs).toFixed(2)}×` : '—'}`);
  }
  const inside = sum((x) => x.insideUs);
  const alone = sum((x) => x.aloneUs);
  lines.push(`  ${'all families'.padEnd(22)} ${f(inside).padStart(9)} ${f(alone).padStart(10)}   ${(inside / alone).toFixed(2)}×   (analyze() ${f(t.analyzeUs)})`);
  lines.push('  (alone, every family pays for the per-draft values it reads; inside, only the first to read one)');
  return lines;
}
