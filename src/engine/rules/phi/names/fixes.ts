import { originalSpan, quote, type RuleContext } from '../../../context.js';
import type { Edit, Fix } from '../../../types.js';
import type { NameHit, Role } from './detect.js';
import { atSentenceStart } from './context.js';

export const REPLACEMENT: Record<Role | 'employer', string> = {
  patient: 'a patient',
  relative: 'a family member',
  employer: 'their employer',
};

const capitalise = (s: string): string => (s ? (s[0] as string).toUpperCase() + s.slice(1) : s);

/**
 * `Redact “Maria Lopez”`: one fix that takes every mention of the person out of the text, each in
 * the way that reads best where it stands (see CutStyle).
 */
export function redactPerson(ctx: RuleContext, hit: NameHit, mentions: NameHit[], cache?: Map<NameHit, Edit>): Fix {
  const edits = mentions.map((m) => {
    let e = cache?.get(m);
    if (!e) {
      e = mentionEdit(ctx, m);
      cache?.set(m, e);
    }
    return { ...e };
  });
  return { label: `Redact “${quote(ctx, hit.start, hit.end)}”`, edits: edits.sort((a, b) => a.start - b.start) };
}

/** The edit that takes one mention out of the draft (original offsets). */
function mentionEdit(ctx: RuleContext, m: NameHit): Edit {
  const text = ctx.folded.text;
  let end = m.cutEnd;
  let replacement = '';
  if (m.style === 'replace') {
    replacement = m.phrase ?? REPLACEMENT[m.role];
    if (atSentenceStart(text, m.cutStart, false)) replacement = capitalise(replacement);
  } else if (m.style === 'vocative' && atSentenceStart(text, m.cutStart, false) && end < text.length) {
    // "Alicia, we're sorry" → "We're sorry": the next word takes the capital.
    replacement = (text[end] as string).toUpperCase();
    end += 1;
  }
  const span = originalSpan(ctx, m.cutStart, end);
  // A dropped name leaves one space between the words either side.
  if (replacement === '' && m.style !== 'vocative' && ctx.original[span.start - 1] === ' ' && ctx.original[span.end] === ' ') {
    span.end += 1;
  }
  return { start: span.start, end: span.end, text: replacement };
}
