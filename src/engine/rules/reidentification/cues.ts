import type { Span } from '../../text/spans.js';
import { matchSpans, prefixed } from '../../text/spans.js';
import { literalGate } from '../../text/literal-gates.js';
import { lazyScan } from '../../text/word-scan.js';
import {
  DISASTERS, WEATHER, GATHERINGS, OCCUPATIONS, OCCUPATIONS_PLURAL, PLACES, PUBLIC_ROLES, RARE_CONDITIONS, SETTINGS,
  UNUSUAL_INJURIES,
} from './vocabulary.js';

/**
 * Quasi-identifier cues of one encounter (compliance-rules.md §6, QI-COMBO): T time, S setting,
 * D descriptor of the patient, E a publicised or unusual event or a place. All patterns run on the
 * lower-cased folded text with Safe Harbor spans masked; every repetition is bounded so no input can
 * make them backtrack without limit.
 */
export type Kind = 'time' | 'setting' | 'descriptor' | 'event';

export type CueSort =
  | 'time' | 'time-possessive' | 'setting' | 'age' | 'age-sex' | 'age-bare' | 'age-range' | 'job' | 'rare'
  | 'unusual' | 'role' | 'only' | 'known' | 'births' | 'disaster' | 'weather' | 'gathering' | 'publicity' | 'place'
  | 'odd-birth';

export interface Cue extends Span {
  kind: Kind;
  sort: CueSort;
  /** A trait that can point to one person on its own (PHI-UNIQUE). */
  unique: boolean;
}

const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const NUMBER_WORD = '(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)';
const WORDS = (min: number, max: number, len = 20) => `(?: [a-z0-9'&\u00a4-]{1,${len}}){${min},${max}}`;
/** Modifier words between a determiner and its noun: never another determiner or a preposition. */
const MODS = (max: number, len = 15) =>
  `(?: (?!(?:a|an|the|our|my|this|that|his|her|their|in|at|on|to|of|for|with|and|from|by|who|was|is)\\b)[a-z0-9'\u00a4-]{1,${len}}){0,${max}}`;
/** A prefix pattern for withPrefix(): `head` then modifiers, ending right before the keyword. */
const before = (head: string, mods: string) => new RegExp(`\\b${head}${mods} $`);

/** "Yesterday's", "this morning's": the time is the event's, and the fix rewrites it as "a recent". */
const TIME_POSSESSIVE = new RegExp(
  `\\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening|weekend)|last (?:night|evening|week|weekend)|${DAY}(?: night)?)'s\\b`, 'g');
const TIME = new RegExp([
  '\\b(?:earlier )?today\\b', '\\btonight\\b', '\\byesterday\\b', '\\bovernight\\b', '\\bjust now\\b',
  '\\bthis (?:morning|afternoon|evening|past week(?:end)?|week(?:end)?|spring|summer|fall|autumn|winter)\\b',
  '\\blast (?:night|evening|week(?:end)?|month|shift)\\b', '\\bover the weekend\\b',
  `\\b(?:a few|a couple(?: of)?|${NUMBER_WORD}) (?:hours|minutes) ago\\b`, '\\ban hour ago\\b',
  '\\b(?:on )?(?:my|our) (?:night |overnight |evening |day |last )?shift\\b', '\\bon (?:the night|the day) (?:shift|call)\\b',
  '\\bon call (?:last night|tonight)\\b',
  '\\bpost-?op day (?:\\d{1,2}|one|two|three)\\b', '\\bat \\d{1,2}(?::\\d\\d)? ?[ap]\\.?m\\b\\.?',
  `\\b${DAY}(?: night| morning| afternoon| evening)?\\b`, `\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b`,
].join('|'), 'g');
/** "every Tuesday" is a schedule, not the time of an encounter; "on Tuesday" keeps its "on" for the fix. */
const EVERY_BEFORE = /\bevery (?:other )?$/;
const ON_BEFORE = /\bon $/;

