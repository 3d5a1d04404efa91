import type { RuleContext } from '../../context.js';
import { givesIndividualAdvice } from './advice.js';
import { hasDisclaimer } from './disclaimer-text.js';
import { healthInfo } from './health-info.js';

/**
 * Whether DIS-MISSING applies: health information or advice with no not-medical-advice statement. The
 * emergency and employer hints ask this too, so that a post gets one disclaimer finding, not three.
 */
export function needsDisclaimer(ctx: RuleContext): boolean {
  if (hasDisclaimer(ctx.folded.lower)) return false;
  return healthInfo(ctx).isHealthInfo || givesIndividualAdvice(ctx);
}
