import type { RuleContext } from '../../../context.js';
import type { Finding } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { belongsToPerson } from './cues.js';
import { phiFindings, sentenceAround, type Hit } from './shared.js';

/** Characters of an unquoted local part (RFC 5322 atext plus the dot). */
const LOCAL_CHAR = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/;
/** A domain of letter-digit-hyphen labels ending in an alphabetic top-level label. */
const DOMAIN = /(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/y;
/** Shared mailboxes of an organisation, never one patient's. */
const ROLE_LOCAL = /^(?:info|contact|hello|hi|office|admin|support|feedback|appointments?|appts?|scheduling|schedule|frontdesk|front\.desk|reception|billing|help|team|press|media|news|careers|jobs|no-?reply|privacy|compliance|marketing|referrals?|records|questions|inquiries|enquiries|mail|webmaster|patients|care|nurse|nurses|triage|clinic|practice|rx|pharmacy)$/i;

/** Finds e-mail addresses by their '@', then reads outwards: linear however the text is shaped. */
export function findEmails(text: string): Hit[] {
  const out: Hit[] = [];
  let from = 0;
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', from)) {
    from = at + 1;
    let s = at;
    while (s > 0 && at - s < 65 && LOCAL_CHAR.test(text[s - 1] as string)) s--;
    if (at - s > 64) continue; // longer than any real local part
    // A local part cannot start or end with a dot; leading quote marks are prose, not address.
    while (s < at && /[.'`{|}~]/.test(text[s] as string)) s++;
    if (s === at || text[at - 1] === '.') continue;
    if (text.slice(s, at).includes('..')) continue;
    DOMAIN.lastIndex = at + 1;
    const d = DOMAIN.exec(text);
    if (!d) continue;
    const end = at + 1 + d[0].length;
    out.push({ start: s, end });
    from = end;
  }
  return out;
}

export function isPersonalEmail(ctx: RuleContext, hit: Hit): boolean {
  const text = ctx.folded.text;
  const address = text.slice(hit.start, hit.end).toLowerCase();
  if (ctx.settings.practiceDetails.some((d) => d.trim().toLowerCase() === address)) return false;
  const sentence = sentenceAround(text, hit.start, hit.end);
  const said = text.slice(sentence.start, hit.start) + text.slice(hit.end, sentence.end);
  const local = address.slice(0, address.indexOf('@'));
  if (ROLE_LOCAL.test(local)) return /\b(?:patient|pt)(?:'s)?\b/i.test(said) && belongsToPerson(said);
  return belongsToPerson(said);
}

export const emailRule: Rule = {
  id: 'phi.email',
  phase: 'phi',
  run(ctx: RuleContext): Finding[] {
    const hits = findEmails(ctx.folded.text).filter((h) => isPersonalEmail(ctx, h));
    return phiFindings(ctx, hits, {
      ruleId: 'phi.email',
      phiType: 'EMAIL',
      message: 'This e-mail address belongs to a patient or someone close to them; posting it identifies them.',
      neutral: 'an e-mail address',
    });
  },
};
