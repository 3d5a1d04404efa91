import { finding, originalSpan, perDraft, type RuleContext } from '../../context.js';
import type { Finding, Fix } from '../../types.js';
import type { Rule } from '../rule.js';
import { clauseBefore, sentenceAround } from './clauses.js';
import { eachMatch, gate, gatedTest } from './gate.js';
import { DOSE } from './health-vocabulary.js';
import { hasClinicalWord, hasHealthTerm } from './health-words.js';

export const GENERAL_REWRITE = 'Treatment differs from person to person, so please see your own clinician about this.';

/** The post speaks to one person: a reply handle, a name in the vocative, "your labs", "as we discussed". */
const HANDLE_AT_START = /^\s*(?:@[a-z0-9_.]+[\s,:]+)+/i;
const HANDLE_TO_YOU = /@[a-z0-9_.]{2,30}\b[^.!?\n]{0,60}\byou/;
const VOCATIVE =
  /^\s*(?:(?:[Hh]i|[Hh]ey|[Dd]ear|[Hh]ello|[Tt]hanks|[Tt]hank you)(?: so much)?(?: for [^,!.\n]{1,40})?,?\s+)?([A-Z][a-z]+)(?: [A-Z][a-z]+)?\s?[,!]/;
/** Openers that look like a name in the vocative but address everyone or no one. */
const NOT_A_NAME =
  /^(?:friends|folks|everyone|everybody|ladies|gentlemen|parents|guys|y'all|team|reminder|note|update|psa|okay|ok|so|well|yes|no|also|again|today|tonight|honestly|seriously|listen|look|wow|whew|sigh|hi|hey|hello|thanks|docs|doctors|colleagues|nurses|residents|students|moms|dads|patients|runners|athletes|women|men)$/i;
const REPLY_CONTEXT = gate(
  /\b(?:from|based on|going by) (?:your|those|these|the) (?:description|numbers|labs?|results|symptoms|photos?|pictures?|message|dm|post|comment|readings)\b|\bas we discussed\b|\byour (?:visit|appointment|last visit|check-?up|\d+-week check|follow-up|labs|lab results|surgery|procedure|recovery)\b/,
  ['description', 'numbers', 'lab', 'labs', 'results', 'symptoms', 'photo', 'photos', 'picture', 'pictures', 'message', 'dm', 'post', 'comment', 'readings', 'discussed', 'your'],
  15, { leads: { your: 0, discussed: 6 } },
);

/** An instruction: "you should take", "stop your metformin", "go up to 88 mcg", "keep taking 300 mg". */
const DIRECTIVE = gate(
  /\byou (?:should|need to|must|have to|ought to|'ll want to) (?:take|start|stop|double|increase|decrease|cut|switch|go up|go down|up|lower|raise|try|use|quit|hold|skip|keep)\b|(?:^|[.!?:;\n]\s*|,\s(?:and\s)?|\band\s|\bplease\s|\bjust\s)(?:start|stop|take|double|triple|increase|decrease|cut|switch to|go up to|go down to|bump|keep (?:taking|wearing|using|icing|applying|elevating)|don't stop|do not stop|don't take|do not take|stop taking|don't mix|hold|skip|halve|lower|raise|use|apply)\b/g,
  // The verbs, and "you" for "you should …": each word a match turns on, at most ", and " or "please "
  // (or any run of white space after a full stop) into it.
  [
    'you', 'start', 'stop', 'take', 'double', 'triple', 'increase', 'decrease', 'cut', 'switch', 'go', 'bump', 'keep', 'don', 'do',
    'hold', 'skip', 'halve', 'lower', 'raise', 'use', 'apply',
  ],
  7, { overSpace: true, leads: { you: 0 } },
);
/** Everyday phrases built on the same verbs: "take a look", "stop by", "hold on". */
const NOT_CLINICAL = /^(?:take a (?:look|peek|minute|moment|second|break|breath|bow|listen|read|stab)|stop (?:by|in|over)|hold (?:on|off|the)|start (?:a|the) (?:podcast|thread|conversation|discussion)|use (?:this|the) (?:link|code))/;

/** A diagnosis handed to the reader: "you have shingles", "sounds like you've got gout". */
const DIAGNOSIS = gate(
  /\b(?:you(?:'ve| have)(?: got)?|you've got|sounds like you have|looks like you have|you're (?:having|suffering from))\s(?:an? )?/g,
  ['you', 'sounds', 'looks'], 0,
);
const CONDITIONAL_BEFORE = /\b(?:if|when|whether|unless|in case|do|does|once|until|because|since|after|before)\b[^.!?\n]*$/;

const NAMED_CONDITION =
  /^(?:shingles|gout|the flu|flu|strep(?: throat)?|covid|mono|pneumonia|diabetes|prediabetes|migraines?|sciatica|vertigo|eczema|psoriasis|rosacea|anemia|lupus|cancer|ringworm|scabies|lice|pink eye|impetigo|reflux|acid reflux|hemorrhoids|carpal tunnel|sleep apnea|high blood pressure|low thyroid|anxiety|depression|adhd|ocd|ptsd|(?:an? )?(?:uti|cold|ulcer|kidney stone|cyst|abscess|concussion|fracture|hernia|virus|sinus infection|ear infection|yeast infection|torn \w+|sprain|stress fracture|blood clot))\b/;

function healthy(s: string): boolean {
  return DOSE.test(s) || hasHealthTerm(s) || hasClinicalWord(s);
}

const MAX_TRIES = 50;
/** A post speaks to someone in its opening; past this, a handle is a mention, not an address. */
const OPENING = 600;

type Addressee = 'handle' | 'name' | 'reply' | undefined;

function addressee(ctx: RuleContext): Addressee {
  const { text, lower } = ctx.folded;
  // A handle is an '@': without one in the opening, HANDLE_TO_YOU cannot match there.
  const at = lower.indexOf('@');
  if (HANDLE_AT_START.test(text) || (at !== -1 && at < OPENING && HANDLE_TO_YOU.test(lower.slice(0, OPENING)))) return 'handle';
  const vocative = VOCATIVE.exec(text);
  if (vocative && !NOT_A_NAME.test(vocative[1] as string)) return 'name';
  return gatedTest(REPLY_CONTEXT, lower) ? 'reply' : undefined;
}

interface Span { start: number; end: number }

/** Replaces the first sentence with general wording and removes the others; a leading @handle stays. */
function rewriteFix(ctx: RuleContext, sentences: Span[]): Fix {
  const edits = sentences.map((s, i) => {
    let start = s.start;
    const lead = /^@[a-z0-9_.]+[\s,:]+/i.exec(ctx.folded.text.slice(s.start, s.end));
    if (lead) start += lead[0].length;
    const span = originalSpan(ctx, start, s.end);
    // A removed sentence takes the space after it, so no double space is left behind.
    if (i > 0) while (span.end < ctx.original.length && ctx.original[span.end] === ' ') span.end++;
    return { start: span.start, end: span.end, text: i === 0 ? GENERAL_REWRITE : '' };
  });
  const first = sentences[0] as Span;
  const shown = ctx.original.slice(edits[0]?.start ?? 0, originalSpan(ctx, first.start, first.end).end);
  const quoted = shown.length > 40 ? `${shown.slice(0, 37)}…` : shown;
  return { label: `Replace “${quoted}” with “${GENERAL_REWRITE}”`, edits };
}

/** Whether the draft gives one person medical advice (it is then health information too). */
export function givesIndividualAdvice(ctx: RuleContext): boolean {
  return individualAdvice(ctx).length > 0;
}

const individualAdvice = perDraft(findIndividualAdvice);

/** ADV-INDIV: a directive or a diagnosis about one person's care, given in public. */
export const individualAdviceRule: Rule = {
  id: 'advice',
  phase: 'compliance',
  run: (ctx) => individualAdvice(ctx).map(copyOf),
};

/** A copy the report may change (a severity setting) while the per-draft answer stays as found. */
function copyOf(f: Finding): Finding {
  const fixes = f.fixes.map((x) => ({ label: x.label, edits: x.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })) }));
  const copy: Finding = { ruleId: f.ruleId, category: f.category, severity: f.severity, start: f.start, end: f.end, message: f.message, fixes };
  if (f.phiType) copy.phiType = f.phiType;
  return copy;
}

