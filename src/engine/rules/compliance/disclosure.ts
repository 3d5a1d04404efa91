import { originalSpan, type RuleContext } from '../../context.js';
import type { Edit, Finding } from '../../types.js';
import { FOLDS } from '../../platform.js';
import type { Rule } from '../rule.js';
import { negatedBefore, trimmedStart } from './clauses.js';
import { connectionKind, mentionedConflicts } from './connection.js';
import { AMBIGUOUS_DISCLOSURE, BRAND_AFTER, CLEAR_DISCLOSURE } from './disclosure-cues.js';
import { eachMatch, gatedExec } from './gate.js';
import { carrier, inHashtagCluster, openingLine, removal, upFront, type Span } from './disclosure-placement.js';
import { editsFit, limitPhrase, prependEdit, wholePostFinding } from './whole-post.js';

function toOriginal(ctx: RuleContext, span: Span): Span {
  return originalSpan(ctx, span.start, span.end);
}

function inferBrand(ctx: RuleContext, conflicts: readonly string[]): string | undefined {
  for (const g of BRAND_AFTER) {
    const m = gatedExec(g, ctx.folded.text, ctx.folded.lower);
    const name = (m?.[1] ?? m?.[2])?.replace(/[.'+-]+$/, '');
    if (name && name.length >= 2) return name;
  }
  return conflicts[0];
}

function clearDisclosures(lower: string): Span[] {
  const out: Span[] = [];
  eachMatch(CLEAR_DISCLOSURE, lower, (m) => {
    if (out.length >= 20) return false;
    if (!negatedBefore(lower, m.index, 12)) out.push({ start: m.index, end: m.index + m[0].length });
  });
  return out;
}

function ambiguousDisclosure(lower: string): Span | undefined {
  const m = gatedExec(AMBIGUOUS_DISCLOSURE, lower);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

function disclosureLine(brand: string | undefined): string {
  return brand ? `#ad — paid partnership with ${brand}` : '#ad: sponsored';
}

/** The fix: the clear line (or the author's moved sentence) first, with the weak wording taken out. */
function disclosureFix(ctx: RuleContext, lead: string, remove?: Span): Edit[] | undefined {
  const removeEdit = remove ? [removal(ctx.original, remove)] : [];
  for (const line of [lead, '#ad']) {
    const edits = [prependEdit(ctx, line), ...removeEdit];
    if (removeEdit.some((e) => e.start <= (edits[0] as Edit).end)) return undefined;
    if (editsFit(ctx, edits)) return edits;
  }
  return undefined;
}

function cannotFit(ctx: RuleContext): Finding {
  return wholePostFinding({
    ruleId: 'platform.fit', category: 'platform', severity: 'info', at: 0,
    message: `A disclosure does not fit within ${limitPhrase(ctx)}; shorten the post, since a disclosure cannot go in a reply.`,
  });
}

function withFitHint(ctx: RuleContext, f: Finding): Finding[] {
  return f.fixes.length > 0 ? [f] : [f, cannotFit(ctx)];
}

/** COI-WEAK / PLT-FOLD: clear wording, in the wrong place: among hashtags, at the end, below the fold. */
function misplacedFinding(ctx: RuleContext, misplaced: Span, line: string): Finding[] {
  const { lower } = ctx.folded;
  const span = toOriginal(ctx, misplaced);
  const buried = inHashtagCluster(lower, misplaced);
  const pastFold = misplaced.start >= FOLDS[ctx.platform];
  const moved = carrier(ctx.original, span);
  const opensPost = moved.start <= trimmedStart(ctx.original);
  // The author's own sentence moves to the top; a lone hashtag is replaced by the clear line.
  const lead = buried || opensPost || ctx.original[moved.start] === '#' ? line : ctx.original.slice(moved.start, moved.end).trim();
  const edits = disclosureFix(ctx, lead, opensPost ? undefined : moved);
  const where = buried
    ? 'is buried in a cluster of hashtags'
    : pastFold ? 'sits below the point where the platform cuts the post off with "more"' : 'is not in the first words of the post';
  return withFitHint(ctx, {
    ruleId: pastFold && !buried ? 'disclosure.fold' : 'disclosure.weak', category: 'disclosure', severity: 'warn',
    start: span.start, end: span.end,
    message: `The sponsorship disclosure ${where}; readers must see it before anything else.`,
    fixes: edits ? [{ label: 'Add disclosure', edits }] : [],
  });
}

/** COI-WEAK: "#sp", "#collab", bare thanks to a brand. */
function ambiguousFinding(ctx: RuleContext, ambiguous: Span, line: string): Finding[] {
  const span = toOriginal(ctx, ambiguous);
  const isTag = ctx.folded.lower[ambiguous.start] === '#';
  const edits = disclosureFix(ctx, line, isTag ? span : undefined);
  return withFitHint(ctx, {
    ruleId: 'disclosure.weak', category: 'disclosure', severity: 'warn', start: span.start, end: span.end,
    message: `“${ctx.original.slice(span.start, span.end)}” does not clearly tell readers this is paid or gifted; start the post with “#ad”.`,
    fixes: edits ? [{ label: 'Add disclosure', edits }] : [],
  });
}

/** COI-SPONSOR (block), or COI-PHYS (warn) when the only connection is one from the user's profile. */
function missingFinding(ctx: RuleContext, line: string, conflict: string | undefined): Finding[] {
  const lead = conflict ? `Disclosure: I have a financial relationship with ${conflict}.` : line;
  const edits = disclosureFix(ctx, lead);
  return withFitHint(ctx, wholePostFinding({
    ruleId: conflict ? 'disclosure.conflict' : 'disclosure.missing', category: 'disclosure',
    severity: conflict ? 'warn' : 'block', at: 0,
    message: conflict
      ? `You list a financial relationship with ${conflict}, which this post mentions; disclose it up front.`
      : 'This post suggests a paid, gifted or affiliate connection but does not disclose it up front (“#ad”).',
    fixes: edits ? [{ label: 'Add disclosure', edits }] : [],
  }));
}

/**
 * COI-PHYS stated in the post: an advisory, speaking, equity or royalty role told in passing beside praise
 * of the company's product. Readers learn of the tie only if they read closely; it must lead the post.
 */
function roleFinding(ctx: RuleContext, brand: string | undefined): Finding[] {
  const party = brand ?? 'the company whose product this post mentions';
  const edits = disclosureFix(ctx, `Disclosure: I have a financial relationship with ${party}.`);
  return withFitHint(ctx, wholePostFinding({
    ruleId: 'disclosure.missing', category: 'disclosure', severity: 'warn', at: 0,
    message: `You mention a role with ${brand ?? 'a company'} and speak for its product; disclose the tie in the first words.`,
    fixes: edits ? [{ label: 'Add disclosure', edits }] : [],
  }));
}

/**
 * COI-SPONSOR, COI-WEAK, PLT-FOLD and COI-PHYS: a connection to what the post mentions must be disclosed
 * clearly, in the first words, above the platform's "more" cut (16 CFR 255.5; FTC Disclosures 101).
 */
export const disclosureRule: Rule = {
  id: 'disclosure',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { lower } = ctx.folded;
    const conflicts = mentionedConflicts(ctx);
    const kind = connectionKind(ctx);
    const connected = kind !== undefined;
    if (!connected && conflicts.length === 0) return [];
    const clear = clearDisclosures(lower);
    const opening = openingLine(lower);
    if (clear.some((s) => upFront(opening, s))) return [];

    const line = disclosureLine(inferBrand(ctx, conflicts));
    const misplaced = clear[0];
    if (misplaced) return misplacedFinding(ctx, misplaced, line);
    const ambiguous = ambiguousDisclosure(lower);
    if (ambiguous) return ambiguousFinding(ctx, ambiguous, line);
    if (kind === 'role') return roleFinding(ctx, inferBrand(ctx, conflicts));
    return missingFinding(ctx, line, connected ? undefined : conflicts[0]);
  },
};
