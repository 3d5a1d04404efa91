import { quote, removeFix, replaceFix, spanEdit, type RuleContext } from '../../context.js';
import type { Fix } from '../../types.js';
import type { Cue } from './cues.js';
import { OCCUPATIONS, OCCUPATIONS_PLURAL } from './vocabulary.js';

/**
 * Concrete text edits that take one quasi-identifier out of a draft: the time becomes "recently",
 * an exact age becomes an age group, the setting goes, a job or public role becomes "patient".
 */

const WORD_AFTER = /^ ([a-z]{1,20})/;
/** Words after an age that show it is used as a noun ("a 6-year-old with FOP"), not an adjective. */
const NOUN_FOLLOWERS = new Set([
  'with', 'who', 'in', 'at', 'from', 'was', 'is', 'had', 'has', 'came', 'presented', 'and', 'on', 'after',
  'that', 'whose', 'i', 'we', 'he', 'she', 'they', 'to', 'for', 'of', 'by', 'today', 'tonight', 'yesterday',
  'last', 'this', 'brought', 'walked', 'went', 'got', 'did', 'will', 'would', 'needed', 'needs',
]);

interface AgeGroup { noun: string; adjective: string }

function ageGroup(years: number): AgeGroup {
  if (years < 1) return { noun: 'baby', adjective: 'young' };
  if (years < 4) return { noun: 'toddler', adjective: 'young' };
  if (years < 13) return { noun: 'child', adjective: 'young' };
  if (years < 20) return { noun: 'teenager', adjective: 'teenage' };
  if (years < 40) return { noun: 'young adult', adjective: 'young' };
  if (years < 65) return { noun: 'middle-aged adult', adjective: 'middle-aged' };
  return { noun: 'older adult', adjective: 'older' };
}

const SENTENCE_OPENING = /(?:^|[.!?:\n]\s{0,3}|^\W{1,3})$/;

/** The replacement takes a capital where it opens a sentence. */
function capitalised(ctx: RuleContext, cue: Cue, text: string): string {
  const before = ctx.folded.text.slice(Math.max(0, cue.start - 4), cue.start);
  const opens = cue.start === 0 || SENTENCE_OPENING.test(before);
  return opens ? (text[0] ?? '').toUpperCase() + text.slice(1) : text;
}

/** A removal that also drops the comma pair around an aside (", age 4,") so no ", ," is left. */
function removeAside(ctx: RuleContext, cue: Cue): Fix {
  const t = ctx.folded.text;
  if (t.slice(cue.start - 2, cue.start) === ', ' && (t[cue.end] === ',' || t[cue.end] === '.' || t[cue.end] === ')')) {
    return { label: `Remove “${quote(ctx, cue.start, cue.end)}”`, edits: [spanEdit(ctx, cue.start - 2, cue.end, '')] };
  }
  return removeFix(ctx, cue.start, cue.end);
}

function ageFix(ctx: RuleContext, cue: Cue): Fix | undefined {
  const lower = ctx.folded.lower.slice(cue.start, cue.end);
  if (cue.sort === 'age-range' || cue.sort === 'age-bare' || lower.startsWith('who is') || lower.startsWith('age')) {
    return removeAside(ctx, cue);
  }
  const n = Number(/\d{1,3}/.exec(lower)?.[0] ?? NaN);
  if (!Number.isFinite(n)) return undefined;
  if (cue.sort === 'age-sex') {
    const male = /m$/i.test(ctx.folded.text.slice(cue.start, cue.end));
    return replaceFix(ctx, cue.start, cue.end, male ? 'a man' : 'a woman');
  }
  const months = /month|week|day/.test(lower);
  const group = ageGroup(months ? 0 : n);
  const next = WORD_AFTER.exec(ctx.folded.lower.slice(cue.end, cue.end + 22))?.[1];
  const asAdjective = next !== undefined && !NOUN_FOLLOWERS.has(next);
  return replaceFix(ctx, cue.start, cue.end, capitalised(ctx, cue, asAdjective ? group.adjective : group.noun));
}

