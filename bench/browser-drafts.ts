/**
 * Synthetic drafts the browser benchmark types (ASCII only: Playwright types other characters as
 * inserted text, without key events, and a '/' could start a snippet shortcut).
 */

/** Fixture pages, by the editor library they run (test/fixtures/sites.mjs). */
export const BENCH_SITES = [
  { site: 'facebook', host: 'www.facebook.com', platform: 'facebook', editor: 'Lexical', box: '[data-lexical-editor="true"]' },
  { site: 'x', host: 'x.com', platform: 'x', editor: 'Draft.js', box: '[data-testid="tweetTextarea_0"]' },
] as const;

export type BenchSite = (typeof BENCH_SITES)[number];

/**
 * One measured edit each: typed into an empty box, and each ends with a report that is not clean, so
 * the badge must change away from the clean/0 of the emptied box.
 */
export const EDITS: readonly string[] = [
  'Saw my patient today, call me at 555-867-5309',
  'Patient SSN 123-45-6789',
  'She lives at 12 Oak Street, Tulsa, OK 74103',
  'My patient Maria Gonzalez came in today',
  'Flu shots are available now. Talk to your doctor.',
  'Guaranteed to cure your back pain',
  'MRN 48213977 was admitted overnight',
  'Lovely visit from John Smith, age 93',
];

/** About 300 characters, typed sentence by sentence in the typing-speed comparison. */
export const TYPING_DRAFT = [
  'Saw my patient Maria Gonzalez today.',
  ' She is 93 and lives in Tulsa.',
  ' Call 555-867-5309 with questions.',
  ' Flu shots are available now at the clinic.',
  ' Talk to your doctor about the vaccine.',
  ' Wash your hands often and stay home when sick.',
  ' Thanks to the whole team for a busy week!',
  ' More tips next Monday.',
];
