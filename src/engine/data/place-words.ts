/** Word lists the place detectors share. Regex sources are alternations, longest forms first. */

/** Street suffixes (USPS common forms) and their abbreviations; `Dr` and `St` need extra care (titles, saints). */
export const STREET_SUFFIX_SOURCE = [
  'Street', 'St', 'Avenue', 'Ave', 'Av', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Ln', 'Drive', 'Dr',
  'Court', 'Ct', 'Place', 'Pl', 'Terrace', 'Ter', 'Way', 'Highway', 'Hwy', 'Parkway', 'Pkwy', 'Circle',
  'Cir', 'Trail', 'Trl', 'Pike', 'Turnpike', 'Tpke', 'Square', 'Sq', 'Alley', 'Row', 'Crescent', 'Loop',
  'Expressway', 'Expy', 'Freeway', 'Fwy', 'Plaza', 'Run', 'Crossing', 'Xing', 'Hollow', 'Ridge Rd',
].sort((a, b) => b.length - a.length).join('|');

/** Numbered roads: "Route 9", "I-95", "Highway 101", "County Road 12". */
export const NUMBERED_ROAD_SOURCE =
  '(?:State\\s+Route|State\\s+Road|County\\s+Road|Farm\\s+Road|Route|Rte\\.?|Rt\\.?|Highway|Hwy\\.?|Interstate|SR|CR|US|I)[ -]?\\d{1,4}[A-Z]?\\b';

/**
 * Last words of a care facility's name. "Memorial", "General", "Methodist"… end hospital names on their
 * own ("Mercy General", "Riverside Methodist").
 */
export const FACILITY_HEAD_SOURCE = [
  'Hospital', 'Hospitals', 'Medical Center', 'Medical Centre', 'Health Center', 'Health Centre',
  'Community Hospital', 'Clinic', 'Clinics', 'Nursing Home', 'Nursing Center', 'Nursing Facility',
  'Nursing and Rehabilitation Center', 'Nursing & Rehab', 'Health and Rehabilitation', 'Health & Rehab',
  'Rehab', 'Rehabilitation Center', 'Rehabilitation Hospital', 'Rehab Center', 'Hospice', 'Hospice House',
  'Senior Living', 'Assisted Living', 'Memory Care', 'Care Center', 'Care Centre', 'Living Center',
  'Retirement Home', 'Retirement Community', 'Retirement Village', 'Skilled Nursing', 'Manor',
  'Convalescent Home', 'Care Home', 'Infirmary', 'Surgery Center', 'Surgical Center', 'Urgent Care',
  'Cancer Center', 'Heart Institute', "Children's", 'Memorial', 'General', 'Regional', 'Methodist',
  'Baptist', 'Presbyterian', 'Lutheran', 'Mercy', 'Sanitarium', 'Sanatorium', 'Health System',
  'Medical', 'ER', 'ED',
].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

/** Facility heads that point to where someone lives rather than where they were treated. */
export const RESIDENTIAL_FACILITY = /nursing|senior|assisted|memory|retirement|manor|living|care home|convalescent|hospice|rehab/i;

/** K-12 schools, which identify a child (or a teacher's workplace) much as a street does. */
export const SCHOOL_HEAD_SOURCE = [
  'Elementary School', 'Elementary', 'Middle School', 'Junior High School', 'Junior High', 'High School',
  'High', 'Primary School', 'Intermediate School', 'Academy', 'Day School', 'Prep', 'Preparatory School',
  'Montessori School', 'Montessori',
].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

/** Regions and places larger than a state: never GEO on their own. */
export const LARGE_PLACES = new Set([
  'america', 'usa', 'us', 'u.s', 'u.s.', 'united states', 'canada', 'mexico', 'uk', 'england', 'britain',
  'europe', 'asia', 'africa', 'australia', 'india', 'china', 'japan', 'ireland', 'germany', 'france',
  'italy', 'spain', 'brazil', 'korea', 'philippines', 'vietnam', 'ukraine', 'russia', 'israel', 'gaza',
  'midwest', 'the midwest', 'south', 'north', 'east', 'west', 'northeast', 'southeast', 'southwest',
  'northwest', 'new england', 'appalachia', 'the rockies', 'rockies', 'the south', 'pacific northwest',
  'gulf coast', 'east coast', 'west coast', 'great plains', 'sun belt', 'rust belt', 'bible belt',
  'deep south', 'mountain west', 'upper midwest', 'tri-state area', 'latin america', 'central america',
  'south america', 'middle east', 'caribbean', 'puerto rico',
]);

