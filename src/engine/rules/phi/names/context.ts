import { isLetterOrDigit } from './tokens.js';

/**
 * Evidence around a candidate name: is the text about care, does it address someone in their care,
 * is a sentence about a public figure. Positions of cue words are collected once per draft so each
 * candidate asks in O(log n).
 */

/** Offsets of care words in a draft, ascending (found by words.ts). */
export interface CareIndex {
  positions: number[];
}

/** Is there a care word within `radius` characters of [start, end)? */
export function careNear(index: CareIndex, start: number, end: number, radius: number): boolean {
  const p = index.positions;
  let lo = 0;
  let hi = p.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((p[mid] as number) < start - radius) lo = mid + 1;
    else hi = mid;
  }
  return lo < p.length && (p[lo] as number) <= end + radius;
}

// The text talks to one person about their own care: a reply to a review or a patient's comment.
const ADDRESSES_A_PATIENT = /\b(?:your (?:[\w-]+ ){0,2}(?:visits?|appointments?|appt|check-?ups?|wait|procedures?|surgery|operation|scope|recovery|results?|care|stay|bills?|billing|account|balance|claim|crown|ultrasound|delivery|treatment|follow-?up|touch-?up|session|exam|labs?|biopsy|scans?|x-?rays?|medications?|meds|prescription|insurance|pregnancy|rhinoplasty|botox|filler|tummy tuck|implants?|consult(?:ation)?|case|stitches|(?:doctor|physician|surgeon|dentist|nurse|pediatrician|cardiologist) for|cast|discharge|admission|hospital stay|chart|records?|copay|co-pay|refund)|(?:treating|caring for|operating on|examining) you\b|(?:saw|seeing|see) you (?:in|at) (?:the )?(?:clinic|office|hospital|practice|er|ed|your)\b|you came in|you were (?:(?:last|first|recently|previously) )?(?:here|in|seen|treated|admitted)|(?:last|first) (?:saw|treated|examined) you\b|our records (?:show|indicate)|we discussed|as discussed|pleasure (?:doing|treating|caring for|taking care)|(?:5|five)[- ]stars?)/i;

/** `lower`, when given, lets a draft with none of the pattern's key words skip it. */
export function addressesPatient(text: string, lower?: string): boolean {
  if (lower !== undefined && !lower.includes('you') && !lower.includes('star') && !lower.includes('discussed')
    && !lower.includes('records') && !lower.includes('pleasure')) return false;
  return ADDRESSES_A_PATIENT.test(text);
}

// A sentence about someone's public life: a public figure, not a patient.
const PUBLIC_CUES = /\b(?:spoke|spoken|speaks|speaking|talked|talks openly|opened up|wrote|written|writes|revealed|announced|disclosed|went public|publicly|openly|interview|documentary|memoir|foundation|celebrit(?:y|ies)|famous|actor|actress|singer|rapper|athlete|olympi(?:cs?|ans?)|president|senator|governor|congress(?:man|woman|ional)?|prime minister|royal|campaign|award-winning)\b/;

const endsSentence = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10; // . ! ? newline

/** The sentence around [start, end), at most 240 characters either side. */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  const minS = Math.max(0, start - 240);
  while (s > minS && !endsSentence(text.charCodeAt(s - 1))) s--;
  let e = end;
  const maxE = Math.min(text.length, end + 240);
  while (e < maxE && !endsSentence(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

// Fame that a patient can share ("plays football", "a singer") and so only doubts a bare name pair.
const FAME_CUES = /\b(?:nfl|nba|mlb|nhl|wnba|mls|pga|ufc|quarterback|pitcher|playing (?:football|basketball|baseball|soccer|tennis|golf|hockey)|super bowl|world series|grand slam|championship|concert|album|tour|movie|film|headlines?|headlining|gala|perform(?:s|ing|ed)?|red carpet|premiere|fans|tv show|billionaire|ceo|founder|musician|comedian|host|oscars?|grammys?|emmys?|hall of fame|legend|icon|died of|the late|(?:once|famously) (?:said|wrote|put it)|quoted?|played|starred|starring|stars in|role)\b/;

/** A sentence about a public figure; `wide` also counts sports and entertainment cues. `lower` is the lower-cased draft. */
export function publicSentence(lower: string, start: number, end: number, wide = false): boolean {
  const sentence = sentenceAround(lower, start, end);
  return PUBLIC_CUES.test(sentence) || (wide && FAME_CUES.test(sentence));
}

// A sentence about work among colleagues: thanks, talks, panels, hires. Names in it are not patients.
const PROFESSIONAL_CUES = /\b(?:thanks? to|thank you to|shout-?outs?|kudos|panel\w*|talks?|lectures?|keynote|speakers?|presented|presenting|presentation|grand rounds|conference|summit|webinar|podcast|episode|co-?authors?|paper|article|colleagues?|mentors?|mentee|hired|hiring|welcomes?|welcoming|meet our|introducing|joined|joins|joining|promoted|promotion|retir\w+|chief|director|chair|dean|ceo|residency|fellowship|published|journal|sim day|simulation|workshop|course|faculty|staff meeting|board meeting)\b/;

/** `lower` is the lower-cased draft: the cue patterns need no case folding, which is cheaper to compile. */
export function professionalSentence(lower: string, start: number, end: number): boolean {
  return PROFESSIONAL_CUES.test(sentenceAround(lower, start, end));
}

/** Does [pos] begin a sentence (start of text, a line, or after . ! ? and any bullets or emoji)? */
export function atSentenceStart(text: string, pos: number, afterColon = true): boolean {
  let i = pos - 1;
  const min = Math.max(0, pos - 12);
  while (i >= min) {
    const c = text[i] as string;
    if (c === '\n' || c === '.' || c === '!' || c === '?' || c === '"' || (afterColon && c === ':')) return true;
    if (c === ',' || c === ';' || c === '&' || isLetterOrDigit(text, i)) return false;
    i--;
  }
  return i < 0;
}
