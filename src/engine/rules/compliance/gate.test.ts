import { describe, expect, it } from 'vitest';
import { draftOfLength } from '../../../../bench/drafts.js';
import { rules } from './index.js';
import { eachMatch, GATES } from './gate.js';

/** Every match of `re`, as "start:length". */
function matches(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: string[] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push(`${m.index}:${m[0].length}`);
    if (m[0] === '') g.lastIndex++;
  }
  return out;
}

const SAMPLES = [
  'Guaranteed results! Results are guaranteed, we guarantee it, 100% effective and risk-free with no side effects.',
  'Without any side-effects. The results will be permanent; permanently relief; a miracle cure that works for everyone.',
  'Every single time, it always works and never fails. All of my patients see results; every patient feels great.',
  'This diet reverses type 2 diabetes and cures acne. My patient lost 30 lbs in 6 weeks; our patients reversed their diabetes in 3 months.',
  'Thousands of happy patients! This serum changed my patients\' skin, revolutionized so many of our patients\' lives.',
  'Best surgeon in town, #1 doctor, number one dermatologist. Ozempic and Botox are also great for wrinkles; works wonders for sleep. Off-label.',
  'Use code GLOW15 or code: DRSMITH20 with my promo code, my affiliate link. #affiliatelink #commissionearned amzn.to/x amazon.com/dp?tag=me',
  '#gifted, was gifted by Acme, PR package, for the free samples. In paid partnership with Acme, #partnership, collab with @acme.',
  'Xbrandambassador, brand ambassador for Acme, #ambassador. I am a paid consultant for Acme; speakers bureau; honoraria; I hold equity in Acme.',
  'ad: sponsored #ad #sp #spon #collab #paid, advertisement. Not sponsored, #notsponsored, no affiliation, I bought it myself, nobody paid me.',
  '  ad here. Disclosure: I\'m paid by Acme. Paid post. I advise Acme. Grab yours through my link, shop my picks. Partnered with Acme.',
  'Thanks so much to @acme and thank you Acme Labs. Partnering with The Company; sponsored by Acme; investor in Acme; royalties from Acme.',
  '@sam you should take 50 mg. From your labs, as we discussed, your follow-up: sounds like you have shingles; you\'ve got gout.',
  'The frequent flyer and drug-seekers, pain seekers, gomers, baby mamas, baby daddies, non-compliant idiots, icks, trainwrecks, morons in the ER.',
  'Level of intelligence, get a life, you\'re a joke. DM me your labs and results. Send me a pic of your rash. PM me for a diagnosis.',
  'Book now, call today, limited spots, free consults, link in bio, sign up, $49, 20% off, a20% off, join our program.',
  'UPPER CASE: GUARANTEED RESULTS, USE CODE SAVE20, THANKS TO @BRAND, OZEMPIC WORKS FOR WEIGHT LOSS.',
];

describe('gates', () => {
  it('are built for the rules', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(GATES.length).toBeGreaterThan(40);
  });

  it('find exactly what their plain patterns find, in the same order', () => {
    const texts = [...SAMPLES, SAMPLES.join(' '), SAMPLES.join('\n'), draftOfLength(3000, 7)];
    for (const g of GATES) {
      for (const base of texts) {
        for (const text of [base, base.toLowerCase(), base.replace(/k/g, '\u212a')]) {
          const found: string[] = [];
          eachMatch(g, text, (m) => { found.push(`${m.index}:${m[0].length}`); }, text.toLowerCase());
          expect(found, g.plain.source).toEqual(matches(g.plain, text));
        }
      }
    }
  });
});
