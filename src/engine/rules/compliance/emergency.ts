import type { RuleContext } from '../../context.js';
import type { Finding } from '../../types.js';
import type { Rule } from '../rule.js';
import { hasDisclaimer } from './disclaimer-text.js';
import { healthInfo } from './health-info.js';
import { pointsToHelp, redFlags } from './red-flags.js';
import { appendEdit, appendPoint, editsFit, wholePostFinding } from './whole-post.js';

export const EMERGENCY_LINE = 'Emergency? Call 911 (or 988 for a mental-health crisis).';
export const CRISIS_LINE = 'In a mental-health crisis, call or text 988.';

/** Urgency with nowhere to go: the reader is told to hurry, or to wait, but not where to turn. */
const URGENT_OR_WAITING =
  /\b(?:act fast|minutes matter|time is (?:brain|muscle)|don't wait|do not wait|right away|immediately|at once|wait (?:it out|and see|until)|sleep it off|ride it out|at home)\b/;

/** Which line a disclaimer needs so readers with red-flag symptoms know whom to call, if any. */
export function emergencyAddition(ctx: RuleContext, sentence: string): string | undefined {
  const flags = redFlags(ctx);
  if (!flags.any) return undefined;
  const has911 = /\b911\b/.test(sentence);
  if (!has911) return EMERGENCY_LINE;
  return flags.crisis && !/\b988\b/.test(sentence) ? CRISIS_LINE : undefined;
}

/**
 * ADV-EMERG. Most of the time the line to call rides on the `Add disclaimer` fix (disclaimer.ts), so a post
 * gets one disclaimer finding. The hint stands on its own only where that finding is absent because the
 * post already carries a not-medical-advice statement, and only when it is clearly needed: a mental-health
 * crisis or an overdose, or red-flag symptoms with "act fast" or "wait it out" and no place to go. Naming
 * chest pain in a disclaimed teaching post is not enough; the hint would read as a false "missing disclaimer".
 */
export const emergencyRule: Rule = {
  id: 'disclaimer',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { lower } = ctx.folded;
    if (!hasDisclaimer(lower) || pointsToHelp(lower)) return [];
    const flags = redFlags(ctx);
    if (!flags.any || !healthInfo(ctx).isHealthInfo) return [];
    if (!flags.crisis && !URGENT_OR_WAITING.test(lower)) return [];
    const edit = appendEdit(ctx, EMERGENCY_LINE);
    return [wholePostFinding({
      ruleId: 'disclaimer.emergency', category: 'disclaimer', severity: 'info', at: appendPoint(ctx),
      message: 'This post names emergency symptoms but does not tell readers to call 911 (or 988 in a mental-health crisis).',
      fixes: editsFit(ctx, [edit]) ? [{ label: 'Add disclaimer', edits: [edit] }] : [],
    })];
  },
};
