/**
 * Every written form of a calendar date we look for, each as one module-level regex over the folded text.
 * Each pattern matches in one pass with bounded quantifiers only; which candidates are a patient's dates
 * is decided in date-rule.ts from the sentence around them.
 */

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?';
/** Month names and abbreviations; the optional dot after an abbreviation is part of the match. */
export const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|' +
  'december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept\\.?|sep\\.?|oct\\.?|nov\\.?|dec\\.?)';

/** Optional weekday in front of a date: "Saturday 6/8", "Tuesday, March 3". Group 1. */
const WEEKDAY_PREFIX = `(?:(${WEEKDAY}),?\\s{1,3})?`;

/** 3/14, 3/14/26, 03-14-2026, 3.14.2026. Groups: weekday, month, separator, day, year. */
export const NUMERIC_MDY = new RegExp(
  `(?<![\\w/.,$#:+-])${WEEKDAY_PREFIX}(\\d{1,2})([/.-])(\\d{1,2})(?:\\3(\\d{4}|\\d{2}))?(?![\\w/%+]|[.,:-]\\d)`,
  'gi',
);

/** 2026-03-14, 2026/03/14. Groups: year, month, day. */
export const NUMERIC_YMD = /(?<![\w/.-])(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?![\w/]|[.-]\d)/g;

/** March 14, Mar. 3rd, March 14th, 2024, Tuesday, March 3. Groups: weekday, month, day, year. */
export const MONTH_DAY = new RegExp(
  `\\b${WEEKDAY_PREFIX}(${MONTH})\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:%]|\\w)(?:,?\\s{1,3}(\\d{4})(?!\\d))?`,
  'gi',
);

/** 14 March, the 14th of March, 3rd of June 2024. Groups: weekday, day, month, year. */
export const DAY_MONTH = new RegExp(
  `\\b${WEEKDAY_PREFIX}(?:the\\s{1,3})?(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?(${MONTH})(?!\\w)(?:,?\\s{1,3}(\\d{4})(?!\\d))?`,
  'gi',
);

/** early February, mid-March, March 2024. Groups: month, year. */
export const MONTH_ALONE = new RegExp(
  `\\b(?:(?:early|mid|late|the\\s{1,3}(?:beginning|middle|end)\\s{1,3}of)[\\s-]{1,3})?(${MONTH})(?!\\w)(?:,?\\s{1,3}(\\d{4})(?!\\d))?`,
  'gi',
);

/** the 3rd, Tuesday the 9th. Groups: weekday, day. */
export const ORDINAL_DAY = new RegExp(`\\b${WEEKDAY_PREFIX}the\\s{1,3}(\\d{1,2})(st|nd|rd|th)\\b`, 'gi');

/** Holidays, which pin a patient's event to a day as surely as digits do. */
export const HOLIDAY = new RegExp(
  '\\b(?:christmas(?:\\s(?:eve|day|morning|night))?|new\\syear\'?s(?:\\s(?:eve|day))?|' +
  'thanksgiving(?:\\s(?:day|morning|night|eve))?|easter(?:\\s(?:sunday|morning|weekend))?|halloween|' +
  '(?:the\\s)?fourth\\sof\\sjuly|independence\\sday|valentine\'?s\\sday|mother\'?s\\sday|father\'?s\\sday|' +
  'memorial\\sday|labor\\sday|veterans\'?\\sday|presidents\'?\\sday|mlk\\sday|st\\.?\\spatrick\'?s\\sday|' +
  'juneteenth|good\\sfriday|black\\sfriday|super\\sbowl\\s(?:sunday|night)|cinco\\sde\\smayo|hanukkah|' +
  'chanukah|passover|yom\\skippur|rosh\\shashanah|diwali|eid(?:\\sal-(?:fitr|adha))?|kwanzaa|' +
  'lunar\\snew\\syear)\\b',
  'gi',
);

/** The words after a bare m/d that make it a fraction, dose or score rather than a date. */
export const NOT_DATE_AFTER = /^\s{0,2}(?:of|tabs?|tablets?|pills?|caps?|cups?|mg|mcg|ml|g|doses?|pain|strength|inch(?:es)?|in\b|miles?|tsp|tbsp|teaspoons?|x\b|times|hrs?|hours|days|weeks|pts|patients|people|adults|kids|children|score|scale|nights|servings|glass(?:es)?|ratio|split|dilution|odds|vision|rule|support|access|coverage|care|shifts?|of\b)/;
/** Words before a bare m/d that make it a measurement or a share. */
export const NOT_DATE_BEFORE = /(?:\bbp|\bb\/p|pressure|score[ds]?|rated|rating|ratio|odds|dose|dosing|strength|\btake|\btook|\btaking|\bgave|\bgive|\bover|\babout|\baround|\bnearly|\balmost|\broughly|\bonly|\bthan|\ba|\ban|vision|\bgrip|\bmmrc|\bmurmur|\bgrade|\bpower|\bstrength|\bvisual acuity|\bva)\s{0,2}$/;

/** Preposition or weekday right before a bare m/d or ordinal, as in "on 3/14", "Saturday 6/8". */
export const DATE_PREPOSITION_BEFORE = /(?:\bon|\bsince|\bfrom|\buntil|\btill|\bby|\bbefore|\bafter|\bof|\bon the|\bsince the|\bby the)\s{1,3}$/;

/** Event word right before a date ("admitted 3/14", "born on Christmas Eve", "DOB: 05/12/1931"). */
export const DIRECT_EVENT_BEFORE = new RegExp(
  '(?:admitted|admit|readmitted|admission|discharged|discharge|born|birth|birthday|dob|d\\.o\\.b\\.?|' +
  'date of birth|date of death|dod|died|passed away|passed|expired|coded|seen|saw (?:him|her|them|me)|' +
  'came in|came back|presented|delivered|operated on|surgery|diagnosed|transferred|arrived|went home|' +
  'sent home|injured|visit|appointment|appt|procedure|collapsed|lost (?:him|her)|intubated|extubated)' +
  '\\s{0,2}[:,-]?\\s{0,3}(?:(?:on|in|since|at|during|over|around|of|the|early|mid|late)[\\s-]{1,3}){0,2}$',
);

/** Birth words: a birth date keeps no year when the year implies an age over 89. */
export const BIRTH_BEFORE = /(?:born|birth|birthday|dob|d\.o\.b\.?|date of birth)\s{0,2}[:,-]?\s{0,3}(?:(?:on|in|the)\s{1,3}){0,2}$/;

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

export function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()] ?? 0;
}

export function validDay(month: number, day: number): boolean {
  const max = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month] ?? 0;
  return day >= 1 && day <= max;
}

/** "May" and "March" are also a verb and a noun: only their capitalised forms name a month. */
export function monthWritten(word: string): boolean {
  const w = word.toLowerCase();
  if (w === 'may' || w.startsWith('march') || w === 'mar' || w === 'mar.') return /^[A-Z]/.test(word);
  return true;
}

/** A four-digit year, or two digits read as 19xx/20xx. */
export function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n + (n <= 40 ? 2000 : 1900);
}
