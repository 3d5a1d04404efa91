/**
 * Word lists behind the quasi-identifier cues. Each is a regex alternation source, joined once at
 * module load. Entries are lower case; `-` stands for any folded dash.
 */

/** Jobs and roles that narrow a patient down within a community (colleagues' roles are left out). */
export const OCCUPATIONS = [
  'teacher', 'substitute teacher', 'principal', 'coach', 'cheerleader', 'pitcher',
  'quarterback', 'linebacker', 'goalie', 'gymnast', 'jockey', 'athlete', 'firefighter', 'fireman',
  'police officer', 'officer', 'cop', 'deputy', 'state trooper', 'trooper', 'detective', 'soldier', 'marine',
  'sailor', 'airman', 'veteran', '(?:vietnam|korea|army|navy|marine|war|combat|gulf war|iraq|afghanistan) vet',
  'pilot', 'flight attendant', 'captain', 'farmer', 'rancher', 'farmhand', 'welder', 'foreman',
  'lineman', 'electrician', 'plumber', 'carpenter', 'roofer', 'mechanic', 'coal miner', 'miner', 'logger',
  'lumberjack', 'fisherman', 'trucker', 'truck driver', 'bus driver', 'delivery driver', 'cab driver',
  'construction worker', 'factory worker', 'chef', 'baker', 'bartender', 'waitress', 'waiter', 'barista',
  'cashier', 'librarian', 'professor', 'pastor', 'priest', 'minister', 'rabbi', 'imam', 'nun', 'judge',
  'lawyer', 'attorney', 'ceo', 'store owner', 'shop owner', 'business owner', 'journalist', 'reporter',
  'musician', 'singer', 'rapper', 'actor', 'actress', 'influencer', 'youtuber', 'dancer', 'ballerina', 'boxer',
  'wrestler', 'inmate', 'prisoner', 'custodian', 'janitor', 'crossing guard', 'mail carrier', 'mailman',
  'zookeeper', 'lifeguard', 'park ranger', 'game warden', 'beekeeper', 'cowboy', 'bull rider', 'rodeo clown',
].join('|');

/** The same roles in the plural, for "one of the firefighters". */
export const OCCUPATIONS_PLURAL = [
  'teachers', 'cheerleaders', 'players', 'athletes', 'firefighters', 'officers', 'cops', 'deputies', 'troopers',
  'soldiers', 'marines', 'pilots', 'farmers', 'miners', 'linemen', 'welders', 'truckers', 'inmates',
  'lifeguards', 'nuns', 'jockeys',
].join('|');

/** Roles held by one or a few people in a community: naming the role names the person. */
export const PUBLIC_ROLES = [
  'mayor', 'governor', 'senator', 'state senator', 'congressman', 'congresswoman', 'congressperson',
  '(?:city |town )?council ?(?:member|man|woman)', 'alderman', 'alderwoman', 'sheriff', 'police chief',
  'fire chief', 'school superintendent', 'superintendent', '(?:high school|middle school|elementary school|school) principal',
  '(?:tv |television |local |evening )?news anchor', 'anchorman', 'anchorwoman', '(?:tv |television )?meteorologist',
  'weatherman', 'weatherwoman', 'radio host', 'talk show host', 'tv (?:host|personality|star)', 'celebrity',
  'pro (?:athlete|football player|baseball player|basketball player|hockey player|golfer|wrestler)',
  '(?:nfl|nba|mlb|nhl|wnba|mls|ufc) (?:player|star|quarterback|fighter)', 'olympian', 'olympic (?:athlete|medalist|swimmer|skier)',
  'bishop', 'head coach',
].join('|');

/** Conditions rare enough that a community knows who has them. */
export const RARE_CONDITIONS = [
  'ultra-?rare', 'extremely rare', 'very rare', 'orphan disease',
  'rare (?:genetic |congenital |inherited |autoimmune |childhood |bone |skin )?(?:disease|disorder|condition|syndrome|cancer|tumou?r|variant|mutation|infection)',
  'one in a (?:million|billion)', 'progeria', 'harlequin ichthyosis', 'epidermolysis bullosa', 'xeroderma pigmentosum', 'conjoined twins', 'situs inversus',
  'rabies', 'botulism', 'leprosy', "hansen's disease", 'bubonic plague', 'plague', 'anthrax', 'naegleria',
  'brain-eating amoeba', 'creutzfeldt-jakob', 'mad cow', 'flesh-eating', 'amyotrophic lateral sclerosis', 'als',
  "lou gehrig's", '(?:heart|lung|face|hand|uterus|uterine|penile|double lung) transplant', 'lvad', 'artificial heart', 'ecmo', 'separation surgery', 'reattach(?:ed|ment)', 'replant(?:ed|ation)',
].join('|');

