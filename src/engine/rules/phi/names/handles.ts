import { addressesPatient, sentenceAround } from './context.js';

/** A patient's (or their relative's) social-media handle: tagging them says they are a patient. */
export interface HandleHit {
  start: number;
  end: number;
}

/** Bounds the work on a flood of handles; a post tags a handful at most. */
const MAX_HANDLES = 500;
const HANDLE = /(?<![\p{L}\p{N}_.@/-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![A-Za-z0-9_@])/gu;

// Colleagues, organisations, journals, agencies and brands: their handles are never a patient's.
const CLINICIAN = /^@(?:dr|doc|prof|nurse)(?:[A-Z_]|$)|^@(?:dr|doc)_|(?:md|do|rn|np|phd|dds|dmd|pharmd)$/;
const ORGANISATION = /(?:health|clinic|hospital|medical|medicine|news|journal|official|foundation|society|pharma|network|media|press|magazine|institute|university|college|school|assoc|alliance|council|gov|org)|_(?:co|inc|hq|app|tv|llc|corp|labs|brand|shop|store|team)$|^@(?:cdc|who|nih|fda|nejm|jama|thelancet|bmj|aha|acc|ama|acp|aap|acog|cms|hhs)(?:$|[_A-Z])/i;
const BRAND_SUFFIX = /[a-z0-9](?:Co|Inc|HQ|App|TV|LLC|Corp|Labs|Brand|Shop|Store|Team|Official)$/;
// The sentence is about the work, not a person in care: a talk, a paper, a gift from a brand.
const PROFESSIONAL = /\b(?:talk|lecture|paper|study|thread|podcast|webinar|conference|grand rounds|panel|article|research|poster|keynote|interview|episode|sponsor\w*|partner\w*|sending|gifted|collab\w*|cc|h\/t|via)\b/i;
// Words of care in the sentence around a handle.
const CARE = /\b(?:patients?|post-?op|pre-?op|surgery|reconstruction|repair|replacement|transplant|chemo|diagnos\w+|recovery|rehab|discharged?|admitted|clinic|hospital|nicu|icu|visit|appointment|procedure|treatment|cancer|fracture|injury|scope|cast|stitches|delivery|delivered|remission)\b/i;
const PERSON = /\b(?:her|his|their|year-old|yo|patient|tag (?:her|him|them)|you|your)\b/i;

export function detectHandles(text: string): HandleHit[] {
  const hits: HandleHit[] = [];
  let addressed: boolean | undefined;
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(text); m && hits.length < MAX_HANDLES; m = HANDLE.exec(text)) {
    const handle = m[0];
    if (CLINICIAN.test(handle) || ORGANISATION.test(handle) || BRAND_SUFFIX.test(handle)) continue;
    const start = m.index;
    const end = start + handle.length;
    // A reply that opens with the handle: it is a patient's when the text speaks of their care.
    if (opensLine(text, start)) {
      addressed ??= addressesPatient(text);
      if (addressed) hits.push({ start, end });
      continue;
    }
    const sentence = sentenceAround(text, start, end);
    if (PROFESSIONAL.test(sentence)) continue;
    // The care may be told in the next sentence: "Thanks @linda.b for the review! Loved doing your knee."
    const story = sentence + text.slice(end, Math.min(text.length, end + 160));
    if (CARE.test(story) && PERSON.test(story)) hits.push({ start, end });
  }
  return hits;
}

/** The handle is the first thing on its line, as in a reply. */
function opensLine(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && pos - i <= 8 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}