const SETTING_WORD = new RegExp(`\\b(?:${SETTINGS})\\b(?!-|'s)`, 'g');
const SETTING_HEAD = before('(?:(?:in|at|into|to|through|from|on) )?(?:our|my|the|this)', MODS(2));
const SETTING = new RegExp([
  '\\bin clinic\\b', '\\b(?:on|in) (?:l ?& ?d|labou?r (?:and|&) delivery)\\b',
  '\\b(?:in |to |into )?(?:exam |patient |hospital )?room \\d{1,4}\\b', '\\b(?:in |to )?bed \\d{1,3}\\b',
  '\\b(?:in |to )?bay \\d{1,3}\\b', '\\bwith us\\b', '\\bhere at\\b', '\\b(?:i|we) admitted\\b',
  '\\b(?:was|were|got) admitted\\b', '\\bhospital (?:parking lot|parking garage|garage|lobby|elevator|entrance|driveway|helipad)\\b',
].join('|'), 'g');
/** "the OR" only in capitals: lower case it is the conjunction. */
const OPERATING_ROOM = /\b(?:in|to|into|from|out of|back to) the OR\b/g;

const AGE = new RegExp([
  '\\b\\d{1,3}[- ]?(?:year|yr)s?[- ]old\\b', '\\b\\d{1,3} ?(?:yo|y/o|y\\.o\\.)(?![a-z])',
  '\\b\\d{1,2}[- ]?(?:month|week|day)s?[- ]old\\b', '\\b(?:age|aged) \\d{1,3}\\b', '\\bwho is \\d{1,3}\\b',
  '\\b\\d{1,3} (?:years|months) old\\b',
].join('|'), 'g');
const AGE_RANGE = /\bin (?:his|her|their) (?:early |mid-?|late )?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|[1-8]0s)\b/g;
/** "38M", "52 F": read on the folded text, where the case says it is a sex and not "5M views". */
const AGE_SEX = /(?<![\w$.,])\d{1,2} ?[MF](?![\w])/g;
/** A bare age set off by commas: "…, 44, lives out past…", ". 71, retired airline captain". */
const AGE_BARE = /\b\d{1,2},(?=\s[a-z])/g;
const AGE_BARE_BEFORE = /(?:^|[:.!?]\s{1,3}|\u00a4,\s|\u00a4\)?:\s)$/;

const JOB_WORD = new RegExp(`\\b(?:${OCCUPATIONS})\\b(?![-']| investigator| of record)`, 'g');
const JOB_HEAD = before('(?:a|an|the|our|retired|former|local|off-duty|one of (?:the|our|their|his|her))', MODS(3, 20));
const JOBS_WORD = new RegExp(`\\b(?:${OCCUPATIONS_PLURAL})\\b`, 'g');
const JOBS_HEAD = before('one of (?:the|our|their)', MODS(2, 20));
const JOB = new RegExp([
  `\\bteach(?:es|ing) (?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|high school|middle school|kindergarten|preschool)(?: grade)?\\b`,
  '\\bcoach(?:es|ing) (?:little league|varsity|youth|the|his|her|a)\\b',
  `\\b(?:single )?(?:mom|mother|dad|father) of ${NUMBER_WORD}\\b`,
].join('|'), 'g');

