import type { RuleContext } from '../../context.js';
import type { Finding } from '../../types.js';
import type { Rule } from '../rule.js';
import { needsDisclaimer } from './disclaimer-need.js';
import { disclaimerCandidates } from './disclaimer-text.js';
import { emergencyAddition } from './emergency.js';
import { employerOpinion, VIEWS_LINE } from './employer.js';
import { redFlags } from './red-flags.js';
import { appendEdit, appendFits, appendPoint, limitPhrase, wholePostFinding } from './whole-post.js';

/** The sentences last put together, and what they were made from: most drafts ask for the same ones. */
const last = { disclaimers: [] as readonly string[], views: false, any: false, crisis: false, sentences: [] as string[] };

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/**
 * What the appended text may say, most complete first: the disclaimer with the line to call when the post
 * names red-flag symptoms (ADV-EMERG) and "Views my own." when it gives an opinion naming the employer
 * (DIS-EMPLOYER), then shorter forms. The emergency line outranks the views line when space is short.
 */
function fullSentences(ctx: RuleContext): string[] {
  const opinion = employerOpinion(ctx);
  const disclaimers = disclaimerCandidates(ctx);
  // The emergency line depends on the draft through its red flags only.
  const { any, crisis } = redFlags(ctx);
  if (last.views === opinion && last.any === any && last.crisis === crisis && sameList(last.disclaimers, disclaimers)) {
    return last.sentences;
  }
  const views = opinion ? VIEWS_LINE : undefined;
  const out: string[] = [];
  for (const disclaimer of disclaimers) {
    const emergency = emergencyAddition(ctx, disclaimer);
    const variants = [[views, disclaimer, emergency], [disclaimer, emergency], [views, disclaimer], [disclaimer]];
    for (const parts of variants) {
      const sentence = parts.filter((p): p is string => p !== undefined).join(' ');
      if (!out.includes(sentence)) out.push(sentence);
    }
  }
  Object.assign(last, { disclaimers, views: opinion, any, crisis, sentences: out });
  return out;
}

/**
 * DIS-MISSING: health information or advice to the public with no not-medical-advice statement. The fix
 * appends the longest disclaimer that keeps the post within the platform's limit; when none fits, the
 * finding has no fix and a PLT-FIT hint says why.
 */
export const disclaimerRule: Rule = {
  id: 'disclaimer',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    if (!needsDisclaimer(ctx)) return [];
    const at = appendPoint(ctx);
    const severity = ctx.settings.bioHasDisclaimer ? 'info' : 'warn';
    const sentence = fullSentences(ctx).find((s) => appendFits(ctx, s));
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
