/**
 * Every written form of a calendar date we look for, each as one module-level regex over the folded text
 * (patterns with letters run over its lower-cased copy, which keeps the same offsets).
 * Each pattern matches in one pass with bounded quantifiers only; which candidates are a patient's dates
 * is decided in date-rule.ts from the sentence around them.
 */

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?';
/** Month names and abbreviations; the optional dot after an abbreviation is part of the match. */
export const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|' +
  'december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept\\.?|sep\\.?|oct\\.?|nov\\.?|dec\\.?)';

/** A weekday right before a date ("Saturday 6/8", "Tuesday, March 3", "Tuesday the 9th") joins its span. */
export const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY},?\\s{1,3}$`);

/** 3/14, 3/14/26, 03-14-2026, 3.14.2026. Groups: month, separator, day, year. */
export const NUMERIC_MDY = /(?<![\w/.,$#:+-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\w/%+]|[.,:-]\d)/g;

/** 2026-03-14, 2026/03/14. Groups: year, month, day. */
export const NUMERIC_YMD = /(?<![\w/.-])(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?![\w/]|[.-]\d)/g;

/**
 * A month name. Every month form is found from this one token: what follows ("March 14, 2024") or
 * precedes it ("14 March", "the 14th of March", "early February") is read from the text around it.
 */
export const MONTH_TOKEN = new RegExp(`\\b(${MONTH})(?!\\w)`, 'g');
/** After the month: day and optional year. Groups: day, year. */
export const DAY_AFTER_MONTH = /^\s{0,3}(\d{1,2})(?:st|nd|rd|th)?(?![\d:%]|\w)(?:,?\s{1,3}(\d{4})(?!\d))?/;
/** Before the month: "14 ", "the 14th of ". Group: day. */
export const DAY_BEFORE_MONTH = /(?:\bthe\s{1,3})?(?<![\w.,/-])(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?$/;
/** A year right after the month ("March 2024", "14 March, 2024"). Group: year. */
export const YEAR_AFTER = /^,?\s{1,3}(\d{4})(?!\d)/;
/** "early ", "mid-", "the end of " before a month. */
export const PART_OF_MONTH_BEFORE = /\b(?:early|mid|late|the\s{1,3}(?:beginning|middle|end)\s{1,3}of)[\s-]{1,3}$/;

/** the 3rd, the 14th. Group: day. */
export const ORDINAL_DAY = /\bthe\s{1,3}(\d{1,2})(?:st|nd|rd|th)\b/g;

/** Holidays, which pin a patient's event to a day as surely as digits do. */
export const HOLIDAY = new RegExp(
  '\\b(?:christmas(?:\\s(?:eve|day|morning|night))?|new\\syear\'?s(?:\\s(?:eve|day))?|' +
  'thanksgiving(?:\\s(?:day|morning|night|eve))?|easter(?:\\s(?:sunday|morning|weekend))?|halloween|' +
  '(?:the\\s)?fourth\\sof\\sjuly|independence\\sday|valentine\'?s\\sday|mother\'?s\\sday|father\'?s\\sday|' +
  'memorial\\sday|labor\\sday|veterans\'?\\sday|presidents\'?\\sday|mlk\\sday|st\\.?\\spatrick\'?s\\sday|' +
  'juneteenth|good\\sfriday|black\\sfriday|super\\sbowl\\s(?:sunday|night)|cinco\\sde\\smayo|hanukkah|' +
  'chanukah|passover|yom\\skippur|rosh\\shashanah|diwali|eid(?:\\sal-(?:fitr|adha))?|kwanzaa|' +
  'lunar\\snew\\syear)\\b',
  'g',
);

/** The words after a bare m/d that make it a fraction, dose or score rather than a date. */
export const NOT_DATE_AFTER = /^\s{0,2}(?:of|tabs?|tablets?|pills?|caps?|cups?|mg|mcg|ml|g|doses?|pain|strength|inch(?:es)?|in\b|miles?|tsp|tbsp|teaspoons?|x\b|times|hrs?|hours|days|weeks|pts|patients|people|adults|kids|children|score|scale|nights|servings|glass(?:es)?|ratio|split|dilution|odds|vision|rule|support|access|coverage|care|shifts?|of\b)/;
/** Words before a bare m/d that make it a measurement or a share. */
export const NOT_DATE_BEFORE = /(?:\bpain|\bscale|\bgcs|\bapgars?|\bmotor|\bmmt|\bbp|\bb\/p|pressure|score[ds]?|rated|rating|ratio|odds|dose|dosing|strength|\btake|\btook|\btaking|\bgave|\bgive|\bover|\babout|\baround|\bnearly|\balmost|\broughly|\bonly|\bthan|\ba|\ban|vision|\bgrip|\bmmrc|\bmurmur|\bgrade|\bpower|\bstrength|\bvisual acuity|\bva)\s{0,2}$/;

/** Preposition or weekday right before a bare m/d or ordinal, as in "on 3/14", "Saturday 6/8". */
export const DATE_PREPOSITION_BEFORE = /(?:\bon|\bsince|\bfrom|\buntil|\btill|\bby|\bbefore|\bafter|\bof|\bon the|\bsince the|\bby the)\s{1,3}$/;

/** Event word right before a date ("admitted 3/14", "born on Christmas Eve", "DOB: 05/12/1931"). */
export const DIRECT_EVENT_BEFORE = new RegExp(
  '(?:admitted|admit|readmitted|admission|discharged|discharge|born|birth|birthday|dob|d\\.o\\.b\\.?|' +
  'date of birth|date of death|dod|died|passed away|passed|expired|coded|seen|saw (?:him|her|them|me)|' +
  'came in|came back|presented|delivered|operated on|surgery|diagnosed|transferred|arrived|went home|' +
  'sent home|injured|visit|appointment|appt|procedure|collapsed|lost (?:him|her)|intubated|extubated|' +
  'stay|stayed|hospitalized|hospitalization|treated|operated|scheduled)' +
  '\\s{0,2}[:,-]?\\s{0,3}(?:(?:on|in|since|at|during|over|around|of|the|early|mid|late)[\\s-]{1,3}){0,2}$',
);

/** Birth words: a birth date keeps no year when the year implies an age over 89. */
export const BIRTH_BEFORE = /(?:born|birth|birthday|dob|d\.o\.b\.?|date of birth)\s{0,2}(?:is|was)?\s{0,2}[:,-]?\s{0,3}(?:(?:on|in|the)\s{1,3}){0,2}$/;

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
