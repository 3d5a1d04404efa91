/** REV-TONE: insults and retaliation aimed at the person replied to. */
export const INSULT = new RegExp([
  '\\bliars?\\b', '\\blying\\b(?! (?:down|flat|on|in|still|face|back|supine|prone|awake))', '\\bget a life\\b', '\\blevel of intelligence\\b', '\\bidiot(?:ic|s)?\\b',
  '\\bmorons?\\b', '\\bstupid\\b', '\\bdumb\\b', '\\bpathetic\\b', '\\bignorant\\b', '\\bdelusional\\b',
  '\\blunatic\\b', '\\bpsycho\\b', '\\bloser\\b', '\\bclown\\b', '\\btroll\\b', '\\bgrow up\\b', '\\bshut up\\b',
  '\\blearn to read\\b', '\\bdrug[- ]seek(?:er|ing)\\b', '\\bhysterical\\b', '\\bungrateful\\b', '\\bclueless\\b',
  '\\bget over (?:it|yourself)\\b', '\\bnobody cares\\b', "\\b(?:you'?re|you are) (?:crazy|nuts|insane|a joke)\\b",
].join('|'), 'g');

/** REV-SOLICIT (16 CFR 465): paid or insider reviews, and threats against reviewers. */
const REVIEW = '(?:reviews?|(?:5|five)[- ]stars?|ratings?)';
/** Each phrase its own pattern: the first match of all is what counts. */
export const SOLICIT = [
  `\\b(?:leave|post|write|give)(?: us| me)? (?:a |an )?(?:[a-z0-9-]{1,12} ){0,2}${REVIEW}\\b[^.!?\\n]{0,60}\\b(?:discount|gift card|free|% off|percent off|entry|raffle|drawing|credit|coupon|prize)\\b`,
  `\\b(?:discount|gift card|free [a-z]{1,15}|\\d{1,2}% off|raffle entry|coupon|credit)\\b[^.!?\\n]{0,40}\\bfor (?:a|every|each|your|any) (?:[a-z0-9-]{1,12} )?${REVIEW}\\b`,
  '\\breview us for\\b',
  `\\b(?:staff|employees|team members|family (?:and|&) friends|family members|friends (?:and|&) family|everyone on (?:the|our) team)\\b[^.!?\\n]{0,30}\\b(?:leave|post|write|give)(?: us)? (?:a |an )?(?:[a-z0-9-]{1,12} )?${REVIEW}`,
  "\\b(?:we|i)(?:'ll| will| may| might| are going to|'re going to| plan to| intend to)(?: have to| be forced to)? (?:sue|take legal action|pursue legal action|file a (?:lawsuit|defamation)|report you|contact (?:our|my) (?:lawyers?|attorneys?))\\b",
  '\\b(?:remove|take down|delete) (?:this|your|the) review or\\b', '\\bdefamation (?:suit|lawsuit|claim|case)\\b',
  '\\bour (?:lawyers?|attorneys?|legal team) (?:will|are|is)\\b', '\\bcease and desist\\b',
].map((source) => new RegExp(source, 'g'));
