import type { Category, Edit, EngineSettings, Finding, Fix, PhiType, Platform, Severity } from './types.js';
import type { Folded } from './text/normalize.js';
import { measure } from './platform.js';

/**
 * What every rule receives. Rules search `folded.text` / `folded.lower` and report folded offsets;
 * `finding()` and the fix builders translate them to offsets in the original draft.
 */
export interface RuleContext {
  /** The draft as the user wrote it. */
  original: string;
  folded: Folded;
  platform: Platform;
  settings: EngineSettings;
  /** PHI findings so far (filled before the re-identification and compliance rules run). */
  phi: Finding[];
}

/**
 * A value computed once per draft and shared by the rules that ask for it. The rules of one check read
 * the same folded draft in turn, so remembering the last draft is enough, and cheaper than a WeakMap.
 */
export function perDraft<T>(compute: (ctx: RuleContext) => T): (ctx: RuleContext) => T {
  let folded: RuleContext['folded'] | undefined;
  let value: T | undefined;
  return (ctx) => {
    if (ctx.folded !== folded) {
      value = compute(ctx);
      folded = ctx.folded;
    }
    return value as T;
  };
}

/** The draft's length as its platform counts it (rules and the report ask). */
export const draftLength: (ctx: RuleContext) => number = perDraft((ctx) => measure(ctx.original, ctx.platform));

export interface FindingInit {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Folded offsets. */
  start: number;
  end: number;
  phiType?: PhiType;
  message: string;
  fixes?: Fix[];
}

/** Original offset of a folded offset. */
export function toOriginal(ctx: RuleContext, foldedOffset: number): number {
  const { map } = ctx.folded;
  if (!map) return Math.max(0, Math.min(foldedOffset, ctx.original.length));
  const i = Math.max(0, Math.min(foldedOffset, map.length - 1));
  return map[i] as number;
}

/** Original [start, end) of a folded span: the end maps through the last character it covers. */
export function originalSpan(ctx: RuleContext, start: number, end: number): { start: number; end: number } {
  const s = toOriginal(ctx, start);
  if (end <= start) return { start: s, end: s };
  return { start: s, end: toOriginal(ctx, end - 1) + 1 };
}

export function finding(ctx: RuleContext, init: FindingInit): Finding {
  const span = originalSpan(ctx, init.start, init.end);
  const f: Finding = {
    ruleId: init.ruleId,
    category: init.category,
    severity: init.severity,
    start: span.start,
    end: span.end,
    message: init.message,
    fixes: init.fixes ?? [],
  };
  if (init.phiType) f.phiType = init.phiType;
  return f;
}

/** Text of a folded span as the user wrote it (for quoting in labels). */
export function quote(ctx: RuleContext, start: number, end: number): string {
  const span = originalSpan(ctx, start, end);
  const s = ctx.original.slice(span.start, span.end);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/**
 * The edit that puts `text` in place of a folded span. Spelled out rather than spread from the span:
 * Node 20's V8 takes a slow path, about a microsecond, for a spread followed by a new property.
 */
export function spanEdit(ctx: RuleContext, start: number, end: number, text: string): Edit {
  const span = originalSpan(ctx, start, end);
  return { start: span.start, end: span.end, text };
}

/** `Redact “Maria Gonzalez”`: replaces the span with a neutral phrase. */
export function redactFix(ctx: RuleContext, start: number, end: number, replacement: string): Fix {
  return { label: `Redact “${quote(ctx, start, end)}”`, edits: [spanEdit(ctx, start, end, replacement)] };
}

/** `Replace “March 3” with “recently”`. */
export function replaceFix(ctx: RuleContext, start: number, end: number, replacement: string): Fix {
  return { label: `Replace “${quote(ctx, start, end)}” with “${replacement}”`, edits: [spanEdit(ctx, start, end, replacement)] };
}

/** `Remove “@jane_doe”`: deletes the span and one space beside it so no double space is left. */
export function removeFix(ctx: RuleContext, start: number, end: number): Fix {
  const span = originalSpan(ctx, start, end);
  const text = ctx.original;
  let { start: s, end: e } = span;
  if (text[e] === ' ' && (s === 0 || text[s - 1] === ' ' || text[s - 1] === '\n')) e++;
  else if (s > 0 && text[s - 1] === ' ') s--;
  return { label: `Remove “${quote(ctx, start, end)}”`, edits: [{ start: s, end: e, text: '' }] };
}

/** Applies a fix's edits, from the end backwards (contract.md §1). */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
