import type { Span } from '../../text/spans.js';

/**
 * A post can show a patient's wound or rash without any picture word: "Here's the wound, day 3 👇",
 * "the rash in the second slide", "day 1 vs day 10". These patterns find a visible finding on a body
 * that the text points at; the caller still applies its own not-shown and not-a-patient checks.
 */

/** What a photo of a patient's body shows. */
const VISIBLE = 'wounds?|rash(?:es)?|lesions?|scars?|incisions?|burns?|bruis(?:e|es|ing)|ulcers?|lacerations?|abrasions?|stitches|sutures|staples|grafts?|swelling|blisters?|cellulitis|abscess(?:es)?|bites?|moles?|tumou?rs?|fractures?|deformit(?:y|ies)|eruptions?|hives|welts?|plaques?|nodules?|cysts?|gangrene|stumps?';
/** A body part is a patient's only when someone else's it is: "her knee", "the patient's hand". */
const BODY = 'knees?|arms?|hands?|feet|foot|legs?|ankles?|wrists?|shoulders?|back|chest|belly|abdomen|face|skin|eyes?|toes?|fingers?|nails?|hips?|elbows?|neck|scalp|tongue|teeth|tooth|gums?|ears?|nose|lips?|thighs?|heels?|shins?';

/** A word between the pointer and the finding: an adjective, never a preposition that starts a topic. */
const MODIFIER = "(?!(?:for|of|on|about|in|to|with|and|or|that|what|how|why|if)\\b)[a-z0-9'-]{1,20}";
const DEICTIC = "here(?:'s| is| are)|look(?:ing)? at|(?:take|have) a (?:look|peek) at|check(?:ing)? out|zoom(?:ed|ing)? in on|behold|get a load of";
const OWNER = "this|these|that|those|the|his|her|their|our|a|an|one|(?:my|our|the|this|one) (?:[a-z-]{1,15} )?(?:patient|pt)'?s";

/** "burn rates", "wound care": the word names a topic, not a body. */
const NOT_A_TOPIC = '(?! (?:rates?|care|units?|cent(?:er|re)s?|clinics?|guidelines?|protocols?|prevention|awareness|management|kits?|creams?|ointments?|dressings?|data|statistics|stats|numbers|charts?|graphs?|types?|risks?|first aid)|-)';

/** "here is the wound", "zoom in on this lesion", "look at her knee". */
export const POINTED_FINDING = new RegExp(
  `\\b(?:${DEICTIC}) (?:(?:${OWNER}) )?(?:${MODIFIER} ){0,3}(${VISIBLE})\\b${NOT_A_TOPIC}`, 'g');
export const POINTED_BODY = new RegExp(
  `\\b(?:${DEICTIC}) (?:his|her|their|(?:my|our|the|this|one) (?:[a-z-]{1,15} )?(?:patient|pt)'?s) (?:${MODIFIER} ){0,2}(${BODY})\\b`, 'g');

/** "the rash in the second slide", "slide 3": the post is a set of pictures. */
export const SLIDE = /\bin the (?:first|second|third|fourth|fifth|last|next|final|\d{1,2}(?:st|nd|rd|th)) (?:slide|photo|pic|picture|image|frame|panel)\b|\bslides? \d{1,2}\b/g;
/** "day 1 vs day 10": a progress series, a patient's only when the post says whose. */
export const PROGRESS = /\b(?:day|week|month|wk) \d{1,3} (?:vs\.?|versus|v\.?|to|and|->|\u2192) (?:day|week|month|wk) \d{1,3}\b/g;
/** A visible finding named as a thing on a body, not as a topic ("wound care", "burn first aid"). */
export const VISIBLE_WORD = new RegExp(`\\b(?:${VISIBLE}|${BODY})\\b${NOT_A_TOPIC}`, 'g');
/** Only a finding, not a bare body part, when nothing says whose body it is. */
export const FINDING_WORD = new RegExp(`\\b(?:${VISIBLE})\\b${NOT_A_TOPIC}`, 'g');
/** An emoji that points at the attached picture. */
export const POINTING_EMOJI = /[\u{1F446}-\u{1F449}\u{1F4F7}\u{1F4F8}\u261D\u2B06\u2B07\u2935]/u;
/** Where a patient is in their course: "day 5", "post-op", "week 2". */
export const COURSE = /\b(?:day|week|wk|month) \d{1,3}\b|\bpost-?op\b/;

/** Advice or reference material: "tips", "how to", "what a rash looks like", a webinar or image library. */
export const GENERIC = /\b(?:tips?|how to|webinar|library|first aid|what (?:a |an |the )?[a-z-]{1,20} looks? like)\b/;

/** Something that points at the picture itself. */
export const POINTER = /[\u{1F446}-\u{1F449}\u{1F4F7}\u{1F4F8}\u261D\u2B06\u2B07\u2935\u27A1]|\b(?:below|above|zoom(?:ed|ing)? in|pics?|photos?|pictures?|swipe|slides?|progress|before (?:and|&) after)\b|\b(?:day|week|wk|month) \d{1,3}\b|\b(?:post-?op|healing)\b/u;
/** A patient is named as the owner of the body shown. */
export const PATIENT_OWNER = /\b(?:patients?|pts?|his|her|their|him)\b/;

/** The author's own body or a family member's, not a patient's. */
export const OWN_BODY = new RegExp(
  `\\bmy (?:own )?(?:(?!patient|pt\\b)[a-z-]{1,15} ){0,2}(?:${VISIBLE}|${BODY})\\b|\\bmy (?:son|daughter|kid|child|wife|husband|partner|mom|dad|mother|father|dog|cat)'?s\\b|\\bi (?:got|have|had)\\b`);

/** Teaching material or artwork rather than a person: textbook figures, lecture slides, a painted lesion. */
export const TEACHING = /\b(?:(?:i|we) (?:painted|drew|sketched|sculpted|3d[- ]printed)|paintings?|sketch(?:es)?|moulage|(?:from|in) (?:the|a|an|my|our|this) (?:[a-z-]{1,15} )?textbook|atlas|lecture|grand rounds|slide deck|presentation|figure \d|fig\. ?\d|case report)\b/;

export type { Span };
