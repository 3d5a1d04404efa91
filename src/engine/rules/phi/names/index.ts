import { finding, removeFix, type RuleContext } from '../../../context.js';
import type { Finding } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { careIndex } from './context.js';
import { nameKey } from './dictionary.js';
import { detectNames, type NameHit } from './detect.js';
import { detectEmployers } from './employers.js';
import { REPLACEMENT, redactPerson } from './fixes.js';
import { detectHandles } from './handles.js';
import { isInitials } from './tokens.js';

const MESSAGES = {
  patient: 'This looks like a patient’s name. Names identify patients even in a story with no other details.',
  relative: 'This looks like the name of a patient’s family member, which identifies the patient too.',
  employer: 'This looks like the patient’s employer. Naming where a patient works can identify them.',
  handle: 'This looks like a patient’s social-media handle. Tagging them tells everyone they are a patient.',
} as const;

/** Mentions belong to one person when they share a name part ("Bobby Ray Collins" … "Bobby"). */
function samePerson(a: NameHit, b: NameHit): boolean {
  const keys = new Set(a.parts.filter((p) => !isInitials(p)).map(nameKey));
  return b.parts.some((p) => keys.has(nameKey(p)));
}

export const phiNameRule: Rule = {
  id: 'phi.name',
  phase: 'phi',
  run(ctx: RuleContext): Finding[] {
    const text = ctx.folded.text;
    const { hits, repeats } = detectNames(text);
    const out: Finding[] = [];
    for (const hit of hits) {
      const mentions = [...hits, ...repeats].filter((m) => m === hit || samePerson(hit, m));
      out.push(finding(ctx, {
        ruleId: 'phi.name', category: 'phi', severity: 'block', phiType: 'NAME',
        start: hit.start, end: hit.end, message: MESSAGES[hit.role], fixes: [redactPerson(ctx, hit, mentions)],
      }));
    }
    for (const e of detectEmployers(text, careIndex(text))) {
      const employer: NameHit = {
        start: e.start, end: e.end, parts: [], role: 'patient', cutStart: e.start, cutEnd: e.end, style: 'replace',
      };
      const fix = redactPerson(ctx, employer, [employer]);
      fix.edits = fix.edits.map((edit) => ({ ...edit, text: REPLACEMENT.employer }));
      out.push(finding(ctx, {
        ruleId: 'phi.name.employer', category: 'phi', severity: 'block', phiType: 'NAME',
        start: e.start, end: e.end, message: MESSAGES.employer, fixes: [fix],
      }));
    }
    return out;
  },
};

export const phiHandleRule: Rule = {
  id: 'phi.handle',
  phase: 'phi',
  run(ctx: RuleContext): Finding[] {
    return detectHandles(ctx.folded.text).map((h) => finding(ctx, {
      ruleId: 'phi.handle', category: 'phi', severity: 'block', phiType: 'OTHER_ID',
      start: h.start, end: h.end, message: MESSAGES.handle, fixes: [removeFix(ctx, h.start, h.end)],
    }));
  },
};

export const rules: Rule[] = [phiNameRule, phiHandleRule];
