import { finding, type RuleContext } from '../../context.js';
import type { Finding } from '../../types.js';
import type { Rule } from '../rule.js';
import { matchSpans, sentenceOf, sentenceStarts, type Span } from '../../text/spans.js';
import { lazyScan } from '../../text/word-scan.js';
import {
  COURSE, FINDING_WORD, GENERIC, OWN_BODY, PATIENT_OWNER, POINTED_BODY, POINTED_FINDING, POINTER, POINTING_EMOJI, PROGRESS, SLIDE,
  TEACHING, VISIBLE_WORD,
} from './pointed-at-findings.js';

/**
 * IMG-PATIENT (compliance-rules.md §6; 45 CFR 164.514(b)(2)(i)(Q)): the draft says a patient's photo,
 * scan or video comes with it. The text is all the engine sees, so it reads the words that announce
 * an image ("x-ray attached", "swipe for before/after", "selfie with my patient") and leaves alone
 * images that are not a patient's (stock, illustrations, the author's own) or that are only talked about.
 */

const IMAGING = 'x-?rays?|radiographs?|ct scans?|cts?|mris?|pet scans?|scans?|ultrasounds?|sonograms?|angiograms?|echocardiograms?|mammograms?|fluoroscopy|dicom|films?|ekgs?|ecgs?|rhythm strips?|tracings?|dermoscopy|fundus photos?';
const PICTURES = 'pictured|photos?|photographs?|pics?|pictures?|pix|images?|videos?|footage|snapshots?|close-?ups?|selfies?|before[ /&-]{0,3}(?:and[ -])?afters?|transformation(?: photos?| pics?| pictures?)?';
/** "our new MRI machine": the equipment, not an image. */
const MEDIA = new RegExp(
  `\\b(?:${IMAGING}|${PICTURES})\\b(?! (?:machines?|scanners?|units?|suites?|rooms?|departments?|cent(?:er|re)s?|techs?|technologists?|tables?|coils?|studio|booth|shoot))`, 'g');
const IMAGING_ONLY = new RegExp(`^(?:${IMAGING})$`);
const ALWAYS_A_PATIENT = /^(?:before|transformation)/;

/** Words that say the image is in the post. */
const SHOWN = new RegExp([
  '\\battach(?:ed|ing)\\b', '\\bsee (?:the |this |her |his |my )?(?:attached|below|above|photos?|pics?|pictures?|images?|videos?|x-?rays?|scans?)\\b',
  '\\bbelow\\b', '\\babove\\b', '\\u{1F447}', '\\u2B07', '\\u{1F4F8}', '\\bswipe\\b', '\\bcheck out\\b',
  '\\blook at (?:this|these|her|his|the|my|our)\\b', "\\bhere'?s (?:a|the|this|her|his|our|my)\\b",
  `\\b(?:this|these) (?:[a-z-]{1,15} ){0,2}(?:${IMAGING}|${PICTURES})\\b`, '\\bin the (?:photo|pic|picture|video|image)\\b',
  '\\b(?:posted|posting|sharing|shared)\\b', '\\bwatch\\b', '\\bshown\\b', '\\bsnapped\\b', '\\bfilmed\\b',
  '\\btook (?:a|this|these|her|his) (?:[a-z-]{1,15} )?(?:photos?|pics?|pictures?|selfies?|videos?)\\b',
  '\\b(?:from|in|inside) the (?:or|operating room|trauma bay|ed|er|icu|nicu|exam room|cath lab)\\b',
  '\\bprogress (?:pics?|photos?|pictures?|shots?|videos?)\\b', '\\bselfies? with\\b', '\\bof the (?:day|week|month)\\b', '\\bpictured\\b', '\\bshown here\\b',
  // "pic of me and my patient", "photo with our patient": a picture the author is in, with a patient.
  '\\b(?:of|with) (?:me|us|myself)(?: and| with) (?:my|our|this|a|the)\\b', '\\b(?:of|with) (?:my|our) (?:[a-z-]{1,15} )?(?:patients?|pts?)\\b',
].join('|'), 'u');

