import { describe, expect, it } from 'vitest';
import { findUrls } from './url.js';
import { fixFirst, runIdentifiers, spansOf } from './testing.js';

describe('links about a particular person', () => {
  it.each([
    ['Her family started a fundraiser: https://www.gofundme.com/f/rides-for-rosa 🙏', 'https://www.gofundme.com/f/rides-for-rosa'],
    ['Updates on his recovery at caringbridge.org/visit/samuelortiz.', 'caringbridge.org/visit/samuelortiz'],
    ['He was one of my favourite patients. Obituary: https://www.tributearchive.com/obituaries/2291/ed-marsh', 'https://www.tributearchive.com/obituaries/2291/ed-marsh'],
    ['My patient wrote about her transplant on her blog (https://kidneydays.example.com/posts/week-one).', 'https://kidneydays.example.com/posts/week-one'],
    ['We treated two of the drivers: https://www.wxyz.com/news/local/pileup-on-i-94 — proud of our team.', 'https://www.wxyz.com/news/local/pileup-on-i-94'],
    ['In memory of a patient who taught me so much: https://example.org/memorial/anna-k', 'https://example.org/memorial/anna-k'],
    ["Read my patient's story in her own words: https://medium.example.com/p/living-with-lupus", 'https://medium.example.com/p/living-with-lupus'],
  ])('finds %j', (text, expected) => {
    expect(spansOf(text, 'URL')).toEqual([expected]);
  });

  it('warns rather than blocks', () => {
    const f = runIdentifiers('Please share her fundraiser: gofundme.com/f/help-june').find((x) => x.phiType === 'URL');
    expect(f?.severity).toBe('warn');
  });

  it.each([
    'More from the CDC: https://www.cdc.gov/measles/ 💉',
    'Full trial: https://doi.org/10.1056/NEJMoa2032183 and pubmed.ncbi.nlm.nih.gov/33567185/.',
    'Guideline summary at https://www.acc.org/guidelines and www.who.int/news.',
    'Book at ramanendocrine.com/book or call us.',
    'My slides are up at https://speakerdeck.example.com/talks/sglt2 for the residents.',
    'Read the study in The Lancet (thelancet.com/journals/lancet/article/PIIS0140).',
    'Node.js and e.g. i.e. a.m. U.S. St.Vincent are not links.',
    'Follow our practice at facebook.com/lakeviewpeds for clinic news.',
    'My patient showed me this article, worth a read: https://www.healthline.com/nutrition/keto-diet-101',
  ])('leaves %j alone', (text) => {
    expect(spansOf(text, 'URL')).toEqual([]);
  });

  it("trusts the practice's own site from settings", () => {
    const text = "Read my patient's story on lakeviewpeds.com/blog/jess-story";
    expect(spansOf(text, 'URL')).toHaveLength(1);
    expect(spansOf(text, 'URL', { practiceDetails: ['https://www.lakeviewpeds.com'] })).toEqual([]);
  });

  it('keeps brackets and sentence punctuation outside the link unless the link opened them', () => {
    const text = 'See (https://en.example.org/wiki/Foo_(bar)), then https://x.example.com/a?b=1.';
    const found = findUrls(text).map((h) => text.slice(h.start, h.end));
    expect(found).toEqual(['https://en.example.org/wiki/Foo_(bar)', 'https://x.example.com/a?b=1']);
  });

  it('ends a link at an emoji written against it', () => {
    const text = 'Her fundraiser: gofundme.com/f/help-june💙';
    expect(spansOf(text, 'URL')).toEqual(['gofundme.com/f/help-june']);
  });

  it('does not read the domain of an e-mail address as a link', () => {
    const text = 'Write to anna.k@gofundme.com about it.';
    expect(findUrls(text)).toEqual([]);
  });

  it('removes the link and the colon that introduced it', () => {
    const { fixed, label } = fixFirst('His family shared his obituary here: legacy.com/us/obituaries/x/name/ed-obituary 🕊️', 'URL');
    expect(fixed).toBe('His family shared his obituary here 🕊️');
    expect(label.startsWith('Remove “legacy.com/us/obituaries')).toBe(true);
  });
});

describe('profiles and fundraisers by whose they are', () => {
  it("reports a patient's profile link", () => {
    const text = "Check out my patient Jamal's TikTok at tiktok.com/@jamalbeatscancer!";
    expect(spansOf(text, 'URL')).toEqual(['tiktok.com/@jamalbeatscancer']);
  });

  it.each([
    'Follow me at instagram.com/dr.sarah.md for more tips.',
    'Our Instagram: instagram.com/sunrisefamilymed',
    "Fundraiser for our clinic's free flu shots: gofundme.com/f/free-flu-shots-westside",
  ])('leaves the practice or author link %j alone', (text) => {
    expect(spansOf(text, 'URL')).toEqual([]);
  });
});