function timeFix(ctx: RuleContext, cue: Cue): Fix | undefined {
  const lower = ctx.folded.lower.slice(cue.start, cue.end);
  if (cue.sort === 'time-possessive') return replaceFix(ctx, cue.start, cue.end, capitalised(ctx, cue, 'a recent'));
  if (lower.startsWith('post')) return undefined;
  if (lower.endsWith('shift')) return replaceFix(ctx, cue.start, cue.end, capitalised(ctx, cue, lower.startsWith('on ') ? 'on a shift' : 'a shift'));
  if (lower.startsWith('at ')) return removeFix(ctx, cue.start, cue.end);
  return replaceFix(ctx, cue.start, cue.end, capitalised(ctx, cue, 'recently'));
}

const PREPOSITIONAL = /^(?:in|at|into|to|through|from|on|with|here) /;

function settingFix(ctx: RuleContext, cue: Cue): Fix | undefined {
  const lower = ctx.folded.lower.slice(cue.start, cue.end);
  if (/admitted$/.test(lower)) return undefined;
  if (PREPOSITIONAL.test(lower)) return removeFix(ctx, cue.start, cue.end);
  if (/^(?:our|my|the|this) /.test(lower)) return replaceFix(ctx, cue.start, cue.end, capitalised(ctx, cue, 'the hospital'));
  return removeFix(ctx, cue.start, cue.end);
}

const JOB_TAIL = new RegExp(`(?:${OCCUPATIONS})$`);
const JOBS_TAIL = new RegExp(`(?:${OCCUPATIONS_PLURAL})$`);

function jobFix(ctx: RuleContext, cue: Cue): Fix | undefined {
  const lower = ctx.folded.lower.slice(cue.start, cue.end);
  const plural = JOBS_TAIL.exec(lower);
  const single = plural ? null : JOB_TAIL.exec(lower);
  const m = plural ?? single;
  if (!m) {
    if (/of (?:\d|[a-z])/.test(lower) && /^(?:single |)(?:mom|mother|dad|father)/.test(lower)) {
      return replaceFix(ctx, cue.start, cue.end, capitalised(ctx, cue, 'a parent'));
    }
    return undefined;
  }
  const start = cue.start + m.index;
  return replaceFix(ctx, start, cue.end, plural ? 'patients' : 'patient');
}

function uniqueFix(ctx: RuleContext, cue: Cue): Fix | undefined {
  switch (cue.sort) {
    case 'role': return replaceFix(ctx, cue.start, cue.end, capitalised(ctx, cue, 'a patient'));
    case 'births': return replaceFix(ctx, cue.start, cue.end, 'babies');
    case 'known': return removeFix(ctx, cue.start, cue.end);
    default: return undefined;
  }
}

function eventFix(ctx: RuleContext, cue: Cue): Fix | undefined {
  switch (cue.sort) {
    case 'disaster':
    case 'weather': return replaceFix(ctx, cue.start, cue.end, capitalised(ctx, cue, 'an incident'));
    case 'publicity':
    case 'place': return removeFix(ctx, cue.start, cue.end);
    case 'gathering': return replaceFix(ctx, cue.start, cue.end, capitalised(ctx, cue, 'an event'));
    default: return undefined;
  }
}

/** The fix that takes this cue out of the draft, if a plain edit can. */
export function fixFor(ctx: RuleContext, cue: Cue): Fix | undefined {
  if (cue.kind === 'time') return timeFix(ctx, cue);
  if (cue.kind === 'setting') return settingFix(ctx, cue);
  if (cue.kind === 'event') return eventFix(ctx, cue);
  if (cue.sort.startsWith('age')) return ageFix(ctx, cue);
  if (cue.sort === 'job') return jobFix(ctx, cue);
  if (cue.unique) return uniqueFix(ctx, cue);
  return undefined;
}

