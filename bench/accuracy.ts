/**
 * The other side of the redact-pii comparison: how much of the labelled PHI each tool finds, and how
 * often it flags a draft that holds none. A speed ratio alone would compare a checker with a redactor
 * that misses what SafePost exists to catch. Scored as ../shared/corpus/score.mjs scores the command
 * line: a gold span counts as found when a finding overlaps it (SafePost's PHI findings that warn or
 * block; every stretch redact-pii replaced), and a finding counts as correct when it overlaps a gold span.
 */
import { analyze } from '../src/engine/index.js';
import { escapeRegExp } from '../src/engine/text/spans.js';
import type { Platform } from '../src/engine/types.js';

/** Offsets in the draft as written (the labels' and the findings' offsets). */
export interface Span { start: number; end: number }

export interface LabelledDraft { id: string; platform: Platform; text: string; phi: Array<Span & { type: string }> }

export interface PhiScore {
  /** Gold spans found ÷ gold spans. */
  recall: number;
  /** Findings on a gold span ÷ findings. */
  precision: number;
  /** Drafts with no gold span that got a finding, and how many drafts have no gold span. */
  cleanFlagged: number;
  cleanDrafts: number;
  /** Gold spans found and gold spans, by PHI type. */
  byType: Record<string, { found: number; of: number }>;
}

export interface Accuracy { drafts: number; spans: number; safepost: PhiScore; redactPii: PhiScore }

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function scorePhi(drafts: readonly LabelledDraft[], found: (d: LabelledDraft) => readonly Span[]): PhiScore {
  let gold = 0;
  let hit = 0;
  let predicted = 0;
  let correct = 0;
  let cleanDrafts = 0;
  let cleanFlagged = 0;
  const byType: PhiScore['byType'] = {};
  for (const d of drafts) {
    const spans = found(d);
    for (const g of d.phi) {
      const t = (byType[g.type] ??= { found: 0, of: 0 });
      gold++;
      t.of++;
      if (spans.some((s) => overlaps(s, g))) { hit++; t.found++; }
    }
    predicted += spans.length;
    correct += spans.filter((s) => d.phi.some((g) => overlaps(s, g))).length;
    if (d.phi.length === 0) {
      cleanDrafts++;
      if (spans.length > 0) cleanFlagged++;
    }
  }
  return {
    recall: gold === 0 ? 1 : hit / gold, precision: predicted === 0 ? 1 : correct / predicted, cleanFlagged, cleanDrafts, byType,
  };
}

/** SafePost's PHI findings that warn or block, as the command line's scorer counts them. */
export function safepostPhi(d: LabelledDraft): Span[] {
  return analyze(d.text, { platform: d.platform }).findings.filter((f) => f.category === 'phi' && f.severity !== 'info');
}

/**
 * Where `redacted` (what redact-pii returned for `text`) replaced text with one of its `tokens`. The
 * redacted text is read as a pattern, each token standing for a stretch of at least one character, and
 * matched against the original: the stretches are where the tokens went.
 */
export function redactedSpans(text: string, redacted: string, tokens: readonly string[]): Span[] {
  if (tokens.length === 0) throw new Error('redactedSpans needs the replacement tokens');
  const token = new RegExp([...tokens].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  const parts: string[] = [];
  let from = 0;
  for (const m of redacted.matchAll(token)) {
    parts.push(escapeRegExp(redacted.slice(from, m.index)), '([\\s\\S]+?)');
    from = m.index + m[0].length;
  }
  if (parts.length === 0) return [];
  parts.push(escapeRegExp(redacted.slice(from)));
  const m = new RegExp(`^${parts.join('')}$`, 'd').exec(text);
  if (!m?.indices) throw new Error('the redacted text does not line up with the original');
  return m.indices.slice(1).flatMap((at) => (at ? [{ start: at[0], end: at[1] }] : []));
}

/** A redactor of redact-pii's shape: the words it writes in place of what it removes are its children's. */
export interface Redactor { redact(text: string): string }

/** The replacement words of a redact-pii redactor (read from its child redactors, a private field). */
export function replacementTokens(redactor: Redactor): string[] {
  const children: unknown = (redactor as unknown as { childRedactors?: unknown }).childRedactors;
  if (!Array.isArray(children)) throw new Error('redact-pii no longer keeps childRedactors: its replacement words cannot be read');
  const tokens = children
    .map((c: unknown) => (c as { replaceWith?: unknown }).replaceWith)
    .filter((t): t is string => typeof t === 'string' && t.length > 0);
  if (tokens.length === 0) throw new Error('redact-pii has no replacement words');
  return [...new Set(tokens)];
}

export function accuracy(drafts: readonly LabelledDraft[], redactor: Redactor): Accuracy {
  const tokens = replacementTokens(redactor);
  const redactPiiPhi = (d: LabelledDraft) => {
    try {
      return redactedSpans(d.text, redactor.redact(d.text), tokens);
    } catch (e) {
      // The draft's id only: drafts are never printed.
      throw new Error(`${d.id}: ${(e as Error).message}`, { cause: e });
    }
  };
  return {
    drafts: drafts.length,
    spans: drafts.reduce((n, d) => n + d.phi.length, 0),
    safepost: scorePhi(drafts, safepostPhi),
    redactPii: scorePhi(drafts, redactPiiPhi),
  };
}

export function accuracyTable(a: Accuracy, source: string): string[] {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const row = (name: string, s: PhiScore) =>
    `  ${name.padEnd(12)} ${pct(s.recall).padStart(8)} ${pct(s.precision).padStart(10)}   ${`${s.cleanFlagged} of ${s.cleanDrafts}`.padStart(10)}`;
  const lines = [
    `PHI found on the labelled drafts (${source}: ${a.drafts} drafts, ${a.spans} PHI spans; SafePost's rules were developed on them)`,
    '                 recall  precision   clean drafts flagged',
    row('SafePost', a.safepost),
    row('redact-pii', a.redactPii),
    '  recall by type      SafePost   redact-pii',
  ];
  for (const type of Object.keys(a.safepost.byType).sort()) {
    const s = a.safepost.byType[type] as { found: number; of: number };
    // Both scores count the same gold spans, so both have every type.
    const r = a.redactPii.byType[type] as { found: number; of: number };
    lines.push(`    ${type.padEnd(14)} ${`${s.found}/${s.of}`.padStart(10)} ${`${r.found}/${r.of}`.padStart(12)}`);
  }
  return lines;
}
