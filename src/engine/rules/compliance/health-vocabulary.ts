/**
 * Word classes that tell health information apart from the rest of a clinician's feed. Every pattern
 * runs on the lower-cased folded draft and is anchored on word boundaries with bounded repeats.
 */

/**
 * Conditions, tests, treatments and body systems a lay reader would call "health", in the order the
 * alternation tries them. health-words.ts matches them word by word; HEALTH_TERM is the same list as one
 * regular expression, for callers that want one.
 */
export const HEALTH_TERMS: readonly string[] = [
  'diabet\\w*', 'prediabet\\w*', 'hypertension', 'blood (?:pressure|sugar|clots?)', 'cholesterol', 'cancers?', 'melanoma', 'tumou?rs?',
  'strokes?', 'heart (?:attacks?|disease|failure|health|rate)', 'cardiac', 'asthma', 'copd', 'flu', 'influenza', 'covid(?:-19)?',
  'rsv', 'measles', 'shingles', 'pneumonia', 'infections?', 'fractures?', 'dementia', "alzheimer'?s", "parkinson'?s",
  'depression', 'anxiety', 'suicid\\w*', 'apnea', 'insomnia', 'sleep', 'migraines?', 'headaches?', 'obesity', 'weight',
  'kidneys?', 'liver', 'thyroid', 'lupus', "crohn'?s", 'colitis', 'ibd', 'allerg\\w*', 'anaphylaxis', 'sepsis',
  'concussions?', 'vertigo', 'rash(?:es)?', 'fevers?', 'pains?', 'symptoms?', 'diseases?', 'syndromes?', 'disorders?',
  'deficienc\\w*', 'drowning', 'heat (?:stroke|illness|exhaustion)', 'dehydrat\\w*', 'vaccin\\w*', 'immuni[sz]\\w*',
  'screen(?:ing|ed)?', 'mammograms?', 'colonoscop\\w*', 'a1c', 'hba1c', 'night terrors', 'sleepwalking', 'tdap', 'mmr', 'hpv', 'statins?', 'antibiotics?',
  'insulin', 'medications?', 'medicines?', 'drugs?', 'pills?', 'tablets?', 'doses?', 'dosing', 'supplements?', 'vitamin \\w',
  'probiotics?', 'steroids?', 'opioids?', 'acetaminophen', 'ibuprofen', 'aspirin', 'tylenol', 'skin', 'moles?', 'sunscreen',
  'spf', 'lungs?', 'bones?', 'joints?', 'muscles?', 'brain', 'gut', 'digestion', 'teeth', 'eyes?', 'hearing',
  'pregnan\\w*', 'labou?r', 'breastfeed\\w*', 'menopause', 'hormones?', 'ticks?', 'lyme', 'cpr', 'aeds?', 'tourniquets?',
  'bleed(?:ing)?', 'injur(?:y|ies)', 'wounds?', 'burns?', 'nutrition', 'diet', 'exercise', 'protein', 'caffeine',
  'alcohol', 'smoking', 'vaping', 'overdose', 'naloxone', 'narcan', 'mental health', 'cpap', 'glp-1', 'semaglutide',
  'tirzepatide', 'metformin', 'levothyroxine', 'tsh', 'epipen', 'inhalers?', 'antivirals?', 'checkups?', 'check-ups?',
  'physicals?', 'blood tests?', 'labs?', 'biops(?:y|ies)', 'x-rays?', 'mri', 'ct scans?', 'ultrasound', 'surgery',
  'recovery', 'rehab', 'therapy', 'treatments?', 'diagnos\\w*', 'prognosis', 'risk', 'glucose', 'cgms?', 'chromosome',
  'bp', 'ldl', 'hdl', 'bmi', 'mmhg', 'gcs', 'intubat\\w*', 'ecg', 'ekg', 'afib', 'palsy', 'paralysis', 'seizures?',
  "tourette'?s?", 'tics?', 'hepatitis', 'hiv', 'stis?', 'strep', 'utis?', 'gerd', 'ibs', 'eczema', 'acne', 'psoriasis',
  'rosacea', 'gout', 'anemia', 'sciatica', 'autism', 'adhd', 'ptsd', 'bipolar', 'schizophrenia', 'addiction', 'lithium',
  'common colds?', 'colds', 'a cold', 'electrolytes', 'hydrat\\w*', 'fluids', 'soreness', 'esophagus', 'stomach', 'bowel', 'colon', 'eyelids?',
  'droop\\w*', 'weakness', 'lethargy', 'trouble breathing', 'peeing', 'urine', 'numbness', 'slurred speech', 'chest pain', 'shortness of breath', 'botox', 'fillers?',
  'tummy tuck', 'liposuction', 'rhinoplasty', 'facelift', 'compression garments?', 'prednisone', 'wrists?', 'knees?',
  'hips?', 'spine', 'weight ?loss', 'gummies', 'capsules', 'vitamins?', 'veins?', 'varicose', 'injectables?', 'lost \\d+ (?:lbs?|pounds|kg)', 'gym', 'fat', 'belly fat', '(?:your|my|lower|upper) back', 'posture', 'gi', 'nausea',
  'diarrh?ea', 'constipation', 'vomiting', 'extended-release', 'sprains?', 'strains?', 'ankles?', 'shoulders?', 'back pain', 'neck pain',
  'car seats?', 'booster seats?', 'seat ?belts?', 'helmets?', 'life jackets?', 'smoke detectors?', 'carbon monoxide',
  'safe sleep', 'sids', 'swelling', 'delirium', 'hand ?washing', 'germs', 'stomach bugs?', '(?:ed|er) visits?', 'readmissions?', 'untreated', 'whooping cough', 'pertussis', 'blood thinners?', 'anticoagula\\w*', 'hoarse\\w*', 'cough(?:s|ing)?', 'heatstroke', 'sunburns?', 'frostbite', 'poison\\w*', 'immune', 'microbiome', 'collagen', 'melatonin', 'magnesium', 'iron', 'calcium', 'folic acid', 'stutter\\w*', 'speech delays?', 'fainting', 'dizz\\w*', '(?:breath-holding|fainting|dizzy) spells?',
];

