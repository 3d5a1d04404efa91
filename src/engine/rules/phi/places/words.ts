/** Regex building blocks for place names, shared by the place detectors. */

/** One capitalised word ("Dayton", "O'Fallon", "Winston-Salem", "ARH"). */
export const CAP = "[A-Z][A-Za-z'-]{0,24}";
/** Up to four capitalised words, with "St."/"Ft."/"Mt." allowed in front ("St. Louis"). */
export const CAP_SEQ = `(?:(?:St|Ft|Mt|Saint|Fort|Mount)\\.?\\s{1,2})?${CAP}(?:\\s{1,2}${CAP}){0,3}`;
