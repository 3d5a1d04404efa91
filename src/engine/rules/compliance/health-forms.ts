import { type DraftCues, Forms } from './cue-words.js';
import { DOSE_FORMS, EDUCATION_FORMS, GENERAL_FACT_FORMS, STATISTIC_FORMS } from './health-vocabulary.js';
import { GROUP_PREVENTION_FORMS, PROGNOSIS_FORMS } from './health-signals.js';

/**
 * The larger health patterns as their alternatives (cue-words.ts Forms): each is compiled and run only
 * when the draft has the words it begins with and the words it needs, so a draft pays for the few
 * that can match. Each `needs` names words every match of that alternative holds.
 */

/** A number then, after at most one space, the first letter of a unit: every dose with a unit has one. */
const UNIT_AFTER_NUMBER = /\d\s?[mµgui]/;
const riskWords = (cues: DraftCues) => ['risk', 'survival', 'chance'].some((w) => cues.text.includes(w));

export const DOSES = new Forms([
  { source: DOSE_FORMS[0], numbers: true, needs: (c) => UNIT_AFTER_NUMBER.test(c.text) },
  { source: DOSE_FORMS[1], starts: 'doseTimesStart', numbers: true, needs: (c) => c.has('doseTimes') },
  { source: DOSE_FORMS[2], starts: 'doseCountStart', numbers: true, needs: (c) => c.has('doseUnit') },
  { source: DOSE_FORMS[3], starts: 'doseEveryStart', needs: (c) => c.digit && c.has('doseHours') },
]);

export const STATISTICS = new Forms([
  { source: STATISTIC_FORMS[0], numbers: true, needs: (c) => c.text.includes('%') },
  { source: STATISTIC_FORMS[1], numbers: true, needs: (c) => c.has('statIn') },
  { source: STATISTIC_FORMS[2], starts: 'statPer' },
  { source: STATISTIC_FORMS[3], numbers: true, needs: (c) => c.has('statMillion') },
  { source: STATISTIC_FORMS[4], starts: 'statVerb', needs: riskWords },
]);

export const PROGNOSES = new Forms([
  { source: PROGNOSIS_FORMS[0], starts: 'mostStart', numbers: true, needs: (c) => c.has('groupNoun') },
  { source: PROGNOSIS_FORMS[1], starts: 'mostWord', needs: (c) => c.has('settles') },
  { source: PROGNOSIS_FORMS[2], starts: 'mostStart', needs: (c) => c.has('groupNounWide') },
  { source: PROGNOSIS_FORMS[3], starts: 'riskVerb', needs: (c) => c.has('riskNoun') },
  { source: PROGNOSIS_FORMS[4], starts: 'outcomeStart' },
]);

export const GROUP_PREVENTIONS = new Forms([
  { source: GROUP_PREVENTION_FORMS[0], starts: 'protectStart' },
  { source: GROUP_PREVENTION_FORMS[1], starts: 'spreadVerb', needs: (c) => c.has('spread') },
  { source: GROUP_PREVENTION_FORMS[2], starts: 'forWord', needs: (c) => c.has('everyoneWord') },
  { source: GROUP_PREVENTION_FORMS[3], starts: 'everyoneStart', needs: (c) => c.digit },
  { source: GROUP_PREVENTION_FORMS[4], starts: 'duringWord', needs: (c) => c.has('pregnancyWord') },
]);

export const GENERAL_FACTS = new Forms([
  { source: GENERAL_FACT_FORMS[0], starts: 'modal', needs: (c) => c.has('factVerb') },
  { source: GENERAL_FACT_FORMS[1], starts: 'factVerbs' },
  { source: GENERAL_FACT_FORMS[2], starts: 'isAre', needs: (c) => c.has('factAdjective') },
  { source: GENERAL_FACT_FORMS[3], starts: 'healWord' },
  { source: GENERAL_FACT_FORMS[4], starts: 'isWord', needs: (c) => c.has('hardWord') },
  { source: GENERAL_FACT_FORMS[5], starts: 'forWord', needs: (c) => c.has('mostWord') },
  { source: GENERAL_FACT_FORMS[6], starts: 'catchStart', needs: (c) => c.has('earlyWord') },
  { source: GENERAL_FACT_FORMS[7], starts: 'isAre', needs: (c) => c.has('commonLinked') },
  { source: GENERAL_FACT_FORMS[8], starts: 'increasesThere' },
]);

/** EDUCATION_MARKER without its hashtag form, which can start anywhere: a draft with '#' runs the pattern. */
export const EDUCATION_WORDS = new Forms([
  { source: EDUCATION_FORMS[0], starts: 'eduWord' },
  { source: EDUCATION_FORMS[1], starts: 'eduPhrase' },
  { source: EDUCATION_FORMS[2], starts: 'eduSigns' },
  { source: EDUCATION_FORMS[3], starts: 'eduOther' },
  { source: EDUCATION_FORMS[4], starts: 'eduStudies', needs: (c) => c.has('eduFound') },
]);
