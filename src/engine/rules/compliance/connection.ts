import { perDraft, type RuleContext } from '../../context.js';
import {
  CODE_CUE, CONNECTION_CUES, ENDORSEMENT, EQUITY_CUE, LINK_IN_BIO, NO_CONNECTION, PARTNER_CUE, PRODUCT_CONTEXT, ROLE_CUE,
  STRONG_CUES,
} from './disclosure-cues.js';
import { gatedTest, holdsWord } from './gate.js';

/** How the author is connected: paid, gifted or affiliate ("sponsor"), or a role with the company ("role"). */
export type ConnectionKind = 'sponsor' | 'role';

/** Companies from the user's conflict-of-interest profile that the post mentions. */
export function mentionedConflicts(ctx: RuleContext): string[] {
  const { lower } = ctx.folded;
  const out: string[] = [];
  for (const raw of ctx.settings.conflicts ?? []) {
    if (typeof raw !== 'string') continue;
    const name = raw.trim();
    if (name.length < 2) continue;
    const i = lower.indexOf(name.toLowerCase());
    if (i === -1) continue;
    const before = lower[i - 1] ?? ' ';
    const after = lower[i + name.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) out.push(name);
  }
  return out;
}

/** The kind of paid, gifted, affiliate or advisory connection the draft shows, if any. */
export const connectionKind: (ctx: RuleContext) => ConnectionKind | undefined = perDraft(findConnection);

/** Whether the draft shows a paid, gifted, affiliate or advisory connection. */
export function hasConnection(ctx: RuleContext): boolean {
  return connectionKind(ctx) !== undefined;
}

function findConnection(ctx: RuleContext): ConnectionKind | undefined {
  const { lower, text } = ctx.folded;
  const coded = gatedTest(CODE_CUE, text, lower);
  if (gatedTest(NO_CONNECTION, lower)) return coded || STRONG_CUES.some((cue) => cue(lower)) ? 'sponsor' : undefined;
  if (coded || gatedTest(PARTNER_CUE, lower) || CONNECTION_CUES.some((cue) => cue(lower))) return 'sponsor';
  if (gatedTest(LINK_IN_BIO, lower) && PRODUCT_CONTEXT.test(lower)) return 'sponsor';
  // A role alone ("I sit on an advisory board") is a biography; with praise of a product it is an endorsement.
  const role = (holdsWord(ROLE_CUE, lower) && ROLE_CUE.plain.test(lower)) || gatedTest(EQUITY_CUE, text, lower);
  if (role && ENDORSEMENT.test(lower)) return 'role';
  return undefined;
}