/**
 * Capitalised words that follow "in/from/at" but are not places: care settings, institutions, months,
 * days, and sentence openers that a capitalised-word scan would otherwise take for a town.
 */
export const NOT_A_PLACE = new Set([
  'i', 'the', 'a', 'an', 'our', 'my', 'his', 'her', 'their', 'your', 'this', 'that', 'these', 'those',
  'he', 'she', 'they', 'we', 'it', 'you', 'me', 'him', 'them', 'us', 'and', 'or', 'but', 'if', 'so',
  'ed', 'er', 'icu', 'nicu', 'picu', 'micu', 'sicu', 'ccu', 'or', 'pacu', 'l&d', 'clinic', 'hospital',
  'pre-op', 'post-op', 'rehab', 'hospice', 'the er', 'the ed', 'dr', 'dr.', 'doctor', 'nurse',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'tonight', 'yesterday', 'tomorrow', 'christmas', 'thanksgiving', 'easter', 'halloween', 'spring',
  'summer', 'fall', 'autumn', 'winter', 'god', 'heaven', 'church', 'mass', 'english', 'spanish',
  'covid', 'covid-19', 'medicare', 'medicaid', 'cdc', 'fda', 'who', 'nih', 'ama', 'hipaa', 'ehr', 'epic',
  'cerner', 'mychart', 'twitter', 'facebook', 'instagram', 'linkedin', 'tiktok', 'youtube', 'reddit',
  'google', 'zoom', 'teams', 'slack', 'telehealth', 'residency', 'fellowship', 'med school', 'training',
  'practice', 'private practice', 'primary care', 'family medicine', 'internal medicine', 'pediatrics',
  'cardiology', 'oncology', 'neurology', 'surgery', 'radiology', 'dermatology', 'psychiatry', 'urology',
  'medicine', 'general', 'memorial', 'mercy', 'baptist', 'methodist', 'regional', 'medical', 'labor',
  'delivery', 'triage', 'imaging', 'recovery', 'room', 'bed', 'bay', 'unit', 'floor', 'ward', 'stage',
  'grade', 'type', 'part', 'step', 'phase', 'level', 'class', 'jesus', 'christ',
  // Family words written as names ("a text from Mom").
  'mom', 'dad', 'mother', 'father', 'grandma', 'grandpa', 'nana', 'papa', 'aunt', 'auntie', 'uncle', 'son',
  'daughter', 'sister', 'brother', 'wife', 'husband', 'baby',
  // Languages ("she speaks only in Vietnamese").
  'french', 'german', 'italian', 'portuguese', 'russian', 'arabic', 'mandarin', 'cantonese', 'chinese',
  'vietnamese', 'korean', 'japanese', 'tagalog', 'hindi', 'urdu', 'somali', 'haitian', 'creole', 'polish',
  'navajo', 'hmong', 'farsi', 'swahili', 'asl',
  // Services and specialties ("admitted in Peds", "seen in Urgent Care").
  'urgent', 'intensive', 'critical', 'emergency', 'internal', 'family', 'primary', 'palliative', 'obstetrics',
  'gynecology', 'orthopedics', 'peds', 'ortho', 'neuro', 'cardio', 'derm', 'psych', 'nephrology',
  'pulmonology', 'endocrinology', 'rheumatology', 'hematology', 'anesthesia', 'pathology', 'ophthalmology',
  'step-down', 'stepdown', 'observation', 'obs',
  // Chains people get things "from" rather than places they live.
  'walgreens', 'walmart', 'target', 'costco', 'kroger', 'amazon', 'starbucks', 'publix', 'safeway', 'cvs',
]);