/** Every health term, as one global pattern (slow to compile: health-words.ts is the quick way). */
export const HEALTH_TERM = new RegExp('\\b(?:' + HEALTH_TERMS.join('|') + ')\\b', 'g');

/** Endings of clinical words: inflammations, conditions, growths, procedures, and common drug stems. */
export const CLINICAL_SUFFIXES: readonly string[] = [
  'itis', 'osis', 'emia', 'oma', 'pathy', 'algia', 'plasty', 'ectomy', 'otomy', 'oscopy', 'pril', 'sartan', 'olol', 'statin',
  'formin', 'gliflozin', 'glutide', 'cillin', 'mycin', 'floxacin', 'prazole', 'triptan', 'semide', 'thiazide', 'oxetine',
  'profen', 'olone', 'ovir', 'cycline', 'sone',
];

/** Clinical word shapes: a word of 3 to 30 letters before one of CLINICAL_SUFFIXES. */
export const CLINICAL_SHAPE = new RegExp('\\b[a-z]{3,30}(?:' + CLINICAL_SUFFIXES.join('|') + ')\\b', 'g');

/** A dose or strength: "50 mg", "2.4 mg", "88 mcg", "10 units", "1 g". */
export const DOSE_FORMS = [
  '\\b\\d+(?:[.,]\\d+)?(?:\\s?-\\s?\\d+(?:[.,]\\d+)?)?\\s?(?:mg|mcg|µg|micrograms?|milligrams?|g|ml|units?|iu)\\b',
  '\\b(?:once|twice|three times|four times|\\d times) (?:a|per) (?:day|night|week)\\b',
  '\\b(?:one|two|three|\\d) (?:tablets?|pills?|capsules?|gummies|puffs?|drops?|sprays?) (?:a|per|each|every) (?:day|night)\\b',
  '\\bevery \\d+(?:-\\d+)? (?:hours|h)\\b',
] as const;
export const DOSE = new RegExp(DOSE_FORMS.join('|'));

