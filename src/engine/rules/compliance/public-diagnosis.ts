import { finding, quote, spanEdit, type RuleContext } from '../../context.js';
import type { Finding } from '../../types.js';
import type { Rule } from '../rule.js';
import { literalGate } from '../../text/literal-gates.js';
import { clauseAfter, sentenceAround } from './clauses.js';
import { namesHealth } from './health-words.js';

/** Armchair diagnosis of someone not examined: "[Name] clearly has dementia". */
const PUBLIC_DX =
  /\b[A-Z][a-z]+(?: [A-Z][a-z'.]+){0,2}(?:'s)? (?:clearly|obviously|definitely|surely|probably|must) (?:has|have|is suffering from|suffers from|is showing (?:signs|symptoms) of|is (?:demented|senile|psychotic|manic|bipolar|narcissistic|autistic|in (?:early|late)[- ]stage))\b/g;

/** The adverb every PUBLIC_DX match holds, with its spaces: a test that most drafts fail. */
const ARMCHAIR = literalGate('armchair diagnosis', [' clearly ', ' obviously ', ' definitely ', ' surely ', ' probably ', ' must '], PUBLIC_DX);

/** ADV-DX-PUBLIC: diagnosing a public figure the author has not examined. */
export const publicDiagnosisRule: Rule = {
  id: 'advice',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { text } = ctx.folded;
    if (!ARMCHAIR.mayMatch(ctx.folded.lower)) return [];
    const out: Finding[] = [];
    PUBLIC_DX.lastIndex = 0;
    for (let m = PUBLIC_DX.exec(text); m && out.length < 5; m = PUBLIC_DX.exec(text)) {
      // "Has" and "suffers from" need a condition after them: "clearly has a gift" is praise.
      const verb = /(?:has|have|from|of)$/.test(m[0]);
      const next = clauseAfter(ctx.folded.lower, m.index + m[0].length, 40);
      if (verb && !namesHealth(next)) continue;
      const s = sentenceAround(text, m.index);
      out.push(finding(ctx, {
        ruleId: 'advice.public-diagnosis', category: 'individual-advice', severity: 'warn', start: m.index,
        end: m.index + m[0].length,
        message: 'Diagnosing someone you have not examined is not something a physician should do in public.',
        fixes: [{ label: `Remove “${quote(ctx, s.start, s.end)}”`, edits: [spanEdit(ctx, s.start, s.end, '')] }],
      }));
    }
    PUBLIC_DX.lastIndex = 0;
    return out;
  },
};
