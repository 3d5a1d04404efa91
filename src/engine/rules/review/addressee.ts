import type { RuleContext } from '../../context.js';
import { isClearFirstName } from '../phi/names/dictionary.js';
import { literalGate } from '../../text/literal-gates.js';
import { foldedOffset, matchSpans, type Span } from '../../text/spans.js';

/**
 * Whether the draft speaks to one particular person (a reviewer, a tagged patient, a relative):
 * only then can "your visit" confirm that this person was a patient. General posts say "you" to
 * everyone and confirm nothing.
 */

/** Handles of colleagues ("@DrAlexKim", "@jsmith_md") are a consult, not a patient. */
const COLLEAGUE_HANDLE = /^@(?:dr|doc|prof)[a-z0-9_.]|(?:md|do|rn|np|pa|phd|dds)$/;
const HANDLE = /(?<![\w@.])@[a-z0-9_][a-z0-9_.]{0,29}/g;

/** Greeting words that open a reply to someone: "Hi Karen,", "Thanks for the love, Sofía!". */
const FIRST_CLAUSE = /^[^.!?\n]{0,60}/;
const OPENER = /^\s*(?:hi|hey|hello|dear|aw+|thanks|thank you|thx|congrats|congratulations|welcome back)\b/i;
/** A name in capitals, not a word that merely starts the sentence. */
const CAPITALISED = /(?<![\p{L}'-])\p{Lu}[\p{Ll}'-]{1,20}(?![\p{L}])/gu;
const NOT_NAMES = new Set([
  'We', 'Our', 'I', 'You', 'Your', 'The', 'So', 'For', 'Thanks', 'Thank', 'Hi', 'Hey', 'Hello', 'Dear', 'Aw',
  'Oh', 'It', 'This', 'That', 'Congrats', 'Congratulations', 'Welcome', 'Back', 'All', 'Everyone', 'Team',
  'Dr', 'Doctor', 'Happy', 'Great', 'Sorry', 'Please', 'Love', 'And', 'From', 'Huge',
]);
/** "Alicia, we're sorry…": a name, a comma, then words addressed to that person. */
const VOCATIVE = /^\s*(\p{Lu}[\p{Ll}'-]{1,20})(?: \p{Lu}[\p{Ll}'-]{1,20})?, (?:we|i|you|thank|thanks|so|sorry|it|this|please|congrat)/u;
/** A titled name closing a sentence as an address: "…at our front desk, Ms. Lane." */
const VOCATIVE_END = /, (?:Mr|Ms|Mrs|Miss|Mx)\.? \p{Lu}[\p{Ll}'-]{1,20}[.!]/u;
/** Words that address a crowd, not one person: "Friends, we…". */
const CROWD = new Set([
  'Friends', 'Folks', 'Everyone', 'Everybody', 'Team', 'Guys', 'Ladies', 'Gentlemen', 'Parents', 'Patients',
  'Colleagues', 'Residents', 'Docs', 'Doctors', 'Nurses', 'All', 'Students', 'Families', 'Neighbors', 'Neighbours',
]);
/** A title before the name: a colleague is being thanked ("Thank you, Dr. Osei, for…"). */
const TITLE_BEFORE = /\b(?:dr|doctor|nurse|prof|professor)\.?\s$/i;
const SPOKEN_TO = new RegExp([
  "\\bif you(?:'re| are) reading this\\b", '\\bif [^!?\\n]{1,40} (?:sees|reads) this\\b', '\\byou know who you are\\b',
  "\\bi'?m the (?:surgeon|doctor|physician|dentist|provider|nurse|np|pa|one|doc)(?: [a-z]{1,12})? (?:you(?:'re| are| were) (?:talking|writing|complaining)|you (?:mentioned|wrote about|reviewed))\\b",
  '\\bwe know (?:this|that|it) (?:is|was)\\b', "\\bwe know who you are\\b", '"?anonymous(?: patient| reviewer| user)?"?\\s*[-,:]',
].join('|'));
/** A phrase every SPOKEN_TO match holds ("i'm the" and "im the" both hold "m the "). */
const SPOKEN_TO_GATE = literalGate('spoken to', ['reading this', 'sees this', 'reads this', 'who you are', 'm the ', 'we know ', 'anonymous'], SPOKEN_TO);
const AFFECTION = /\b(?:we|i) (?:love|miss|adore) you\b/;
const AFFECTION_GATE = literalGate('affection', ['love you', 'miss you', 'adore you'], AFFECTION);

/**
 * The draft says it answers one review: "Reply to review:", "Responding to your review", "Thanks for
 * the 5-star review". "We value every review" or "thanks for all the reviews" speak to everyone.
 */
const REVIEW_NOUN = '(?:[a-z0-9-]{1,12} ){0,2}(?:review|feedback|rating|comment)\\b';
const REPLY_HEADER = new RegExp([
  `^\\W{0,3}re: ?(?:your|the|this) ${REVIEW_NOUN}`,
  `\\b(?:reply|replying|response|responding|answer|answering) to (?:(?:your|the|this|a|that) )?${REVIEW_NOUN}`,
  `\\b(?:owner'?s?|practice'?s?|our) (?:reply|response)\\b`,
  `\\bthanks?(?: you)?(?: so much| very much)? for (?:your|the|this) ${REVIEW_NOUN}`,
].join('|'));
/** Every REPLY_HEADER match names what it answers, or is an owner's reply or response. */
const REPLY_HEADER_GATE = literalGate('reply header', ['review', 'feedback', 'rating', 'comment', ' reply', ' response'], REPLY_HEADER);
/**
 * A reviewer who posted under a pseudonym: 'left a 1-star review as "BeachMom22"', 'to whoever wrote
 * this'. The quoted name is captured so a real name after it can be reported as unmasking.
 */
const PSEUDONYM = /\b(?:review(?:ed)?|posted|wrote|writing|commented|signed|goes by|going by|calling (?:yourself|herself|himself)) (?:as|under(?: the name)?) ["\u201c'][^"\u201d'\n]{1,30}["\u201d']/;
const WHOEVER = /\b(?:to )?(?:whoever|the (?:person|reviewer|patient|user) who) (?:left|wrote|posted)\b/;
/** A capitalised first name opening a sentence and set off as an address: "Courtney, we…", "Kevin — we…". */
const SENTENCE_VOCATIVE = /(?:^|[.!?:;]\s{1,3}|\n\s{0,3})["\u201c]?(\p{Lu}[\p{Ll}'-]{1,20})(?:,| ?[\u2014\u2013] ?| - )\s?\p{Ll}/gu;
/** "…went well, Priya!": a first name closing a sentence as an address. */
const CLOSING_NAME = /, (\p{Lu}[\p{Ll}'-]{1,20})[.!]/gu;
/** "Mr. Lee, we…": a titled name opening the draft. */
const TITLED_VOCATIVE = /^\s*(?:Mr|Ms|Mrs|Miss|Mx)\.? \p{Lu}[\p{Ll}'-]{1,20}(?:,| ?[\u2014\u2013] ?| - )/u;
/** How far into a draft an address is looked for: a reply turns to its reader early. */
const ADDRESS_REACH = 400;

/** A first name set off by commas or a dash, where it can only be the person spoken to. */
function addressedByFirstName(head: string): Span | undefined {
  for (const re of [SENTENCE_VOCATIVE, CLOSING_NAME]) {
    re.lastIndex = 0;
    for (let m = re.exec(head); m !== null; m = re.exec(head)) {
      const name = m[1] as string;
      if (NOT_NAMES.has(name) || CROWD.has(name) || !isClearFirstName(name)) continue;
      re.lastIndex = 0;
      const start = m.index + m[0].indexOf(name);
      return { start, end: start + name.length };
    }
    re.lastIndex = 0;
  }
  return undefined;
}

export interface Addressee {
  /** Where the draft turns to the person (folded offsets), or undefined when it speaks to no one in particular. */
  span?: Span;
  /** A real name given to someone who posted under a pseudonym. */
  unmasked?: Span;
  /** Handles of people (not colleagues) the draft tags. */
  handles: Span[];
}

export function patientHandles(lower: string): Span[] {
  // Most drafts tag no one: one character search instead of the pattern.
  if (!lower.includes('@')) return [];
  return matchSpans(HANDLE, lower).filter((h) => !COLLEAGUE_HANDLE.test(lower.slice(h.start, h.end)));
}

function hasNamePhi(ctx: RuleContext): boolean {
  return ctx.phi.some((f) => f.phiType === 'NAME' || f.phiType === 'OTHER_ID');
}

/** The first clause carries a greeting and a name (a capitalised word, a name finding or a handle). */
function greetsByName(ctx: RuleContext): Span | undefined {
  const { text } = ctx.folded;
  if (!OPENER.test(text)) return undefined;
  const clause = FIRST_CLAUSE.exec(text)?.[0] ?? '';
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(clause); m !== null; m = CAPITALISED.exec(clause)) {
    if (NOT_NAMES.has(m[0]) || CROWD.has(m[0])) continue;
    CAPITALISED.lastIndex = 0;
    if (TITLE_BEFORE.test(clause.slice(Math.max(0, m.index - 10), m.index))) return undefined;
    return { start: 0, end: m.index + m[0].length };
  }
  CAPITALISED.lastIndex = 0;
  const { map } = ctx.folded;
  const named = ctx.phi.find((f) => (f.phiType === 'NAME' || f.phiType === 'OTHER_ID')
    && (map ? foldedOffset(map, f.start) : f.start) < clause.length);
  if (named) return { start: 0, end: clause.length };
  return undefined;
}

export function findAddressee(ctx: RuleContext): Addressee {
  const { lower, text } = ctx.folded;
  const handles = patientHandles(lower);
  const leading = handles.find((h) => lower.slice(0, h.start).trim() === '');
  if (leading) return { span: leading, handles };
  const greeting = greetsByName(ctx);
  if (greeting) return { span: greeting, handles };
  const vocative = VOCATIVE.exec(text);
  if (vocative && !CROWD.has(vocative[1] as string)) return { span: { start: 0, end: vocative[0].length }, handles };
  // A reply names what it answers, and whom, in its opening lines.
  const head = text.slice(0, ADDRESS_REACH);
  const lowerHead = lower.slice(0, ADDRESS_REACH);
  const pseudonym = (head.includes(' as ') || head.includes(' under ') ? PSEUDONYM.exec(head) : null)
    ?? (lowerHead.includes('who') ? WHOEVER.exec(lowerHead) : null);
  if (pseudonym) {
    const span = { start: pseudonym.index, end: pseudonym.index + pseudonym[0].length };
    const named = addressedByFirstName(head);
    return named && named.start >= span.end ? { span, unmasked: named, handles } : { span, handles };
  }
  const titled = TITLED_VOCATIVE.exec(text);
  if (titled) return { span: { start: titled.index, end: titled.index + titled[0].length }, handles };
  const header = REPLY_HEADER_GATE.mayMatch(lower) ? REPLY_HEADER.exec(lowerHead) : null;
  if (header) return { span: { start: header.index, end: header.index + header[0].length }, handles };
  const named = addressedByFirstName(head);
  if (named) return { span: named, handles };
  const closing = text.includes(', M') ? VOCATIVE_END.exec(text) : null;
  if (closing) {
    return { span: { start: closing.index + 2, end: closing.index + closing[0].length - 1 }, handles };
  }
  const spoken = SPOKEN_TO_GATE.mayMatch(lower) ? SPOKEN_TO.exec(lower) : null;
  if (spoken) return { span: { start: spoken.index, end: spoken.index + spoken[0].length }, handles };
  const affection = hasNamePhi(ctx) && AFFECTION_GATE.mayMatch(lower) ? AFFECTION.exec(lower) : null;
  if (affection) return { span: { start: affection.index, end: affection.index + affection[0].length }, handles };
  if (ctx.settings.reviewReplyMode) return { span: { start: 0, end: 0 }, handles };
  return { handles };
}