const ROLE_WORD = new RegExp(`\\b(?:${PUBLIC_ROLES})\\b(?!-)`, 'g');
const ROLE_HEAD = before('(?:the|a|an|our|one|a certain|a local|the local|a well-known|a famous|a former|the former)', MODS(2));
const ONLY = new RegExp([
  `\\bthe (?:only|first|youngest|oldest|tallest|heaviest|smallest)${WORDS(1, 6, 24)} (?:in|at|on|of) (?:the|our|this|my|his|her|their)(?: [a-z]{1,15}'s)? (?:state|county|town|city|country|nation|region|area|world|hospital|valley|island|province|community|history|school|district)\\b`,
  `\\b(?:only|just) (?:a few|a handful(?: of)?|${NUMBER_WORD}|\\d{1,3})(?: known)? (?:cases|people|patients|families|children|kids|babies|persons)${WORDS(0, 2, 12)} (?:in|on) (?:the )?(?:world|country|state|us|u\\.s\\.|planet|history|literature|medical literature)\\b`,
  '\\brecord-?(?:setting|breaking)\\b', '\\bworld record\\b',
].join('|'), 'g');
/** "our hospital's first": a possessive, found apart since it starts with punctuation, not a word. */
const ONLY_OWNED = /'s (?:first|only|youngest|oldest)\b/g;
/** "the only child with…", "the first transplant in…": a person or a case, not "the only approved drug". */
const ONLY_OF_A_PERSON = /\b(?:child|children|patient|person|man|woman|veteran|resident|citizen|member|student|worker|kid|baby|babies|girl|boy|family|case|survivor|recipient|transplant|surgery|procedure|delivery|birth|twins|one|teen|toddler|infant|player|athlete|mother|father|mom|dad)s?\b/;
/** "our hospital's first": the owner of the "'s" must be a place of care or a community. */
const FIRST_OWNER = /\b(?:our|the|this) (?:hospital|state|county|town|city|region|unit|clinic|icu|nicu|area)$/;
const KNOWN = new RegExp([
  "\\b(?:you'?d|you would|you'?ll|you will|everyone would|most people would) (?:know|recognize|recognise)(?: (?:the|her|his|their|this))? (?:face|name|voice)\\b",
  '\\b(?:most|all|many|some) of you (?:know|knew|will know|probably know)(?: (?:him|her|them))?\\b',
  '\\beveryone in (?:town|the county|the valley|the neighborhood|our town) knows\\b',
  '\\blocal (?:legend|hero|celebrity|icon|personality)\\b',
  '\\b(?:a|the) (?:locally |nationally )?(?:famous|well-known) (?:person|man|woman|athlete|musician|singer|actor|actress|author|chef|figure|personality)\\b',
].join('|'), 'g');
const BIRTHS = /\b(?:triplets|quadruplets|quintuplets|sextuplets|septuplets|octuplets|conjoined twins)\b/g;

const RARE = new RegExp(`\\b(?:${RARE_CONDITIONS})\\b`, 'g');
const UNUSUAL = new RegExp(`\\b(?:${UNUSUAL_INJURIES})\\b`, 'g');

const EVENT_HEAD = before(
  `(?:the|this|that|today's|tonight's|yesterday's|last night's|this morning's|this afternoon's|this evening's|last week's|last weekend's|this weekend's|${DAY}(?: night)?'s)`,
  MODS(3, 20));
const DISASTER_WORD = new RegExp(
  `\\b(?:${DISASTERS})s?\\b(?! cart| course| diet| landing| pains?| drill| alarm| extinguisher| department| station| safety)`, 'g');
const WEATHER_WORD = new RegExp(`\\b(?:${WEATHER})s?\\b`, 'g');
const GATHERING_WORD = new RegExp(`\\b(?:${GATHERINGS})\\b`, 'g');
const GATHERING_HEAD = before(
  `(?:the|this|that|a|at the|at a|in the|today's|tonight's|yesterday's|last night's|this morning's|last week's|last weekend's|this weekend's|${DAY}(?: night)?'s)`,
  WORDS(0, 3));
const PUBLICITY = new RegExp([
  '\\ball over (?:the )?(?:local |national |evening |tv )?(?:news|tv|social media|facebook|tiktok|the internet)\\b',
  '\\b(?:made|on|in) (?:the )?(?:local |national |evening |nightly )?(?:news|headlines)\\b',
  '\\bnews (?:story|report|coverage)\\b', '\\bin this (?:story|article)\\b', '\\bwent viral\\b',
  '\\bviral (?:video|clip|post)\\b', '\\b(?:told|telling|talking to) (?:the )?(?:reporters|press|media)\\b',
  '\\bpress conference\\b', '\\bfront page\\b', '\\b(?:in|on) the (?:local )?(?:paper|papers|tv news)\\b',
  '\\bon every (?:channel|station)\\b',
].join('|'), 'g');
const PLACE_WORD = new RegExp(`\\b(?:${PLACES})\\b`, 'g');
const PLACE_HEAD = before('(?:at|near|by|behind|outside|from|in|on) (?:the|a)', MODS(2));
const PLACE = new RegExp([
  '\\bdowntown\\b', '\\b(?:route|highway|hwy|interstate|exit|mile marker) \\d{1,4}\\b', '\\bi-\\d{1,3}\\b',
  '\\b(?:small|tiny|little|rural) town\\b', '\\btown of (?:~|about |around |roughly |just )?\\d',
].join('|'), 'g');
const ODD_BIRTH = new RegExp(
  `\\b(?:delivered (?:(?:a|the|her|their) )?(?:baby|twins|triplets)|born|gave birth|went into labou?r|baby (?:arrived|came))${WORDS(0, 5)} (?:in|at|on) (?:the|a|an|her|his|their) (?:back (?:seat )?of (?:a|the|an|his|her|their) )?(?:[a-z-]{1,15} ){0,2}(?:pickup|truck|car|taxi|cab|uber|lyft|elevator|parking (?:lot|garage)|hallway|driveway|ambulance|bathroom|plane|airplane|flight|subway|bus|fair|fairgrounds|derby|stadium|restaurant|store|side of the road|roadside|highway|lobby)\\b`,
  'g');

