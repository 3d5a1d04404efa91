import { draftLength, type RuleContext } from '../../context.js';
import type { Category, Edit, Finding, Fix, Severity } from '../../types.js';
import { fitsLimit, limitFor, measure } from '../../platform.js';
import { trimmedEnd, trimmedStart } from './clauses.js';

/** Human names of the platforms, for messages. */
const PLATFORM_NAME: Record<RuleContext['platform'], string> = {
  x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook', instagram: 'Instagram', threads: 'Threads',
  bluesky: 'Bluesky', reddit: 'Reddit', mastodon: 'Mastodon', doximity: 'Doximity', generic: 'this post',
};

export function platformName(ctx: RuleContext): string {
  return PLATFORM_NAME[ctx.platform];
}

/** The last phrase built, and for what: drafts on one platform ask for the same one. */
let lastPhrase = { platform: '', limit: -1, phrase: '' };

export function limitPhrase(ctx: RuleContext): string {
  const limit = limitFor(ctx.platform, ctx.settings);
  if (lastPhrase.platform === ctx.platform && lastPhrase.limit === limit) return lastPhrase.phrase;
  const digits = String(limit).replace(/\B(?=(\d{3})+$)/g, ',');
  const phrase = ctx.platform === 'generic' ? `the ${digits}-character limit` : `${platformName(ctx)}'s ${digits}-character limit`;
  lastPhrase = { platform: ctx.platform, limit, phrase };
  return phrase;
}

interface WholePostInit {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Offset in the original draft where the fix goes. */
  at: number;
  message: string;
  fixes?: Fix[];
}

/** A finding about the post as a whole: `start === end` where its fix goes (contract.md §1). */
export function wholePostFinding(init: WholePostInit): Finding {
  return {
    ruleId: init.ruleId, category: init.category, severity: init.severity, start: init.at, end: init.at,
    message: init.message, fixes: init.fixes ?? [],
  };
}

/** Where an appended sentence goes: after the last visible character. */
export function appendPoint(ctx: RuleContext): number {
  return trimmedEnd(ctx.original);
}

/** The draft whose separator was last worked out, and that separator. */
let sepDraft: string | undefined;
let sepOfDraft = '';

/** What goes before an appended sentence: a space, or a line break when the post is laid out in lines. */
function appendSeparator(original: string, at: number): string {
  if (original === sepDraft) return sepOfDraft;
  const body = original.slice(0, at);
  const lastLine = body.slice(body.lastIndexOf('\n') + 1);
  // Lines, a signature or closing hashtags: the sentence reads better on a line of its own.
  const lineBreak = body.includes('\n') || /#[^\s#]+$/.test(lastLine) || /^[-—–]/.test(lastLine);
  sepOfDraft = at === 0 ? '' : lineBreak ? '\n' : ' ';
  sepDraft = original;
  return sepOfDraft;
}

/** The edit that appends `sentence` after a space, or a line break when the post is laid out in lines. */
export function appendEdit(ctx: RuleContext, sentence: string): Edit {
  const at = appendPoint(ctx);
  return { start: at, end: at, text: appendSeparator(ctx.original, at) + sentence };
}

/** The edit that puts `line` at the very start of the post, on a line of its own. */
export function prependEdit(ctx: RuleContext, line: string): Edit {
  const at = trimmedStart(ctx.original);
  return { start: 0, end: at, text: at === ctx.original.length ? line : `${line}\n` };
}

/** Applies edits to the draft (original offsets, non-overlapping). */
export function withEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * Platform lengths of appended sentences, by platform, then separator, then sentence: the same few
 * disclaimer sentences (the same strings, whose hashes the engine keeps) are tried on draft after draft.
 * Bounded, as a user's own sentences vary.
 */
const appendedLengths = new Map<RuleContext['platform'], Map<string, Map<string, number>>>();
const APPENDED_CAP = 256;

function appendedLength(platform: RuleContext['platform'], sep: string, sentence: string): number {
  let bySep = appendedLengths.get(platform);
  if (!bySep) {
    bySep = new Map();
    appendedLengths.set(platform, bySep);
  }
  let lengths = bySep.get(sep);
  if (!lengths) {
    lengths = new Map();
    bySep.set(sep, lengths);
  }
  let n = lengths.get(sentence);
  if (n === undefined) {
    n = measure(sep + sentence, platform);
    if (lengths.size >= APPENDED_CAP) lengths.clear();
    lengths.set(sentence, n);
  }
  return n;
}

/** How far a platform's count of joined text can stray from the sum of its parts (a cluster or link at a seam). */
const SEAM_SLACK = 4;

/**
 * Whether the draft with these edits stays within the platform's limit. Lengths add up except at the
 * seams, so the exact count of the edited draft is only needed when the estimate is close to the limit.
 */
export function editsFit(ctx: RuleContext, edits: readonly Edit[]): boolean {
  const limit = limitFor(ctx.platform, ctx.settings);
  let estimate = draftLength(ctx);
  for (const e of edits) {
    estimate += measure(e.text, ctx.platform) - measure(ctx.original.slice(e.start, e.end), ctx.platform);
  }
  const slack = SEAM_SLACK * (edits.length + 1);
  if (estimate + slack <= limit) return true;
  if (estimate - slack > limit) return false;
  return fitsLimit(withEdits(ctx.original, edits), ctx.platform, ctx.settings);
}

/** editsFit(ctx, [appendEdit(ctx, sentence)]), with the sentence's length kept from earlier drafts. */
export function appendFits(ctx: RuleContext, sentence: string): boolean {
  const limit = limitFor(ctx.platform, ctx.settings);
  const at = appendPoint(ctx);
  const estimate = draftLength(ctx) + appendedLength(ctx.platform, appendSeparator(ctx.original, at), sentence);
  const slack = SEAM_SLACK * 2;
  if (estimate + slack <= limit) return true;
  if (estimate - slack > limit) return false;
  return fitsLimit(withEdits(ctx.original, [appendEdit(ctx, sentence)]), ctx.platform, ctx.settings);
}
