import type { RuleContext } from '../../context.js';
import type { Finding } from '../../types.js';
import type { Rule } from '../rule.js';
import { givesIndividualAdvice } from './advice.js';
import { disclaimerCandidates, hasDisclaimer } from './disclaimer-text.js';
import { healthInfo } from './health-info.js';
import { appendEdit, appendPoint, editsFit, limitPhrase, wholePostFinding } from './whole-post.js';

/**
 * DIS-MISSING: health information or advice to the public with no not-medical-advice statement. The fix
 * appends the longest disclaimer that keeps the post within the platform's limit; when none fits, the
 * finding has no fix and a PLT-FIT hint says why.
 */
export const disclaimerRule: Rule = {
  id: 'disclaimer',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    if (hasDisclaimer(ctx.folded.lower)) return [];
    if (!healthInfo(ctx).isHealthInfo && !givesIndividualAdvice(ctx)) return [];
    const at = appendPoint(ctx);
    const severity = ctx.settings.bioHasDisclaimer ? 'info' : 'warn';
    const sentence = disclaimerCandidates(ctx).find((s) => editsFit(ctx, [appendEdit(ctx, s)]));
    if (sentence !== undefined) {
      return [wholePostFinding({
        ruleId: 'disclaimer.missing', category: 'disclaimer', severity, at,
        message: ctx.settings.bioHasDisclaimer
          ? 'This post gives health information; your bio has a disclaimer, but readers of a shared post may not see it.'
          : 'This post gives health information without saying it is not medical advice.',
        fixes: [{ label: 'Add disclaimer', edits: [appendEdit(ctx, sentence)] }],
      })];
    }
    return [
      wholePostFinding({
        ruleId: 'disclaimer.missing', category: 'disclaimer', severity, at,
        message: `This post gives health information without a disclaimer, and none fits within ${limitPhrase(ctx)}: shorten the post or add the disclaimer in a reply.`,
      }),
      wholePostFinding({
        ruleId: 'platform.fit', category: 'platform', severity: 'info', at,
        message: `No disclaimer fits within ${limitPhrase(ctx)}; a reply or thread can carry it.`,
      }),
    ];
  },
};