/** Ages of a group, not a person: "kids 6 to 12 years old". */
const GROUP_AGE_BEFORE = /(?:\bto|\band|\bor|-|–)\s?$/;

function push(out: Cue[], spans: Span[], kind: Kind, sort: CueSort, unique = false): void {
  for (const s of spans) out.push({ start: s.start, end: s.end, kind, sort, unique });
}

/**
 * Every cue in the masked text. `cased` is the folded text (same offsets) for the patterns whose
 * meaning depends on capitals.
 */
/** "A 65-year-old should get…": advice about anyone of that age. */
const GENERIC_AGE_AFTER = /^(?: [a-z-]{1,15})? (?:should|needs?|must|can|may|might|ought)\b/;

/** Exact ages of one person ("a 17-year-old"), not of a group ("6 to 12 years old", "a 65-year-old should…"). */
function exactAges(masked: string, ages: Span[]): Span[] {
  return ages.filter((s) => !GROUP_AGE_BEFORE.test(masked.slice(Math.max(0, s.start - 5), s.start))
    && !GENERIC_AGE_AFTER.test(masked.slice(s.end, s.end + 30)));
}

/** The cue patterns read over the lower-cased masked text, in one pass over its words. Built on first use:
 * most drafts never mention care, and the worker's wake-up should not pay for it. */
export const CUE_SCAN = lazyScan(() => [
  TIME_POSSESSIVE, TIME, SETTING_WORD, SETTING, AGE, AGE_RANGE, AGE_BARE, JOB_WORD, JOBS_WORD, JOB, ROLE_WORD, ONLY,
  KNOWN, BIRTHS, RARE, UNUSUAL, DISASTER_WORD, WEATHER_WORD, GATHERING_WORD, PUBLICITY, PLACE_WORD, PLACE, ODD_BIRTH,
]);

