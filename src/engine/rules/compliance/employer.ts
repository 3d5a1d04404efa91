import type { RuleContext } from '../../context.js';
import type { Finding } from '../../types.js';
import type { Rule } from '../rule.js';
import { appendEdit, appendPoint, editsFit, wholePostFinding } from './whole-post.js';

export const VIEWS_LINE = 'Views my own.';

/** A named employer: "at Mercy Hospital", "I work for Acme Health", "here at Cleveland Clinic". */
const EMPLOYER =
  /\b(?:at|for|with|joined) (?:the )?(?:[A-Z][\w&'.-]*\s){0,4}(?:Hospital|Clinic|Health|Healthcare|Health System|Medical Center|Medical Group|Medicine|University|Children's|Kaiser Permanente|VA)\b/;
const WORK_CUE = /\b(?:i work|i practi[cs]e|my (?:employer|hospital|health system|department)|here at|our (?:hospital|health system)|as (?:a|an) [a-z ]{2,30} at)\b/;

/** Personal opinion on policy or practice, the kind an employer would not want attributed to it. */
const OPINION =
  /\b(?:i think|i believe|in my (?:opinion|view)|imo|imho|my (?:honest )?take|hot take|unpopular opinion|frankly|i'm (?:tired|sick) of|is broken|needs? to stop|should be (?:banned|illegal|ashamed)|shame on|is a disgrace|is a scam|is wrong)\b/;

const OWN_VIEWS =
  /\b(?:views?|opinions?|thoughts?|posts?) (?:are |is |expressed (?:here )?(?:are )?)?(?:my|mine|all mine|my own)\b|\bmy own (?:views?|opinions?)\b|\bnot (?:those|the views?) of my employer\b|\bpersonal capacity\b|\bviews my own\b/;

/** DIS-EMPLOYER: an opinion in a post that names the author's employer, without "views my own". */
export const employerRule: Rule = {
  id: 'disclaimer',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { text, lower } = ctx.folded;
    if (!OPINION.test(lower) || OWN_VIEWS.test(lower)) return [];
    if (!EMPLOYER.test(text) || !WORK_CUE.test(lower)) return [];
    const edit = appendEdit(ctx, VIEWS_LINE);
    return [wholePostFinding({
      ruleId: 'disclaimer.employer', category: 'disclaimer', severity: 'info', at: appendPoint(ctx),
      message: 'This opinion names your employer; say the views are your own so readers do not take them as the institution’s.',
      fixes: editsFit(ctx, [edit]) ? [{ label: 'Add disclaimer', edits: [edit] }] : [],
    })];
  },
};
