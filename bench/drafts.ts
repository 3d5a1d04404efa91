/**
 * Deterministic drafts of any length for the benchmarks: ordinary clinical prose with the identifiers,
 * claims and cues the engine looks for mixed in at a realistic rate. Every name and number is invented.
 */
const SENTENCES = [
  'Flu season is here, and the shot is still the best protection we have for older adults and kids.',
  'My patient Harold Jenkins, 94M, was admitted 3/14 to St. Vincent\'s with painless jaundice.',
  'Blood pressure under 130/80 is the goal for most adults; home readings help more than clinic ones.',
  'Call 555-0142 or email r.ortiz@example.com to reach the family, MRN 4839201.',
  'Last night in our ED a 17-year-old cheerleader came in after the bus crash on Route 9.',
  'Metformin 500 mg twice daily remains first-line for type 2 diabetes in most guidelines.',
  'Use code DRSMITH20 for 20% off the supplement I take every morning!',
  'This protocol is guaranteed to cure your back pain with no side effects.',
  'Colorectal cancer screening now starts at 45; ask about the options that suit you.',
  'Thanks for trusting us with your care, Jane — we loved seeing you at your follow-up.',
  'Not medical advice; see your own clinician. Emergencies: call 911.',
  'Stroke signs: face drooping, arm weakness, speech difficulty. Time to call 911.',
  'See the x-ray attached: a classic boxer\'s fracture in a 30-year-old roofer from Dayton.',
  'The frequent flyer in bed 4 is back again, third time this week.',
  'About 1 in 10 Americans has diabetes, and 1 in 5 of them do not know it (CDC).',
  'Sleep is medicine: seven hours or more for adults is linked with better heart health.',
];

/** A draft of exactly `length` UTF-16 units, the same for the same length and seed. */
export function draftOfLength(length: number, seed = 1): string {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state;
  };
  let out = '';
  while (out.length < length) {
    out += SENTENCES[next() % SENTENCES.length] as string;
    out += next() % 5 === 0 ? '\n\n' : ' ';
  }
  return out.slice(0, length);
}

/** 1 MB shapes that break naive regexes. */
export const HOSTILE: Record<string, string> = {
  digits: '7'.repeat(1 << 20),
  'digit groups': '555-'.repeat(1 << 18),
  titles: 'Mr. '.repeat(1 << 18),
  'at signs': '@'.repeat(1 << 20),
  slashes: '/'.repeat(1 << 20),
  dots: '.'.repeat(1 << 20),
  'no spaces': 'ab'.repeat(1 << 19),
  'capitalised words': 'Maria Lopez '.repeat(87_381),
};