/** Someone in care is in the picture. */
const PATIENT = /\b(?:(?:from|in|inside) (?:the|our) (?:or|operating room|trauma bay|burn unit|icu|nicu|picu|ed|er|clinic|exam room|delivery room)|burns?|bruises?|ulcers?|lacerations?|patients?|pts?|post-?op|pre-?op|results|rash|lesion|wound|injur(?:y|ies)|face|tumou?r|incision|scar|mole|growth|fracture|surgery|procedure|bedside|recovery|kid|child|baby|toddler|boy|girl|guy|man|woman|lady|bravest|\d{1,3}[- ]?(?:year|yr)s?[- ]old)\b/;

/** Not a patient's image, not in the post, or a question about sharing one. */
const NOT_SHOWN = new RegExp([
  '\\bstock\\b', '\\billustrat(?:ion|ions|ed|ive)\\b', '\\bdiagrams?\\b', '\\bdrawings?\\b', '\\bcartoons?\\b',
  '\\bclip ?art\\b', '\\bai-generated\\b', '\\bmock-?up\\b', '\\bmannequin\\b', '\\bsimulat(?:ion|ed|or)\\b',
  '\\bnot (?:a|an actual|a real|from a|of a) (?:real )?patient\\b', '\\bno patient\\b',
  `\\bmy (?:own )?(?!patient)(?:[a-z-]{1,15} ){0,2}(?:${IMAGING}|${PICTURES})\\b`, '\\bof (?:me|myself)\\b(?! (?:and|with) (?:my|our|a|the|this) (?:[a-z-]{1,15} )?(?:patients?|pts?)\\b)',
  '\\baudio\\b', '\\bvoice (?:memo|note|recording)\\b', '\\bpodcast\\b',
  "\\b(?:sent|texted|emailed|showed|messaged|dm'?d) (?:me|us)\\b",
  `\\bno (?:[a-z-]{1,15} )?(?:${IMAGING}|${PICTURES})\\b`, "\\b(?:don'?t|do not|never|avoid|stop) (?:post|share|take|send|film)",
  '\\b(?:mind if|can we|may we|could we|would you (?:mind|like)) (?:we )?(?:share|post|use)\\b',
  // Asking for permission is a question; "she gave me permission to share!" announces the picture.
  '\\b(?:ok|okay|permission) to (?:share|post|use)\\b[^.!\\n]{0,80}\\?',
].join('|'));

/** Colleagues and family in a selfie are not patients. */
const SELFIE_WITH_OWN = /\bselfies? with (?:my|our|the) (?:wife|husband|kids?|family|team|crew|colleagues?|residents?|nurses?|staff|dog|cat|partner|mom|dad|friends?|fellows?|students?)\b/;

/** How far around the image word the announcing words are looked for (bounded, so linear overall). */
const REACH = 120;

function within(text: string, starts: readonly number[], at: Span, sentences = 1): string {
  const s = sentenceOf(starts, at.start);
  const from = Math.max(starts[s] as number, at.start - REACH);
  const to = Math.min(starts[s + sentences] ?? text.length, at.end + REACH);
  return text.slice(from, to);
}

/** "Swipe to see her scar": a carousel of images, announced without an image word. */
const SWIPE = /\bswipe(?: (?:left|right|through|over))?(?: (?:to see|for|to|and see))?\b/g;
/** A carousel shows a patient only when a person or their body is what it shows. */
const SWIPE_PATIENT = /\b(?:patients?|pts?|his|her|their|him)\b|\b(?:scars?|wounds?|incisions?|rash|lesions?|burns?|stitches|sutures|tumou?rs?|bruises?|x-?rays?|scans?|transformation|before (?:and|&) after)\b/;

