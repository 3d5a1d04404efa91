import type { RuleContext } from '../../context.js';

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
