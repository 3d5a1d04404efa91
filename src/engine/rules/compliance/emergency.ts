import type { RuleContext } from '../../context.js';
import type { Finding } from '../../types.js';
import type { Rule } from '../rule.js';
import { negatedBefore } from './clauses.js';
import { healthInfo } from './health-info.js';
import { appendEdit, appendPoint, editsFit, wholePostFinding } from './whole-post.js';

export const EMERGENCY_LINE = 'Emergency? Call 911 (or 988 for a mental-health crisis).';

/** Symptoms that need emergency care now, as a public post would name them. */
const RED_FLAG = new RegExp('\\b(?:' + [
  'chest (?:pain|pressure|tightness)', 'face (?:droop\\w*)', 'facial droop\\w*', 'droop\\w* (?:face|smile)',
  'slurred speech', 'trouble (?:speaking|talking)', 'sudden (?:weakness|numbness|confusion|vision loss)',
  'arm weakness', 'signs of (?:a )?stroke', 'stroke symptoms', 'suicidal (?:thoughts|ideation)',
  'thinking about (?:suicide|killing|ending)', 'self-harm', 'kill (?:yourself|themselves)',
  'trouble breathing', "can't breathe", 'difficulty breathing', 'shortness of breath', 'throat (?:swelling|closing)',
  'anaphyla\\w+', 'worst headache', 'thunderclap headache', 'coughing up blood', 'vomiting blood',
  'uncontrolled bleeding', 'seizure lasting', 'unresponsive', 'overdos\\w+', 'heat stroke',
].join('|') + ')\\b', 'g');

/** Any pointer to emergency help already in the post. */
const ESCALATION = /\b(?:911|988|999|112|000|emergency|er|ed|a&e|ambulance|crisis (?:line|text)|lifeline|poison control|urgent care)\b/;

/** ADV-EMERG: red-flag symptoms in advice to the public with no pointer to emergency help. */
export const emergencyRule: Rule = {
  id: 'disclaimer',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { lower } = ctx.folded;
    if (ESCALATION.test(lower) || !healthInfo(ctx).isHealthInfo) return [];
    RED_FLAG.lastIndex = 0;
    let flagged = false;
    for (let m = RED_FLAG.exec(lower); m; m = RED_FLAG.exec(lower)) {
      if (!negatedBefore(lower, m.index, 25)) { flagged = true; break; }
    }
    RED_FLAG.lastIndex = 0;
    if (!flagged) return [];
    const edit = appendEdit(ctx, EMERGENCY_LINE);
    return [wholePostFinding({
      ruleId: 'disclaimer.emergency', category: 'disclaimer', severity: 'info', at: appendPoint(ctx),
      message: 'This post names emergency symptoms but does not tell readers to call 911 (or 988 in a mental-health crisis).',
      fixes: editsFit(ctx, [edit]) ? [{ label: 'Add disclaimer', edits: [edit] }] : [],
    })];
  },
};
