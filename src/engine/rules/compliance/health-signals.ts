/**
 * Health information that is not advice: what a condition does over time, who a measure protects, what a
 * trial found, what a behaviour usually means, what a product is good for, which symptoms to watch. Each
 * runs on the lower-cased folded draft with bounded gaps, so one test costs a single linear scan.
 */

/**
 * Prognosis and risk stated for people in general: "most people recover within 6 months", "most sprains
 * heal", "raises the risk of", survival rates. A fact about everyone with a condition, never a story.
 */
export const PROGNOSIS_FORMS = [
  '\\b(?:most|many|nearly all|almost all|the majority of|\\d+ ?% of) (?:people|patients|kids|children|adults|babies|cases|women|men)\\b[^.!?\\n]{0,30}\\b(?:recover|improve|heal|resolve|get better|do well|survive|need|never need|return to)',
  '\\bmost (?:[a-z-]+ ){1,3}(?:heal|resolve|recover|clear up|go away|get better|stop)\\b',
  // Natural history told to reassure: "most kids with a first febrile seizure never have another".
  '\\b(?:most|many|nearly all|almost all|the majority of) (?:people|patients|kids|children|adults|babies|toddlers|infants|teens|women|men)\\b[^.!?\\n]{0,60}\\b(?:never (?:have|get|need|develop)|(?:don\'t|do not|won\'t|will not) (?:have|get|need|develop) (?:another|it again|a second|any)|outgrow|grow out of|(?:are|feel) (?:fine|okay|ok|well|back to normal)|do (?:fine|well))',
  '\\b(?:raises?|increases?|lowers?|reduces?|cuts?|doubles?|triples?|halves?|drives? up) (?:the |your |their |a person\'s |someone\'s )?(?:risk|odds|chances?|rates?) of\\b',
  '\\b(?:survival|recurrence|relapse|cure|remission) rates?\\b|\\blife expectancy\\b|\\bprognosis is\\b',
] as const;
export const PROGNOSIS = new RegExp(PROGNOSIS_FORMS.join('|'));

/**
 * An intervention's effect stated as a figure: "cuts progression to diabetes by about 58%", "lowered
 * deaths by a third". The thing changed must be a health outcome, so "cut wait times by 30%" is not one.
 */
export const INTERVENTION_EFFECT = new RegExp(
  '\\b(?:cuts?|cutting|reduces?|reduced|reducing|lowers?|lowered|lowering|slashe[sd]|halve[sd]|prevents?|prevented|drops?|dropped|decreases?|decreased|improves?|improved|increases?|increased|raises?|raised|boosts?|boosted)\\b'
  + '[^.!?\\n]{0,60}?\\b(?:progression|mortality|deaths?|risk|odds|incidence|cases|events|hospitali[sz]ations|admissions|readmissions|relapses?|recurrences?|symptoms|(?:hb)?a1c|blood (?:pressure|sugar)|ldl|cholesterol|infections?|fractures?|falls|heart attacks|strokes?|flares?|exacerbations|survival|remission)\\b'
  + '[^.!?\\n]{0,40}?\\bby (?:about |around |roughly |nearly |almost |up to |over |more than |at least )?(?:\\d+(?:\\.\\d+)? ?(?:%|percent|points)|half|a (?:third|quarter|fifth)|two-thirds)',
);

/** The course of an illness: "resolves on its own", "heals in 4 to 6 weeks". Also said of one's own injury. */
export const COURSE = new RegExp(
  '\\b(?:resolves?|clears?(?: up)?|goes away|heals?|recover(?:s|y)?|improves?|gets? better) (?:on its own|by itself|without (?:treatment|surgery|antibiotics?|medicines?|medications?)|within (?:a |\\d+)|in (?:about |around |roughly )?(?:a |\\d+(?:(?:-| to )\\d+)?) (?:days?|weeks?|months?)|fully)',
);