/** A statistic: a percentage, "1 in 5", a rate per population, a count of people. */
export const STATISTIC_FORMS = [
  '\\b\\d+(?:[.,]\\d+)?\\s?%',
  '\\b\\d+ (?:in|out of) (?:\\d+|every \\d+)\\b',
  '\\bper (?:100|1,000|10,000|100,000|million)\\b',
  '\\b\\d+(?:\\.\\d+)? (?:million|billion) (?:americans|people|adults|children|women|men|cases)\\b',
  '\\b(?:doubles?|triples?|halves|cuts?) (?:the |your )?(?:risk|survival|chance)',
] as const;
export const STATISTIC = new RegExp(STATISTIC_FORMS.join('|'));

/** A recommendation from a body or a guideline. */
export const RECOMMENDATION =
  /\b(?:recommend(?:s|ed|ation|ations)?|guidelines?|uspstf|cdc|fda|nih|who recommends|acog|aap|acip|standard of care|first-line|gold standard)\b/;

/** "Adults should…", "you need to…": general advice to a group or to the reader. */
export const GENERAL_SHOULD =
  /\b(?:you|adults|everyone|anyone|women|men|kids|children|child|kid|toddlers?|bab(?:y|ies)|infants?|teens|parents|people|most (?:adults|people)|older adults|caregivers|grandparents)\b[^.!?\n]{0,40}\b(?:should|need to|needs to|need an?|needs an?|needs? only|(?:don't|do not|doesn't) need|must|ought to)\b/;

/** A post that opens by addressing a group of readers: "New moms:", "Runners,". */
export const PUBLIC_ADDRESS =
  /^\s*(?:new |expecting |fellow )?(?:moms|mums|parents|dads|ladies|runners|athletes|women|men|teens|seniors|caregivers|grandparents|travell?ers|students)\s?[:,]/;

/** "Ask your doctor about…", "talk with your GI", "see your clinician". */
export const ASK_YOUR_CLINICIAN =
  /\b(?:ask|talk (?:it |this |that )?(?:through |over )?(?:to|with)|see|check with|call|consult) (?:your|a|their|her|his|our) (?:own )?(?:[a-z-]+ ){0,2}(?:doctor|physician|clinician|pharmacist|dentist|gi|cardiologist|dermatologist|nurse|provider|pediatrician|ob|surgeon|specialist|team|care team)\b|\bask about\b/;

/** Imperatives that open a sentence of advice to the reader. */
export const IMPERATIVE_OPENING =
  /(?:^|[\u20E3.!?\n:;(•✅✔🔹▪*]|,\s(?:and\s)?)[\u20E3\uFE0F\s•✅✔🔹▪*\d)-]{0,8}(please )?(?:ask|talk|check|get|keep|avoid|don't|do not|never|always|watch|know|remember|make sure|drink|eat|wear|take|stop|start|see|book|schedule|try|limit|cut|skip|remove|tape|look for|learn|protect|wash|cover|stay|apply|reapply|sit|quit|designate|teach|put|think|hold|choose|cool|lock|store|test|measure|move|walk|sleep|lower|reduce|treat|don't stop|be sure|consider|aim|plan|swap|add|include|give|ice|elevate|compress|rest|stretch|hydrate|floss|brush|buckle|wash)\b/gu;

/**
 * Teaching formats and awareness campaigns, as the alternatives of one pattern in its order: the first
 * five start with a word, the last with a hashtag.
 */
export const EDUCATION_FORMS = [
  "\\b(?:psa|101|pearl|tips?|reminder|myths?|lessons?|quiz)\\b",
  "\\b(?:awareness (?:month|day|week)|world [a-z' ]{2,30} day|did you know|fun fact|quick guide|teaching (?:point|moment)|rule of thumb|take-?home|what's the difference)\\b",
  '\\b(?:early signs?|warning signs?|signs? (?:of|include|your|that)|symptoms? (?:of|include)|red flags?)\\b',
  '\\b(?:most common cause|risk factors?|things (?:every|i tell)|how to|classic (?:for|sign|presentation)|evidence (?:shows?|suggests?))\\b',
  '\\b(?:(?:studies|trials|research|data) (?:show|suggest|found)|in (?:several|randomi[sz]ed|clinical) trials)\\b',
  '#\\w*(?:safety|awareness|prevention|meded|foamed|healthtips)\\b',
] as const;
export const EDUCATION_MARKER = new RegExp(EDUCATION_FORMS.join('|'), 'g');

