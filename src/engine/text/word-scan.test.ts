import { describe, expect, it, vi } from 'vitest';
import { CUE_SCAN, ENCOUNTER_SCAN } from '../rules/reidentification/cues.js';
import { matchSpans } from './spans.js';
import { WORD_KEYS } from '../data/generated/word-keys.js';
import { WordScan, alternatives, deriveAlternativeKeys, firstWords } from './word-scan.js';

describe('firstWords: the words a match can start with', () => {
  it.each([
    [/\b(?:earlier )?today\b/g, ['earlier', 'today']],
    [/\bx-?rays?\b/g, ['x', 'xray', 'xrays']],
    [/\b(?:on )?(?:my|our) shift\b/g, ['on', 'my', 'our']],
    [/\b\d{1,3}[- ]?(?:year|yr)s?[- ]old\b/g, ['#']],
    [/(?<![\w$.,])\d{1,2} ?[MF](?![\w])/g, ['#']],
    [/\bskate ?park\b/g, ['skate', 'skatepark']],
    [/\be\.r\.|\bl ?& ?d\b/g, ['e', 'l']],
    [/\bsept?(?:ember)?\b/g, ['sep', 'sept', 'sepember', 'september']],
  ])('reads %s', (re, words) => {
    expect([...firstWords(re)].sort()).toEqual([...words].sort());
  });

  it.each([
    ['no word boundary before the first letter', /today/g],
    ['punctuation first', /'s (?:first|only)\b/g],
    ['a character class first', /\b[a-z]{2,20}(?:ectomy|otomy)\b/g],
    ['a word that may run on past the match', /\bpost/g],
  ])('gives up (scans the whole text) on %s', (_label, re) => {
    expect([...firstWords(re)]).toEqual(['*']);
  });
});

/** Drafts of many shapes: capitals, digits, masks, punctuation, words split by hyphens and dots. */
const TEXTS = [
  'Last night in our ED a 17-year-old cheerleader came in after the bus crash on Route 9.',
  'Yesterday\'s rollover on I-95: we treated a 38M roofer, 44, in bed 3 at 4:30 p.m. on Sept. 4th.',
  'My 9-year-old asked me tonight at the E.R. entrance why L&D nurses wear blue. Skatepark day!',
  'The only child in the state with progeria was flown to our PICU; she is the first in our hospital\'s history.',
  '\u00a4\u00a4\u00a4\u00a4, 71, retired airline captain, came in overnight. \u00a4\u00a4): 44, lives out past the quarry.',
  'ALL CAPS: LAST NIGHT IN OUR ED, A 17-YEAR-OLD. Mixed Case Today In The Trauma Bay.',
  'x-rays, xrays, X-Ray; check-up vs checkup; pile-up vs pileup; wood chipper vs woodchipper.',
  'we we we saw saw a a a 5 5 5 year year old old patient patient patient of mine mine',
  'Operated today on a local anchor who was bitten by a rattlesnake at the county fair during the rodeo.',
  '',
  'a',
  '1',
  '1234567890'.repeat(40),
  'the '.repeat(300),
];

describe('WordScan: the same spans as scanning each pattern over the whole text', () => {
  for (const [name, scan] of [['cue', CUE_SCAN], ['encounter', ENCOUNTER_SCAN]] as const) {
    it(`${name} patterns`, () => {
      const { patterns } = scan;
      for (const text of TEXTS) {
        const lower = text.toLowerCase();
        const found = scan.scan(lower);
        patterns.forEach((re, j) => expect(found[j], `${re.source.slice(0, 40)} on “${text.slice(0, 30)}”`).toEqual(matchSpans(re, lower)));
      }
    });
  }

  it('matches case as each pattern does, on text with capitals', () => {
    const scan = new WordScan([/\bin the OR\b/g, /\btoday\b/g, /\btoday\b/gi]);
    const text = 'Today in the OR, and today in the or. TODAY!';
    expect(scan.scan(text)).toEqual([
      matchSpans(/\bin the OR\b/g, text), matchSpans(/\btoday\b/g, text), matchSpans(/\btoday\b/gi, text),
    ]);
  });

  it('does not report a match that starts inside an earlier match of the same pattern', () => {
    const re = /\bhe said he\b/g;
    const text = 'he said he said he';
    expect(new WordScan([re]).scan(text)[0]).toEqual([{ start: 0, end: 10 }]);
    expect(matchSpans(re, text)).toEqual([{ start: 0, end: 10 }]);
  });

  it('scans a range of a text as it scans that slice, before and after walking the whole text', () => {
    const { patterns } = CUE_SCAN;
    const text = TEXTS[1] as string;
    const lower = `${text}\n${TEXTS[0] as string} ${TEXTS[8] as string}`.toLowerCase();
    for (const [from, to] of [[0, 20], [text.length + 1, lower.length], [5, 9], [3, lower.length - 4]] as const) {
      const slice = lower.slice(from, to);
      const expected = patterns.map((re) => matchSpans(re, slice));
      expect(CUE_SCAN.scanRange(lower, from, to)).toEqual(expected);
      CUE_SCAN.scan(lower);
      expect(CUE_SCAN.scanRange(lower, from, to)).toEqual(expected);
    }
  });

  it('tries the alternatives a word starts in their order, as the whole alternation would', () => {
    const patterns = [
      /\bambulance\b|\bambulance bay\b|\bbay \d\b/g,
      /\bon\b(?= call)|\bon call tonight\b|\b\d{1,2} ?(?:am|pm)\b|\b\d{1,2}:\d\d\b/g,
      /\b(?:a|the) (?:only|first) one\b|\bthe first\b|\bfirst one\b/g,
    ];
    const text = 'the ambulance bay 4 at 10 pm, on call tonight; the first one, then the first, first one 10:30';
    expect(new WordScan(patterns).scan(text)).toEqual(patterns.map((re) => matchSpans(re, text)));
  });
});

describe('alternatives: the top-level alternatives of a source', () => {
  it('splits only at the top level, not inside groups, classes or escapes', () => {
    expect(alternatives(String.raw`\ba(?:b|c)\b|[|x]y|\|z|(d|e)`)).toEqual([String.raw`\ba(?:b|c)\b`, '[|x]y', String.raw`\|z`, '(d|e)']);
  });

  it('splits a leading group of a pattern into one part per alternative without changing its matches', () => {
    const patterns = [/\b(?:ed|er|emergency (?:room|dept)|er bay)\b(?!-|'s)/g, /(?:car crash|crash|wreck)s?\b(?! cart)/g];
    const text = "the er bay, the ER's desk, a car crash cart, crashes and wrecks in the emergency room-side er";
    const lower = text.toLowerCase();
    expect(new WordScan(patterns).scan(lower)).toEqual(patterns.map((re) => matchSpans(re, lower)));
  });
});

describe('WORD_KEYS: keys worked out at build time', () => {
  it('holds, for every pattern it lists, exactly the keys its alternatives give when derived', () => {
    expect(WORD_KEYS.size).toBeGreaterThan(50);
    for (const [source, keys] of WORD_KEYS) expect(keys, source).toEqual(deriveAlternativeKeys(source));
  });

  it('covers every pattern the engine\'s scans key, so a fresh worker derives none', async () => {
    vi.resetModules();
    await import('../rules/index.js');
    const fresh = await import('./word-scan.js');
    const sources: string[] = [];
    fresh.eachScanSource((source) => sources.push(source));
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.filter((source) => !WORD_KEYS.has(source))).toEqual([]);
  });

  it('derives the keys of a source it does not list', () => {
    const re = /\bzyxwv (?:alpha|beta)\b/g;
    expect(WORD_KEYS.has(re.source)).toBe(false);
    expect([...firstWords(re)]).toEqual(['zyxwv']);
  });
});
