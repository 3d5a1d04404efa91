import { finding, type RuleContext } from '../../../context.js';
import type { Finding, PhiType, Severity } from '../../../types.js';
import type { Hit } from './hits.js';
import { tidyFix } from './removal-fix.js';

export interface PhiInit {
  ruleId: string;
  phiType: PhiType;
  message: string;
  severity?: Severity;
  /** Neutral phrase used when removing the identifier would leave a broken sentence. */
  neutral: string;
  /** Remove only a bracketed or comma-set identifier; otherwise use the neutral phrase. */
  removeOnlyWhenDetached?: boolean;
}

/** One finding per hit, with a fix that reads well afterwards. */
export function phiFindings(ctx: RuleContext, hits: readonly Hit[], init: PhiInit): Finding[] {
  return hits.map((h) => finding(ctx, {
    ruleId: init.ruleId,
    category: 'phi',
    severity: init.severity ?? 'block',
    phiType: init.phiType,
    start: h.start,
    end: h.end,
    message: init.message,
    fixes: [tidyFix(ctx, h, init.neutral, init.removeOnlyWhenDetached)],
  }));
}
