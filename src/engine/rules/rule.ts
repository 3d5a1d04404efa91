import type { RuleContext } from '../context.js';
import type { Finding } from '../types.js';

/**
 * A rule family. `phase` orders the run: PHI detectors first (their spans feed the others), then the
 * re-identification score (judged on what is left once PHI is removed), then the compliance rules.
 */
export interface Rule {
  /** Family id, the prefix of every ruleId it reports (`phi.date`, `claims.guarantee`, …). */
  id: string;
  phase: 'phi' | 'reidentification' | 'compliance';
  run(ctx: RuleContext): Finding[];
}