export const patientImageRule: Rule = {
  id: 'image',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { lower } = ctx.folded;
    const media = matchSpans(MEDIA, lower);
    const swipes = media.length === 0 ? matchSpans(SWIPE, lower) : [];
    let starts: readonly number[] | undefined;
    const sentences = () => (starts ??= sentenceStarts(lower));
    for (const m of swipes) {
      const clause = within(lower, sentences(), m);
      if (NOT_SHOWN.test(clause) || !SWIPE_PATIENT.test(clause)) continue;
      return [imageFinding(ctx, m)];
    }
    for (const m of media) {
      const clause = within(lower, sentences(), m);
      if (!SHOWN.test(clause) || NOT_SHOWN.test(clause) || SELFIE_WITH_OWN.test(clause)) continue;
      const word = lower.slice(m.start, m.end);
      if (!IMAGING_ONLY.test(word) && !ALWAYS_A_PATIENT.test(word) && !PATIENT.test(clause)) continue;
      return [imageFinding(ctx, m)];
    }
    const pointed = pointedAtFinding(lower, sentences);
    return pointed ? [imageFinding(ctx, pointed)] : [];
  },
};

/**
 * The words that point at a finding without a picture word, read in one pass over the words: most
 * drafts have none, and then no clause needs reading. Built on first use.
 */
const POINTED_SCAN = lazyScan(() => [POINTED_FINDING, POINTED_BODY, SLIDE, PROGRESS, FINDING_WORD]);

/** "this nasty", "these": the words just before a finding that point at it as present. */
const DEMONSTRATIVE = /\b(?:this|these|that|those) (?:[a-z0-9'-]{1,20} ){0,3}$/;

/** Past this many candidates the input is noise; a real post points at its picture early. */
const CANDIDATE_LIMIT = 64;

/** No picture word, but the text points at a patient's body: "here's the wound, day 3 👇". */
function pointedAtFinding(lower: string, sentences: () => readonly number[]): Span | undefined {
  const [pointedAt, pointedBodies, slides, progress, findings] =
    POINTED_SCAN.scan(lower) as [Span[], Span[], Span[], Span[], Span[]];
  if (pointedAt.length + pointedBodies.length + slides.length + progress.length + findings.length === 0) return undefined;
  const starts = sentences();
  const isPatients = (clause: string) =>
    !NOT_SHOWN.test(clause) && !TEACHING.test(clause) && !GENERIC.test(clause) && !OWN_BODY.test(clause);
  // The scan gives whole matches; the finding itself is the pattern's group 1.
  const pointedFindings = pointedAt.length > 0 ? matchSpans(POINTED_FINDING, lower, 1) : [];
  for (const m of pointedFindings.slice(0, CANDIDATE_LIMIT)) {
    // "Look at this rash! Day 2 of her treatment.": a finding pointed at as present ("this", "these")
    // often says whose it is in the next sentence.
    const present = DEMONSTRATIVE.test(lower.slice(Math.max(0, m.start - 70), m.start));
    const clause = within(lower, starts, m, present ? 2 : 1);
    if ((POINTER.test(clause) || PATIENT_OWNER.test(clause)) && isPatients(clause)) return m;
  }
  const bodies = pointedBodies.length > 0 ? matchSpans(POINTED_BODY, lower, 1) : [];
  for (const m of bodies.slice(0, CANDIDATE_LIMIT)) {
    if (isPatients(within(lower, starts, m))) return m;
  }
  const visibleIn = (clause: string) => clause.search(VISIBLE_WORD) >= 0;
  for (const m of slides.slice(0, CANDIDATE_LIMIT)) {
    const clause = within(lower, starts, m);
    if (visibleIn(clause) && isPatients(clause)) return m;
  }
  for (const m of progress.slice(0, CANDIDATE_LIMIT)) {
    const clause = within(lower, starts, m);
    if (visibleIn(clause) && PATIENT_OWNER.test(clause) && isPatients(clause)) return m;
  }
  // "Her incision on day 5 👇": a finding on someone's body, in their course, with the picture pointed at.
  for (const m of findings.slice(0, CANDIDATE_LIMIT)) {
    const clause = within(lower, starts, m);
    if (POINTING_EMOJI.test(clause) && COURSE.test(clause) && isPatients(clause)) return m;
  }
  return undefined;
}

function imageFinding(ctx: RuleContext, at: Span): Finding {
  return finding(ctx, {
    ruleId: 'image.patient', category: 'patient-image', severity: 'block', start: at.start, end: at.end,
    message: "This post shows a patient's photo, scan or video: post it only with the patient's written authorization, with faces, names and dates removed and the image metadata stripped.",
  });
}