/** Prevention for a group: "protects newborns", "slows the spread", "for everyone over 65". */
export const GROUP_PREVENTION_FORMS = [
  '\\b(?:protects?|shields?|prevents? (?:illness|infection|disease) in) (?:your |the |their |young |new |vulnerable )?(?:newborns?|babies|infants|children|kids|toddlers|older adults|seniors|elders|adults|people|patients|families|others|everyone)\\b',
  '\\b(?:stops?|slows?|lowers?|reduces?|cuts?|limits?) (?:the )?(?:spread|transmission)\\b',
  '\\bfor (?:everyone|anyone|all adults|all kids|adults|kids|people|women|men) (?:over|under|aged|age|ages|\\d+ and (?:older|up|over)|who|with)\\b',
  '\\b(?:adults|people|women|men|anyone|everyone) (?:\\d+|over \\d+|aged \\d+)(?: and (?:older|up|over)|\\+)',
  '\\bduring (?:each|every|your|their) pregnancy\\b',
] as const;
export const GROUP_PREVENTION = new RegExp(GROUP_PREVENTION_FORMS.join('|'));

/** A study reported with its finding or its source. */
export const TRIAL_RESULT = new RegExp([
  '\\brcts?\\b|\\brandomi[sz]ed\\b|\\bmeta-analys[ie]s\\b|\\bsystematic review\\b',
  '\\b(?:trial|study|cohort|paper)\\b[^.!?\\n]{0,60}\\b(?:found|finds|showed|shows|cut|reduced|lowered|improved|increased|halved|doubled|tripled)\\b',
  '\\blink to (?:the )?(?:paper|study|trial|abstract|article)\\b|\\b(?:paper|study|abstract|article) (?:is )?(?:linked|below|in (?:the )?(?:comments|replies))\\b|\\bdoi\\.org\\b|\\bpubmed\\b|\\bpmid\\b',
].join('|'));

/** What a clinical pattern usually means: "repeat ED visits usually mean unmet needs". */
export const CLINICAL_MEANING =
  /\b(?:usually|often|typically|frequently|almost always|most often|can) (?:means?|signals?|reflects?|points? to|indicates?)\b|\bis (?:usually |often |typically )?(?:a|the) (?:sign|symptom|marker|red flag|warning sign) of\b|\bis an? (?:911 |medical |true |real |life-threatening )?emergency\b/;

/** A product praised for a use: "this brace is amazing for…", "works wonders for". The use must be health. */
export const PRODUCT_FOR =
  /\b(?:is|are|was|were|works?|worked|has been|have been)\s(?:so |really |truly |absolutely |honestly |just )?(?:amazing|great|perfect|wonderful|fantastic|brilliant|excellent|ideal|magic|a game[- ]changer|a lifesaver|a must|the best|wonders|my go-to)\s(?:for|with|on)\s/g;

/** A list after a colon, "signs: a, b, c": health when signs are announced or a condition heads the list. */
export const COLON_LIST = /:\s?[^.!?\n:,]{2,40},\s?[^.!?\n:,]{2,40},/g;

/** The author setting a limit on online care, not informing: "please don't DM me your moles". */
/** Words that announce a list of signs, causes or triggers just before its colon. */
export const LIST_INTRODUCER =
  /\b(?:signs?|symptoms?|red flags?|watch for|look (?:out )?for|includes?|causes|triggers|risk factors|clues|emergency)\s?$/;

export const BOUNDARY_STATEMENT =
  /\b(?:please )?(?:don't|do not|never) (?:dm|message|send|email|text|tag) me\b|\b(?:i )?(?:can't|cannot|won't|will not|don't|do not) (?:examine|diagnose|treat|assess|advise|give (?:individual |personal |medical )?advice)\b[^.!?\n]{0,30}\b(?:here|online|over|via|through|in (?:the )?(?:dms?|comments)|on (?:instagram|social|twitter|x|tiktok|facebook|dms?))\b/;