/** Injuries and exposures unusual enough to be talked about. */
export const UNUSUAL_INJURIES = [
  'bitten by (?:a|an|his|her|their|the)(?: [a-z-]{1,20}){1,3}', '(?:snake|shark|bear|alligator|gator|cobra|rattlesnake|scorpion|spider) ?bite',
  'gored', 'impaled', 'struck by lightning', 'lightning strike', 'mauled', 'trampled', 'scalped',
  '(?:swallowed|ingested|inhaled) (?:a|an|two|three|several|some|\\d{1,2})(?: [a-z-]{1,20}){1,3}',
  'button batter(?:y|ies)', 'pto shaft', 'grain bin', 'auger', 'hay baler', 'wood ?chipper', 'nail gun', 'fireworks?', 'chainsaw',
  '(?:caught|trapped|pinned|pulled) (?:in|under|from under|between) (?:a|an|the|his|her|their)(?: [a-z-]{1,20}){1,3}',
  'nearly drowned', 'near-?drowning', 'drowned', 'electrocut(?:ed|ion)',
  'foraged', 'wild mushrooms', 'amanita', 'death caps?', 'antivenom', 'antivenin', 'rattlesnake',
].join('|');

/**
 * Disasters and violent events: care tied to one of them is recognisable on its own. Medical homonyms
 * are left out on purpose ("heart attack", "thyroid storm", "blast cells", "sugar crash", "MCI").
 */
export const DISASTERS = [
  'crash', 'car crash', 'plane crash', 'wreck', 'collision', 'rollover', 'pile-?up', 'derailment',
  'shooting', 'mass shooting', 'stabbing', 'fire', 'blaze', 'explosion',
  '(?:building|bridge|roof|mine|trench|stage|bleacher) collapse', 'stampede', 'riot',
  '(?:terror|terrorist|dog|bear|shark) attack', 'bombing', 'standoff', 'rampage', 'massacre', 'chemical spill',
  'gas leak', 'mass casualty(?: incident| event)?',
].join('|');

/** Weather that strikes a whole region: it points to a patient only together with who they are. */
export const WEATHER = [
  'tornado', 'hurricane', 'flood', 'flooding', 'earthquake', 'wildfire', 'ice storm', 'snowstorm', 'blizzard',
  'tropical storm', 'derecho', 'heat wave', 'heatwave',
].join('|');

/** Gatherings and contests where what happens to one person is seen by many. */
export const GATHERINGS = [
  '(?:county|state|street|science|renaissance) fair', 'fairgrounds', '(?:demolition )?derby', 'rodeo', 'parade',
  'festival', 'concert', 'prom', 'homecoming(?: game)?', '(?:half[- ])?marathon', 'triathlon',
  '(?:state|district|regional|sectional|conference|championship|title|playoff|football|baseball|basketball|soccer|hockey|softball|volleyball|wrestling|swim|track) (?:final|finals|semifinal|game|match|meet|tournament)',
  'super bowl', 'world series', 'perfect game', 'no-?hitter',
].join('|');

/** Places a reader can picture (a named town or street is already a Safe Harbor span). */
export const PLACES = [
  'quarry', 'lake', 'river', 'creek', 'beach', 'pool', 'park', 'playground', 'fairgrounds',
  'airport', 'mall', 'stadium', 'arena', 'gym', 'library', 'church', 'mosque', 'synagogue', 'temple',
  'campus', 'factory', 'plant', 'mill', 'mine', 'farm', 'ranch', 'warehouse', 'bar', 'nightclub',
  'casino', 'zoo', 'marina', 'trailhead', 'ski resort', 'skate ?park', 'racetrack', 'speedway',
  'train station', 'bus station', 'truck stop', 'gas station', 'golf course', 'construction site',
  'job site', 'ball field', 'soccer field', 'football field', 'hiking trail', 'trail', 'ski slopes?', 'slopes',
].join('|');

/** Settings of care. */
export const SETTINGS = [
  'ed', 'er', 'e\\.r\\.', 'emergency (?:department|room|dept)', 'trauma (?:bay|center|unit|room)',
  'resus(?:citation)? (?:bay|room)', 'icu', 'picu', 'nicu', 'micu', 'sicu', 'ccu', 'cvicu', 'burn (?:unit|center)',
  'cath(?:eterization)? lab', 'operating room', 'l ?& ?d', 'labor (?:and|&) delivery', 'delivery room',
  'urgent care', 'clinic', 'office', 'unit', 'ward', 'hospital', 'practice', 'infirmary',
  'ambulance', 'helicopter', 'ambulance bay', 'waiting room', 'exam room', 'recovery room', 'pacu',
].join('|');
