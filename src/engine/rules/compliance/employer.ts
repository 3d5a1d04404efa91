import type { RuleContext } from '../../context.js';
import type { Finding } from '../../types.js';
import type { Rule } from '../rule.js';
import { draftCues } from './cue-words.js';
import { needsDisclaimer } from './disclaimer-need.js';
import { hasDisclaimer } from './disclaimer-text.js';
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

/** Whether the post gives a personal opinion and names the author's employer, with no "views my own". */
export function employerOpinion(ctx: RuleContext): boolean {
  const { text, lower } = ctx.folded;
  const cues = draftCues(lower);
  if (!cues.has('opinion') || !cues.testAt(OPINION, 'opinionStart') || OWN_VIEWS.test(lower)) return false;
  return EMPLOYER.test(text) && WORK_CUE.test(lower);
}

/**
 * DIS-EMPLOYER. When the post also lacks a not-medical-advice statement, "Views my own." rides on the
 * `Add disclaimer` fix (disclaimer.ts). When it already has one, the author has framed the post and a
 * second disclaimer finding would read as a false "missing disclaimer", so the hint is left out. It stands
 * alone on an opinion that is not health information, where it is the only disclaimer the post lacks.
 */
export const employerRule: Rule = {
  id: 'disclaimer',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    // The cheap, shared answers first: most drafts stop at them before the opinion patterns run.
    if (hasDisclaimer(ctx.folded.lower) || needsDisclaimer(ctx) || !employerOpinion(ctx)) return [];
    const edit = appendEdit(ctx, VIEWS_LINE);
    return [wholePostFinding({
      ruleId: 'disclaimer.employer', category: 'disclaimer', severity: 'info', at: appendPoint(ctx),
      message: 'This opinion names your employer; say the views are your own so readers do not take them as the institution’s.',
      fixes: editsFit(ctx, [edit]) ? [{ label: 'Add disclaimer', edits: [edit] }] : [],
    })];
  },
};