export function findCues(masked: string, cased: string, found = CUE_SCAN.matchesIn(masked)): Cue[] {
  const out: Cue[] = [];
  const preceding = (at: number, n: number) => masked.slice(Math.max(0, at - n), at);
  push(out, found(TIME_POSSESSIVE), 'time', 'time-possessive');
  push(out, found(TIME)
    .filter((s) => !EVERY_BEFORE.test(preceding(s.start, 12)))
    .map((s) => (ON_BEFORE.test(preceding(s.start, 3)) ? { start: s.start - 3, end: s.end } : s)), 'time', 'time');
  push(out, prefixed(masked, found(SETTING_WORD), SETTING_HEAD, 60), 'setting', 'setting');
  push(out, found(SETTING), 'setting', 'setting');
  if (cased.includes('the OR')) push(out, matchSpans(OPERATING_ROOM, cased), 'setting', 'setting');
  push(out, exactAges(masked, found(AGE)), 'descriptor', 'age');
  push(out, found(AGE_RANGE), 'descriptor', 'age-range');
  push(out, matchSpans(AGE_SEX, cased).filter((s) => masked.charCodeAt(s.start) !== 0xa4), 'descriptor', 'age-sex');
  push(out, found(AGE_BARE).filter((s) => AGE_BARE_BEFORE.test(preceding(s.start, 4))), 'descriptor', 'age-bare');
  push(out, prefixed(masked, found(JOB_WORD), JOB_HEAD, 90), 'descriptor', 'job');
  push(out, prefixed(masked, found(JOBS_WORD), JOBS_HEAD, 60), 'descriptor', 'job');
  push(out, found(JOB), 'descriptor', 'job');
  push(out, prefixed(masked, found(ROLE_WORD), ROLE_HEAD, 60), 'descriptor', 'role', true);
  const only = [...found(ONLY), ...matchSpans(ONLY_OWNED, masked)].sort((a, b) => a.start - b.start);
  push(out, only.flatMap((s) => {
    if (masked.startsWith('the ', s.start) && !ONLY_OF_A_PERSON.test(masked.slice(s.start, s.end))) return [];
    if (masked[s.start] !== "'") return [s];
    const owner = FIRST_OWNER.exec(preceding(s.start, 20));
    return owner ? [{ start: s.start - owner[0].length, end: s.end }] : [];
  }), 'descriptor', 'only', true);
  push(out, found(KNOWN), 'descriptor', 'known', true);
  push(out, found(BIRTHS), 'descriptor', 'births', true);
  push(out, found(RARE), 'descriptor', 'rare');
  push(out, found(UNUSUAL), 'descriptor', 'unusual');
  push(out, prefixed(masked, found(DISASTER_WORD), EVENT_HEAD, 90), 'event', 'disaster');
  push(out, prefixed(masked, found(WEATHER_WORD), EVENT_HEAD, 90), 'event', 'weather');
  push(out, prefixed(masked, found(GATHERING_WORD), GATHERING_HEAD, 90), 'event', 'gathering');
  push(out, found(PUBLICITY), 'event', 'publicity');
  push(out, prefixed(masked, found(PLACE_WORD), PLACE_HEAD, 60), 'event', 'place');
  push(out, found(PLACE), 'event', 'place');
  push(out, found(ODD_BIRTH), 'event', 'odd-birth', true);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Someone in particular was cared for: the cues only matter around an encounter. */
const PATIENT_WORD = /\b(?:patient|pt)\b/g;
const PATIENT_HEAD = before('(?:a|my|our|the|this|one)', MODS(2));
const NEGATED = /\b(?:not|no) $/;
const PERSON_WORD = /\b(?:kid|child|boy|girl|baby|toddler|infant|newborn|teen|teenager|man|woman|guy|gentleman|lady|mom|mother|dad|father|grandmother|grandma|grandfather|grandpa)\b/g;
const PERSON_HEAD = before('(?:a|an|the|one|our)', MODS(2));
const ENCOUNTER = /\bpatient of (?:mine|ours)\b|\b(?:he|she) (?:got|had|received|underwent|came in|was admitted|was diagnosed|was brought|was flown)\b/g;

/** A care relationship: someone treated, admitted, brought in. */
const CARE_VERB = /\b(?:treated|saw|admitted|met|delivered|intubated|lost|operated|stitched|sewed|sutured|splinted|stabilized|scoped|resuscitated|coded|cared for|worked on|took care of|took in|received|transferred|discharged|performed|fixed|repaired|rebuilt|reattached)\b/g;
const CARE_SUBJECT = before(
  '(?:we|i|the team|they|surgeons?|our(?: [a-z]{1,15})? (?:ed|er|icu|picu|nicu|team|unit|hospital|clinic))',
  '(?: (?:just|finally|all|had to|got to))?');
/** A care verb with no subject but a person after it: "Operated today on a local anchor", "Saw a 9-year-old…". */
const CARE_OBJECT = /^(?: up| on| (?:today|tonight|yesterday|this morning|last night)(?: on)?)? (?:a|an|the|our|my|his|her|their|one|two|three|twins|triplets|\d{1,2})\b/;
const CARE_ING = /\b(?:treating|seeing)\b/g;
const CARE_ING_SUBJECT = before("(?:i|we)(?: had| have|'ve)?(?: the (?:honor|privilege) of)?", '');
const CARE_SETTING_HEAD = before('(?:in|to|at|into|through) our', MODS(2));
/** Units where someone is being cared for right now ("still in our burn unit"), unlike "our hospital". */
const CARE_UNIT = /\b(?:ed|er|emergency (?:department|room)|trauma (?:bay|center|unit)|resus(?:citation)? (?:bay|room)|icu|picu|nicu|micu|sicu|ccu|cvicu|burn (?:unit|center)|cath lab|operating room|l ?& ?d|labor (?:and|&) delivery|delivery room|urgent care|ambulance|helicopter|pacu|recovery room|exam room|clinic)\b(?!-|'s)/g;
const CARE = new RegExp([
  '\\b(?:recovering|resting|staying|healing|doing well)(?: [a-z]{1,10})? (?:with us|here)\\b',
  '\\b(?:caring|cared) for\\b', '\\b(?:honou?red|privileged|blessed|lucky|got) to (?:care for|treat|meet|operate on|deliver)\\b', '\\b(?:welcomed|delivered)\\b(?<=\\bwe (?:welcomed|delivered))',
  '\\b(?:patients?|pts?) (?:from|hurt in|injured in)\\b(?<=\\b(?:our|my) (?:patients?|pts?) (?:from|hurt in|injured in))', '\\bmom and (?:baby|babies|twins|triplets)\\b',
  '\\b(?:came|rolled|walked|wheeled) (?:in|into|through|to (?:our|the|my|see))\\b', '\\bbrought (?:in|to us|to our)\\b',
  '\\b(?:flown|airlifted|rushed|transported|transferred)(?: in| over)? to (?:us|our)\\b', '\\bstopped by to see\\b',
  '\\bsurgery\\b(?<=\\b(?:out of|in|after) surgery)',
].join('|'), 'g');

/** Clearly labelled composites and hypotheticals are not about one person. */
export const COMPOSITE = /\b(?:composite(?: case| patient| story)?|(?:details|names|identifying (?:details|information)|some details|facts|specifics) (?:have been |were |are |has been )?(?:changed|altered|modified|fictionali[sz]ed)|fictionali[sz]ed|hypothetical|real (?:patient|case|person)(?<=\bnot a real (?:patient|case|person))|(?:individual|real|actual|specific|single) patient(?<=\bno (?:individual|real|actual|specific|single) patient)|amalgam of|illustrative case|made-up (?:case|patient|story))\b/;

/** A phrase every COMPOSITE match holds (the look-behinds pin "not a real" and "no … patient"). */
export const COMPOSITE_GATE = literalGate('composite', [
  'composite', 'changed', 'altered', 'modified', 'fictionali', 'hypothetical', 'not a real ', 'no individual patient',
  'no real patient', 'no actual patient', 'no specific patient', 'no single patient', 'amalgam of', 'illustrative case', 'made-up ',
], COMPOSITE);

/** The author's own family: their stories are the author's to tell. */
const OWN_FAMILY = /\bmy (?:own )?(?:\d{1,2}[- ]?(?:year|yr|month)s?[- ]old )?(?:son|daughter|kid|kids|child|children|husband|wife|partner|mom|mother|dad|father|brother|sister|grandma|grandmother|grandpa|grandfather|baby|toddler|boy|girl|family|niece|nephew)\b|\bmy (?:own )?\d{1,2}[- ]?(?:year|yr|month)s?[- ]old\b(?! (?:patient|pt|client)s?\b)/g;

/** The patterns that say someone in particular was cared for, read in one pass over the words. */
export const ENCOUNTER_SCAN = lazyScan(() => [
  CARE_VERB, CARE_ING, CARE_UNIT, CARE, PATIENT_WORD, PERSON_WORD, ENCOUNTER, AGE, OWN_FAMILY,
]);

export interface Encounters {
  /** A care relationship: someone treated, admitted, brought in. */
  care: Span[];
  /** Mentions of one particular person in care (a patient, "a 6-year-old girl"), besides the care spans. */
  people: Span[];
  /** Exact ages of one person. */
  ages: Span[];
  /** The author's own family: their stories are the author's to tell. */
  own: Span[];
}

export function findEncounters(masked: string): Encounters {
  const found = ENCOUNTER_SCAN.matchesIn(masked);
  const care = [
    ...prefixed(masked, found(CARE_VERB), CARE_SUBJECT, 40, (s) => CARE_OBJECT.test(masked.slice(s.end, s.end + 40))),
    ...prefixed(masked, found(CARE_ING), CARE_ING_SUBJECT, 40),
    ...prefixed(masked, found(CARE_UNIT), CARE_SETTING_HEAD, 60), ...found(CARE),
  ];
  const patients = prefixed(masked, found(PATIENT_WORD), PATIENT_HEAD, 50)
    .filter((s) => !NEGATED.test(masked.slice(Math.max(0, s.start - 4), s.start)));
  const people = [...patients, ...prefixed(masked, found(PERSON_WORD), PERSON_HEAD, 50), ...found(ENCOUNTER)];
  return { care, people, ages: exactAges(masked, found(AGE)), own: found(OWN_FAMILY) };
}