function findIndividualAdvice(ctx: RuleContext): Finding[] {
  const who = addressee(ctx);
  if (!who) return [];
  const { text, lower } = ctx.folded;
  const sentences: Span[] = [];
  let dosed = false;
  const add = (at: number, needsHealth: boolean) => {
    const s = sentenceAround(text, at);
    const body = lower.slice(s.start, s.end);
    if (needsHealth && !healthy(body)) return;
    if (DOSE.test(body)) dosed = true;
    if (!sentences.some((x) => x.start === s.start)) sentences.push(s);
  };
  // Bounded: a draft made of one endless "sentence" of directives must not rescan it per match.
  let tries = 0;
  eachMatch(DIRECTIVE, lower, (m) => {
    if (sentences.length >= 10 || tries++ >= MAX_TRIES) return false;
    const verb = /[a-z']+$/.exec(m[0])?.[0] ?? '';
    const verbAt = m.index + m[0].length - verb.length;
    if (NOT_CLINICAL.test(lower.slice(verbAt, verbAt + 40))) return;
    add(m.index + m[0].length - 1, true);
  });
  tries = 0;
  eachMatch(DIAGNOSIS, lower, (m) => {
    if (sentences.length >= 10 || tries++ >= MAX_TRIES) return false;
    if (CONDITIONAL_BEFORE.test(clauseBefore(lower, m.index, 60))) return;
    const next = lower.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const condition = /^[a-z' -]{0,30}/.exec(next)?.[0] ?? '';
    if (hasClinicalWord(condition) || NAMED_CONDITION.test(condition)) add(m.index, false);
  });
  if (sentences.length === 0) return [];
  sentences.sort((a, b) => a.start - b.start);
  const first = sentences[0] as Span;
  const severity = dosed && (who === 'handle' || who === 'name') ? 'block' : 'warn';
  return [finding(ctx, {
    ruleId: 'advice.individual', category: 'individual-advice', severity, start: first.start,
    end: (sentences[sentences.length - 1] as Span).end,
    message: 'This gives one person medical advice in public; keep posts general and move individual care to the portal or the office.',
    fixes: [rewriteFix(ctx, sentences)],
  })];
}
