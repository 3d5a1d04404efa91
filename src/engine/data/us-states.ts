/**
 * US states (and DC and the inhabited territories) with their postal abbreviations, and the ranges of
 * 3-digit ZIP prefixes that belong to each. A state is the smallest place Safe Harbor lets a post keep,
 * so these are what place fixes generalise to.
 */
export const STATES: ReadonlyArray<readonly [name: string, postal: string]> = [
  ['Alabama', 'AL'], ['Alaska', 'AK'], ['Arizona', 'AZ'], ['Arkansas', 'AR'], ['California', 'CA'],
  ['Colorado', 'CO'], ['Connecticut', 'CT'], ['Delaware', 'DE'], ['District of Columbia', 'DC'],
  ['Florida', 'FL'], ['Georgia', 'GA'], ['Hawaii', 'HI'], ['Idaho', 'ID'], ['Illinois', 'IL'],
  ['Indiana', 'IN'], ['Iowa', 'IA'], ['Kansas', 'KS'], ['Kentucky', 'KY'], ['Louisiana', 'LA'],
  ['Maine', 'ME'], ['Maryland', 'MD'], ['Massachusetts', 'MA'], ['Michigan', 'MI'], ['Minnesota', 'MN'],
  ['Mississippi', 'MS'], ['Missouri', 'MO'], ['Montana', 'MT'], ['Nebraska', 'NE'], ['Nevada', 'NV'],
  ['New Hampshire', 'NH'], ['New Jersey', 'NJ'], ['New Mexico', 'NM'], ['New York', 'NY'],
  ['North Carolina', 'NC'], ['North Dakota', 'ND'], ['Ohio', 'OH'], ['Oklahoma', 'OK'], ['Oregon', 'OR'],
  ['Pennsylvania', 'PA'], ['Rhode Island', 'RI'], ['South Carolina', 'SC'], ['South Dakota', 'SD'],
  ['Tennessee', 'TN'], ['Texas', 'TX'], ['Utah', 'UT'], ['Vermont', 'VT'], ['Virginia', 'VA'],
  ['Washington', 'WA'], ['West Virginia', 'WV'], ['Wisconsin', 'WI'], ['Wyoming', 'WY'],
  ['Puerto Rico', 'PR'], ['Guam', 'GU'], ['U.S. Virgin Islands', 'VI'],
];

const BY_POSTAL = new Map(STATES.map(([name, postal]) => [postal, name]));
const BY_LOWER_NAME = new Map(STATES.map(([name]) => [name.toLowerCase(), name]));

/** First ZIP3 of each range and its state; a prefix belongs to the last range starting at or below it. */
const ZIP3_STARTS: ReadonlyArray<readonly [number, string]> = [
  [5, 'NY'], [6, 'PR'], [8, 'VI'], [9, 'PR'], [10, 'MA'], [28, 'RI'], [30, 'NH'], [39, 'ME'], [50, 'VT'],
  [55, 'MA'], [56, 'VT'], [60, 'CT'], [70, 'NJ'], [90, ''], [100, 'NY'], [150, 'PA'], [197, 'DE'],
  [200, 'DC'], [201, 'VA'], [202, 'DC'], [206, 'MD'], [220, 'VA'], [247, 'WV'], [270, 'NC'], [290, 'SC'],
  [300, 'GA'], [320, 'FL'], [340, ''], [342, 'FL'], [350, 'AL'], [370, 'TN'], [386, 'MS'], [398, 'GA'],
  [400, 'KY'], [430, 'OH'], [460, 'IN'], [480, 'MI'], [500, 'IA'], [530, 'WI'], [550, 'MN'], [569, 'DC'],
  [570, 'SD'], [580, 'ND'], [590, 'MT'], [600, 'IL'], [630, 'MO'], [660, 'KS'], [680, 'NE'], [700, 'LA'],
  [716, 'AR'], [730, 'OK'], [750, 'TX'], [800, 'CO'], [820, 'WY'], [832, 'ID'], [840, 'UT'], [850, 'AZ'],
  [870, 'NM'], [885, 'TX'], [889, 'NV'], [900, 'CA'], [962, ''], [967, 'HI'], [969, 'GU'], [970, 'OR'],
  [980, 'WA'], [995, 'AK'],
];

/** State name for a 5-digit or 3-digit ZIP, or undefined for military and unassigned prefixes. */
export function stateOfZip(zip: string): string | undefined {
  const prefix = Number(zip.slice(0, 3));
  let postal = '';
  for (const [start, state] of ZIP3_STARTS) {
    if (start > prefix) break;
    postal = state;
  }
  return postal ? BY_POSTAL.get(postal) : undefined;
}

export function stateOfPostal(postal: string): string | undefined {
  return BY_POSTAL.get(postal.toUpperCase());
}

export function stateOfName(name: string): string | undefined {
  return BY_LOWER_NAME.get(name.toLowerCase());
}

/** Matches a state name (case-sensitive first letters) as a whole word. */
export const STATE_NAME_SOURCE = STATES.map(([name]) => name.replace(/\./g, '\\.').replace(/ /g, '\\s+')).join('|');

/**
 * 3-digit ZIP prefixes whose area held 20,000 people or fewer (HHS/OCR 2012 guidance, 2000 Census): Safe
 * Harbor requires them to become 000.
 */
export const RESTRICTED_ZIP3: ReadonlySet<string> = new Set([
  '036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884',
  '890', '893',
]);