/**
 * General claims about how health works: "can cause", "helps", "lowers your risk", as the alternatives
 * of one pattern in its order.
 */
export const GENERAL_FACT_FORMS = [
  "\\b(?:can|may|could|will|won't|can't|cannot|doesn't|does not|often|usually|typically)(?: also| even| really)? (?:cause|help|lower|raise|reduce|increase|improve|prevent|trigger|affect|hide|mimic|lead to|damage|protect|ease|relieve|heal|treat|soothe|reverse|boost|hurt|harm|kill|burn|irritate|injure|start|develop|appear|spread|return|worsen)\\b",
  '\\b(?:causes|helps|lowers|raises|reduces|prevents|protects|improves|worsens|works best|works better|helps? (?:many|most|some) (?:people|patients|adults))\\b',
  '\\b(?:is|are) (?:usually |almost always )?(?:better|safer|common|rare|treatable|preventable|curable|contagious|hereditary|harmless|benign|self-limit\\w*)\\b',
  '\\bheals? in\\b',
  '\\bis (?:hard|bad|good|easier|tough) on\\b',
  '\\bfor most (?:people|adults|patients|kids)\\b',
  '\\b(?:catch(?:es)? (?:it |them )?early|early detection)\\b',
  '\\b(?:is the most common|are the most common|is linked to)\\b',
  '\\b(?:increases your risk|there is no (?:cure|vaccine|treatment))\\b',
] as const;
export const GENERAL_FACT = new RegExp(GENERAL_FACT_FORMS.join('|'), 'g');

/** A product or treatment promise: counts as health information whether or not it is true. */
export const CLAIM_CUE =
  /\b(?:guaranteed?|100% (?:effective|natural|safe)|no side effects|works for (?:literally )?everyone|miracle|cures?|revers(?:e|es|ed|ing)|risk-free|melts? fat|lost \d+ (?:lbs?|pounds|kg))\b/;

/** Telling the reader when to get emergency care. */
export const ESCALATION =
  /\b(?:call (?:or text )?(?:911|988|999|112|poison control|an ambulance)|text 988|(?:go|head|rush|get|way) to (?:the )?(?:er|ed|emergency)|(?:seek|get) (?:emergency|urgent|immediate) (?:care|help|attention)|= ?(?:er|ed)\b|\?\s?er\b)/;

/** "If you have X, see Y": a conditional followed by an instruction. */
export const CONDITIONAL_ADVICE =
  /\bif (?:swallowed|bitten|stung|exposed|pregnant|breastfeeding|in doubt|symptoms (?:start|appear|worsen))\b|\bif (?:you|your|you're|you've|someone)\b(?=([^.!?\n,]{0,120}))\1, (?:get|see|call|go|ask|talk|seek|stop|take|check|book|tell|don't|avoid)\b/;

/** A clinician asking peers about one case, not informing the public. */
export const PEER_QUESTION =
  /\b(?:anyone (?:else|have|had|know|seen|dealt)|has anyone|thoughts\?|any (?:advice|tips|ideas)|would you|what would you|how (?:do|are|did) (?:you|y'all|folks|others)|curbside|case for the|hive mind|serious question|question for|what (?:do|would) you (?:all )?(?:recommend|use|suggest)|asking for (?:a friend|my)|any recommendations)\b/;

/** Practice news, events and career updates. */
export const ANNOUNCEMENT =
  /\b(?:office will be closed|closed (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|now live|now open|join us|we're hiring|excited to (?:share|announce)|congratulations|graduat\w+|last day of residency|heading to|poster session|come say hi|sign up|health fair|march for)\b/;
