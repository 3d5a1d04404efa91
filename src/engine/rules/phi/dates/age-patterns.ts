/**
 * Written forms of an age over 89. Each regex captures the number (or number words) in group 1 so the
 * fix can replace just that part ("a 94-year-old" becomes "a 90+-year-old").
 */

const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
/** ninety, ninety-four, one hundred, a hundred and two. */
const AGE_WORDS = `(?:ninety(?:[\\s-]${UNITS})?|(?:one|a)\\s(?:hundred)(?:(?:\\sand)?\\s(?:${UNITS}|ten))?)`;

const NOT_AGGREGATED = '(?!\\s{0,2}(?:\\+|or\\s(?:older|over|above|more)|and\\s(?:older|over|up|above)|plus\\b|-\\s?\\d|to\\s\\d|%))';
const NOT_A_QUANTITY = '(?![.,/]\\d|\\d|\\s{0,2}(?:percent|%|mg|mcg|mmhg|bpm|lbs?|kgs?|pounds|kilos|degrees|minutes|mins|hours|hrs|days|weeks|months|units|times|calls|visits|meds|medications|patients|people|miles|steps|beats|breaths|mm|cm|ml)\\b)';

/** 93-year-old, 97 y/o, 92yo, 91 years old, ninety-four-year-old. */
export const AGE_YEAR_OLD = new RegExp(
  `(?<![\\w$#.,/+-])(\\d{2,3}|${AGE_WORDS})[\\s-]{0,2}(?:years?[\\s-]{0,2}old|yrs?[\\s-]{0,2}old|y/o|y\\.o\\.?|yo|yr-old)(?![a-z])`,
  'g',
);

/** 94M, 92F, 94 M: age and sex shorthand (upper-case only; "5m" is five minutes or metres). */
export const AGE_SEX = /(?<![\w$#.,/+-])(\d{2,3})\s?([MF])(?![\w$%+-])/g;

/** aged 97, age 95, turned 100, turning 92. */
export const AGE_AFTER_WORD = new RegExp(
  `\\b(?:aged|age|ages|turned|turns|turning|just turned)[:\\s]{1,3}(?:of\\s{1,3})?(\\d{2,3}|${AGE_WORDS})\\b${NOT_AGGREGATED}${NOT_A_QUANTITY}`,
  'g',
);

/** she's 94, he is ninety-one, who was 96, the gentleman in bed 3 is 97. */
export const AGE_AFTER_PERSON = new RegExp(
  `\\b(?:she|he|who|patient|pt|grandma|grandpa|mom|dad|gentleman|lady|guy)(?:\\s{1,3}in\\s{1,3}(?:bed|bay|room)\\s{1,3}\\d{1,4})?(?:'s|\\s{1,3}is|\\s{1,3}was)\\s{1,3}(?:now\\s{1,3}|only\\s{1,3}|already\\s{1,3})?(\\d{2,3}|${AGE_WORDS})\\b${NOT_AGGREGATED}${NOT_A_QUANTITY}`,
  'g',
);

/** "Our patient, 94, was …", "Harold Jenkins, 94, …", "a gentleman, ninety-three, came in": an age set off by
 * commas after a person. */
export const AGE_APPOSITIVE = new RegExp(`(?:\\b(?:patient|pt|man|woman|gentleman|lady|widow|widower|veteran|vet|grandma|grandpa|grandmother|grandfather|resident|mom|dad|mother|father|husband|wife)|\\b[A-Z][a-z]{1,20}),\\s{1,2}(\\d{2,3}|${AGE_WORDS})(?=\\s{0,2}[,;)]|\\.(?!\\d)|\\s{1,2}(?:and|with|who|from|was|is|has|had)\\b)`, 'g');

/** "my patient (93)", "Mr. K (95M)": an age in brackets after a person. */
export const AGE_PAREN = /(?:\b(?:patient|pt|man|woman|gentleman|lady|veteran|vet|grandma|grandpa|mom|dad)|\b(?:Mr|Mrs|Ms|Mx)\.?\s{1,2}[A-Z][a-z]{0,20}\.?)\s{0,2}\((\d{2,3})(?:\s?[MF])?\)/g;

/** 102nd birthday, ninetieth birthday. */
export const AGE_BIRTHDAY = new RegExp(
  '(?<![\\w$#.,/+-])(\\d{2,3}(?:st|nd|rd|th)|ninetieth|ninety-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|one hundredth|hundredth|100th)\\s{1,3}birthday',
  'g',
);

/** in her 90s, in his late nineties. */
export const AGE_DECADE = /\b(?:in|into)\s{1,3}(?:his|her|their)\s{1,3}(?:(?:early|mid|late)[\s-]{1,2})?(?:90s|90's|nineties|100s)\b/g;

/** a 90-something patient. */
export const AGE_SOMETHING = /\b(?:90|ninety)-?something\b/g;

/** centenarian, nonagenarian. */
export const AGE_NOUN = /\b(?:super)?centenarians?\b|\bnonagenarians?\b/g;

/** born in 1931, born 1931: a birth year that implies an age over 89. */
export const BIRTH_YEAR = /\bborn\s{1,3}(?:in\s{1,3})?((?:18|19|20)\d\d)\b/g;

/** Temperature words: "fever of 102F" is degrees, not a 102-year-old woman. */
export const TEMPERATURE_BEFORE = /(?:temp|temperature|fever|febrile|tmax|t max|spiked|spiking|°|degrees?|thermometer)[^.!?\n]{0,20}$/;

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** Numeric value of digits, "ninety-four", "a hundred and two" or an ordinal like "102nd". */
export function ageValue(s: string): number {
  const lower = s.toLowerCase();
  const digits = /^\d+/.exec(lower);
  if (digits) return Number(digits[0]);
  if (lower.includes('hundred')) {
    const unit = /(one|two|three|four|five|six|seven|eight|nine|ten)$/.exec(lower);
    return 100 + (unit && !/^(?:one|a)\shundred$/.test(lower) ? WORD_VALUES[unit[1] as string] ?? 0 : 0);
  }
  if (lower.startsWith('ninet')) {
    const unit = /-(\w+)$/.exec(lower) ?? /\s(\w+)$/.exec(lower);
    const word = unit?.[1] ?? '';
    const ordinal: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };
    return 90 + (WORD_VALUES[word] ?? ordinal[word] ?? 0);
  }
  return 0;
}

/** Cheap first look: without one of these no age pattern can match, and the rest are skipped. */
export const AGE_PREFILTER = /(?<!\d)(?:9\d|1[01]\d)(?!\d)|ninet|hundred/;

/** Oldest plausible age; bigger numbers are counts, weights or money. */
export const MAX_AGE = 120;
