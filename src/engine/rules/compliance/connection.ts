import type { RuleContext } from '../../context.js';
import {
  CODE_CUE, CONNECTION_CUES, LINK_IN_BIO, NO_CONNECTION, PARTNER_CUE, PRODUCT_CONTEXT, STRONG_CUES,
} from './disclosure-cues.js';

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

const connectionCache = new WeakMap<RuleContext['folded'], boolean>();

/** Whether the draft shows a paid, gifted, affiliate or advisory connection. */
export function hasConnection(ctx: RuleContext): boolean {
  let hit = connectionCache.get(ctx.folded);
  if (hit === undefined) {
    hit = findConnection(ctx);
    connectionCache.set(ctx.folded, hit);
  }
  return hit;
}

function findConnection(ctx: RuleContext): boolean {
  const { lower, text } = ctx.folded;
  const coded = CODE_CUE.test(text);
  if (NO_CONNECTION.test(lower)) return coded || STRONG_CUES.some((re) => re.test(lower));
  if (coded || PARTNER_CUE.test(lower) || CONNECTION_CUES.some((re) => re.test(lower))) return true;
  return LINK_IN_BIO.test(lower) && PRODUCT_CONTEXT.test(lower);
}
