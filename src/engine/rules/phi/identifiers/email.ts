import type { RuleContext } from '../../../context.js';
import type { Finding } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { type CueIndex, cueIndexOf } from './cues.js';
import { type Hit, MAX_ATTEMPTS, MAX_HITS } from './hits.js';
import { phiFindings } from './phi-findings.js';
import { sentenceAround } from './sentences.js';

/** Characters of an unquoted local part (RFC 5322 atext plus the dot), as a lookup by code unit. */
const LOCAL_CHAR = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+/=?^_`{|}~.-") {
  LOCAL_CHAR[c.charCodeAt(0)] = 1;
}
const isLocalChar = (code: number): boolean => code < 128 && LOCAL_CHAR[code] === 1;
/** A domain of letter-digit-hyphen labels ending in an alphabetic top-level label. */
const DOMAIN = /(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/y;
/** Shared mailboxes of an organisation, never one patient's (local parts, lower-case). */
const ROLE_LOCAL: ReadonlySet<string> = new Set([
  'info', 'contact', 'hello', 'hi', 'office', 'admin', 'support', 'feedback', 'appointment', 'appointments', 'appt',
  'appts', 'scheduling', 'schedule', 'frontdesk', 'front.desk', 'reception', 'billing', 'help', 'team', 'press',
  'media', 'news', 'careers', 'jobs', 'noreply', 'no-reply', 'privacy', 'compliance', 'marketing', 'referral',
  'referrals', 'records', 'questions', 'inquiries', 'enquiries', 'mail', 'webmaster', 'patients', 'care', 'nurse',
  'nurses', 'triage', 'clinic', 'practice', 'rx', 'pharmacy',
]);

/** A doctor's mailbox by its name ("dr.moss@…"): a colleague's or the author's, not a patient's. */
const CLINICIAN_LOCAL = /^(?:dr|doctor)[._-]/i;

/** Finds e-mail addresses by their '@', then reads outwards: linear however the text is shaped. */
export function findEmails(text: string, limit = Infinity): Hit[] {
  const out: Hit[] = [];
  let from = 0;
  for (let at = text.indexOf('@', from); at !== -1 && out.length < limit; at = text.indexOf('@', from)) {
    from = at + 1;
    let s = at;
    while (s > 0 && at - s < 65 && isLocalChar(text.charCodeAt(s - 1))) s--;
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

const PATIENT_WORD = /\b(?:patient|pt)(?:'s)?\b/i;

export function isPersonalEmail(ctx: RuleContext, hit: Hit, cues: CueIndex): boolean {
  const text = ctx.folded.text;
  const address = text.slice(hit.start, hit.end).toLowerCase();
  if (ctx.settings.practiceDetails.some((d) => d.trim().toLowerCase() === address)) return false;
  const sentence = sentenceAround(text, hit.start, hit.end);
  const person = cues.belongsToPerson(sentence.start, sentence.end, hit.start, hit.end);
  const local = address.slice(0, address.indexOf('@'));
  if (CLINICIAN_LOCAL.test(local)) return false;
  // A shared mailbox is the organisation's unless the sentence is plainly about a patient.
  if (ROLE_LOCAL.has(local)) {
    return person && PATIENT_WORD.test(text.slice(sentence.start, hit.start) + ' ' + text.slice(hit.end, sentence.end));
  }
  return person;
}

export const emailRule: Rule = {
  id: 'phi.email',
  phase: 'phi',
  run(ctx: RuleContext): Finding[] {
    const cues = cueIndexOf(ctx.folded.text);
    const hits: Hit[] = [];
    let attempts = 0;
    for (const h of findEmails(ctx.folded.text, MAX_ATTEMPTS)) {
      if (hits.length >= MAX_HITS || ++attempts > MAX_ATTEMPTS) break;
      if (isPersonalEmail(ctx, h, cues)) hits.push(h);
    }
    return phiFindings(ctx, hits, {
      ruleId: 'phi.email',
      phiType: 'EMAIL',
      message: 'This e-mail address belongs to a patient or someone close to them; posting it identifies them.',
      neutral: 'an e-mail address',
    });
  },
};
