import { finding, removeFix, type RuleContext } from '../../../context.js';
import type { Edit, Finding } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { nameKey } from './dictionary.js';
import { detectNames, type NameHit } from './detect.js';
import { detectEmployers, JOB_WORDS } from './employers.js';
import { wordIndex } from './words.js';
import { REPLACEMENT, redactPerson } from './fixes.js';
import { detectHandles } from './handles.js';
import { isInitials } from './tokens.js';

const MESSAGES = {
  patient: 'This looks like a patient’s name. Names identify patients even in a story with no other details.',
  relative: 'This looks like the name of a patient’s family member, which identifies the patient too.',
  employer: 'This looks like the patient’s employer. Naming where a patient works can identify them.',
  handle: 'This looks like a patient’s social-media handle. Tagging them tells everyone they are a patient.',
} as const;

/** A fix redacts at most this many mentions of one person: plenty for a post, bounded for a flood. */
const MAX_MENTIONS = 12;

/**
 * Mentions of one person share a name part ("Bobby Ray Collins" … "Bobby"). Returns, for each hit,
 * the mentions its fix redacts, in text order.
 */
function mentionsByHit(hits: NameHit[], repeats: NameHit[]): Map<NameHit, NameHit[]> {
  if (hits.length === 0) return new Map();
  // Most drafts name one person once: that mention is the only one.
  if (hits.length === 1 && repeats.length === 0) return new Map([[hits[0] as NameHit, [hits[0] as NameHit]]]);
  const byPart = new Map<string, NameHit[]>();
  const all = [...hits, ...repeats].sort((a, b) => a.start - b.start);
  for (const m of all) {
    for (const p of m.parts) {
      if (isInitials(p)) continue;
      const k = nameKey(p);
      let list = byPart.get(k);
      if (!list) byPart.set(k, (list = []));
      if (list.length < MAX_MENTIONS && list[list.length - 1] !== m) list.push(m);
    }
  }
  const out = new Map<NameHit, NameHit[]>();
  for (const hit of hits) {
    // The first MAX_MENTIONS distinct mentions, list by list (each list is short and has no repeats).
    const mentions: NameHit[] = [];
    for (const p of hit.parts) {
      for (const m of byPart.get(nameKey(p)) ?? []) {
        if (mentions.length === MAX_MENTIONS) break;
        if (!mentions.includes(m)) mentions.push(m);
      }
    }
    if (!mentions.includes(hit)) mentions.push(hit);
    out.set(hit, mentions.sort((a, b) => a.start - b.start));
  }
  return out;
}

export const phiNameRule: Rule = {
  id: 'phi.name',
  phase: 'phi',
  run(ctx: RuleContext): Finding[] {
    const { text, lower } = ctx.folded;
    const words = wordIndex(text, lower, JOB_WORDS);
    const { hits, repeats } = detectNames(text, lower, words);
    const mentions = mentionsByHit(hits, repeats);
    const edits = new Map<NameHit, Edit>();
    const out: Finding[] = [];
    for (const hit of hits) {
      out.push(finding(ctx, {
        ruleId: 'phi.name', category: 'phi', severity: 'block', phiType: 'NAME',
        start: hit.start, end: hit.end, message: MESSAGES[hit.role], fixes: [redactPerson(ctx, hit, mentions.get(hit) ?? [hit], edits)],
      }));
    }
    for (const e of detectEmployers(text, lower, { positions: words.care }, words.triggers.work)) {
      const employer: NameHit = {
        start: e.start, end: e.end, parts: [], role: 'patient', cutStart: e.start, cutEnd: e.end, style: 'replace',
        phrase: REPLACEMENT.employer,
      };
      out.push(finding(ctx, {
        ruleId: 'phi.name.employer', category: 'phi', severity: 'block', phiType: 'NAME',
        start: e.start, end: e.end, message: MESSAGES.employer, fixes: [redactPerson(ctx, employer, [employer])],
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
