import { HOLIDAY, MONTH_TOKEN, NUMERIC_MDY, NUMERIC_YMD, ORDINAL_DAY } from './date-patterns.js';
import { MAX_CANDIDATES } from './limit.js';
import { isWordCode } from '../../../text/spans.js';

/**
 * The date patterns' matches from one scan of the draft. Five whole-draft scans cost five walks over
 * every character; instead one locator finds each place where some date pattern can start (a number
 * followed by / . or -, "the" before a number, a month or a holiday's first word), and each pattern is
 * run there as a sticky regex. The matches equal a global scan's (first MAX_CANDIDATES of each).
 *
 * Why the locator misses no start: every pattern's match begins with one of its alternatives, and no
 * locator match can swallow another start (its digit form ends in a digit after a separator, where no
 * number pattern starts; its word forms are letters only, and the words after "the", "new", "st" are
 * look-aheads).
 */
const LOCATOR = new RegExp(
  '(?<!\\d)\\d{1,4}[/.-]\\d|\\b(?:the(?=\\s{1,3}\\d|\\sfourth)|' +
  // Months (every written form begins with these three letters; "jun" also begins "juneteenth").
  'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|' +
  // Holidays' first words.
  'christmas|new(?=\\syear)|thanksgiving|easter|halloween|fourth|independence|valentine|mother|father|' +
  'memorial|labor|veterans|presidents|mlk|st(?=\\.?\\spatrick)|good(?=\\sfriday)|black(?=\\sfriday)|' +
  'super(?=\\sbowl)|cinco|hanukkah|chanukah|passover|yom|rosh|diwali|eid|kwanzaa|lunar)',
  'g',
);

/** Month names by their first three letters. */
const MONTH_NAMES = new Map([
  ['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['may', 'may'], ['jun', 'june'],
  ['jul', 'july'], ['aug', 'august'], ['sep', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december'],
]);

/**
 * Whether MONTH_TOKEN can match at `at`, where `prefix` starts a word: an abbreviation must end the
 * word there ("Jan", "Jan."), so a longer word must be the month's name ("January", "Sept").
 */
function monthCanStart(lower: string, at: number, prefix: string, name: string): boolean {
  if (!isWordCode(lower.charCodeAt(at + prefix.length))) return true;
  return lower.startsWith(name, at) || (prefix === 'sep' && lower.startsWith('sept', at));
}

const stickyOf = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', '') + 'y');
let sticky: Record<keyof DateMatches, RegExp> | undefined;

/** One pattern tried at ascending positions, skipping those inside its last match, as a global scan would. */
class Anchored {
  readonly matches: RegExpExecArray[] = [];
  private lastEnd = 0;

  constructor(private readonly sticky: RegExp) {}

  tryAt(s: string, at: number): void {
    if (at < this.lastEnd || this.matches.length >= MAX_CANDIDATES) return;
    this.sticky.lastIndex = at;
    const m = this.sticky.exec(s);
    if (m === null) return;
    this.matches.push(m);
    this.lastEnd = this.sticky.lastIndex;
  }
}

export interface DateMatches {
  mdy: readonly RegExpExecArray[];
  ymd: readonly RegExpExecArray[];
  month: readonly RegExpExecArray[];
  ordinal: readonly RegExpExecArray[];
  holiday: readonly RegExpExecArray[];
}

/** Matches of NUMERIC_MDY and NUMERIC_YMD over `text`, and of the word patterns over `lower`. */
export function dateMatches(text: string, lower: string): DateMatches {
  LOCATOR.lastIndex = 0;
  let m = LOCATOR.exec(lower);
  // Most drafts hold no date form at all.
  if (m === null) return NO_MATCHES;
  sticky ??= {
    mdy: stickyOf(NUMERIC_MDY), ymd: stickyOf(NUMERIC_YMD), month: stickyOf(MONTH_TOKEN),
    ordinal: stickyOf(ORDINAL_DAY), holiday: stickyOf(HOLIDAY),
  };
  const mdy = new Anchored(sticky.mdy);
  const ymd = new Anchored(sticky.ymd);
  const month = new Anchored(sticky.month);
  const ordinal = new Anchored(sticky.ordinal);
  const holiday = new Anchored(sticky.holiday);
  for (; m !== null; m = LOCATOR.exec(lower)) {
    const at = m.index;
    const word = m[0];
    const c = word.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      // The locator's digits are the whole number (a shorter one would leave a digit before the mark):
      // "3/1" or "12/1" can begin a month/day, "2026/1" a year/month/day.
      if (word.length <= 4) mdy.tryAt(text, at);
      else if (word.length === 6) ymd.tryAt(text, at);
      continue;
    }
    if (word === 'the') {
      ordinal.tryAt(lower, at);
      holiday.tryAt(lower, at); // "the fourth of July"
    } else if (MONTH_NAMES.has(word)) {
      if (monthCanStart(lower, at, word, MONTH_NAMES.get(word) as string)) month.tryAt(lower, at);
      if (word === 'jun') holiday.tryAt(lower, at); // "Juneteenth"
    } else {
      holiday.tryAt(lower, at);
    }
  }
  LOCATOR.lastIndex = 0;
  return { mdy: mdy.matches, ymd: ymd.matches, month: month.matches, ordinal: ordinal.matches, holiday: holiday.matches };
}

const NONE: readonly RegExpExecArray[] = [];
const NO_MATCHES: DateMatches = { mdy: NONE, ymd: NONE, month: NONE, ordinal: NONE, holiday: NONE };
