import { finding, quote, removeFix, type RuleContext } from '../../context.js';
import type { Finding, Fix } from '../../types.js';
import type { Rule } from '../rule.js';
import { sentenceOf, sentenceStarts, type Span } from '../../text/spans.js';
import { findAddressee, type Addressee } from './addressee.js';
import { replyDetails, secondPersonCare, thirdPersonCare } from './care-cues.js';
import { replyPhrases, solicitation } from './reply-scan.js';

/**
 * REV-CONFIRM, REV-DETAIL, REV-TONE, REV-SOLICIT (compliance-rules.md §6; the OCR review-reply
 * settlements): a reply that tells one person, or the world about a tagged person, that they were in
 * the practice's care discloses PHI even when they posted first.
 */

export const NEUTRAL_REPLY =
  "Thank you for your feedback. Privacy law keeps us from discussing anyone's care here; please call our office so we can help.";

/** Swaps the whole draft for the neutral reply; the label quotes both ends briefly. */
export function neutralReplyFix(ctx: RuleContext): Fix {
  const end = ctx.original.length;
  return {
    label: `Replace “${quote(ctx, 0, ctx.folded.text.length)}” with “Thank you for your feedback…”`,
    edits: [{ start: 0, end, text: NEUTRAL_REPLY }],
  };
}

interface Confirmation {
  /** The confirming phrase. */
  cue: Span;
  /** The tag of the person a post talks about, when it is not a reply to them. */
  tag?: Span;
}

/** The confirming phrase, if the draft speaks to a particular person and confirms their care. */
function confirmation(ctx: RuleContext, addressee: Addressee): Confirmation | undefined {
  const { lower } = ctx.folded;
  if (addressee.span) {
    const said = secondPersonCare(lower);
    if (said) return { cue: said };
  }
  if (addressee.handles.length === 0) return undefined;
  // A tagged person described in the third person, in the same sentence as the tag.
  const cues = thirdPersonCare(lower);
  if (cues.length === 0) return undefined;
  const starts = sentenceStarts(lower);
  for (const cue of cues) {
    const tag = addressee.handles.find((h) => sentenceOf(starts, h.start) === sentenceOf(starts, cue.start));
    if (tag) return { cue, tag };
  }
  return undefined;
}

export const reviewReplyRule: Rule = {
  id: 'review',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { lower } = ctx.folded;
    const addressee = findAddressee(ctx);
    // A confirmation or a reply's tone needs someone spoken to or tagged; a solicitation counts anywhere.
    if (!addressee.span && addressee.handles.length === 0) {
      const solicit = solicitation(lower);
      return solicit ? [solicitFinding(ctx, solicit, false)] : [];
    }
    const phrases = replyPhrases(lower);
    const out: Finding[] = [];
    const confirmed = confirmation(ctx, addressee);
    const replying = confirmed !== undefined || addressee.span !== undefined;
    const template = neutralReplyFix(ctx);

    if (confirmed) {
      const { cue, tag } = confirmed;
      out.push(finding(ctx, {
        ruleId: 'review.confirm', category: 'patient-confirmation', severity: 'block', start: cue.start, end: cue.end,
        message: tag
          ? 'Tagging this person next to details of their care confirms they are your patient; remove the tag or get their written authorization.'
          : 'This confirms the person was your patient, which is a disclosure of PHI even if they posted first; reply without confirming care.',
        fixes: [tag ? removeFix(ctx, tag.start, tag.end) : template],
      }));
      const unmasked = addressee.unmasked;
      const detail = unmasked ?? replyDetails(lower).find((d) => d.start !== cue.start);
      if (unmasked) {
        out.push(finding(ctx, {
          ruleId: 'review.detail', category: 'patient-confirmation', severity: 'block', start: unmasked.start, end: unmasked.end,
          message: 'Naming someone who reviewed under a pseudonym unmasks them as your patient; leave the name out.',
          fixes: [template],
        }));
      } else if (detail) {
        out.push(finding(ctx, {
          ruleId: 'review.detail', category: 'patient-confirmation', severity: 'block', start: detail.start, end: detail.end,
          message: 'A reply must not add care, coverage, cost or identity details about the person.',
          fixes: [template],
        }));
      }
    }

    if (replying) {
      const { insult } = phrases;
      if (insult) {
        out.push(finding(ctx, {
          ruleId: 'review.tone', category: confirmed ? 'patient-confirmation' : 'professionalism', severity: 'warn',
          start: insult.start, end: insult.end,
          message: 'Insults in a reply reflect on you and the practice; a short neutral reply works better.',
          fixes: [template],
        }));
      }
    }

    const solicit = phrases.solicitation;
    if (solicit) out.push(solicitFinding(ctx, solicit, confirmed !== undefined));
    return out;
  },
};

function solicitFinding(ctx: RuleContext, solicit: Span, confirmed: boolean): Finding {
  return finding(ctx, {
    ruleId: 'review.solicit', category: confirmed ? 'patient-confirmation' : 'professionalism', severity: 'warn',
    start: solicit.start, end: solicit.end,
    message: 'Paying for reviews, asking staff or family to post them, or threatening reviewers is barred by the FTC review rule.',
    fixes: [removeFix(ctx, solicit.start, solicit.end)],
  });
}
