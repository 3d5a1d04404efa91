import { describe, expect, it } from 'vitest';
import {
  endsNearPhoneWord, endsWithAbbreviation, endsWithBeAtOn, endsWithLabel, endsWithOwner, opensWithImperative,
  prepositionBefore,
} from './phrase-readers.js';
import { stitchedSamples } from './testing.js';

/** The patterns the readers stand for. */
const ABBREVIATION = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Mx|Dr|St|Sr|Jr|Pt|vs|etc|approx|No|Nos|Apt|Ste|Fig|e\.g|i\.e)$/i;
const IMPERATIVE_OPENING = /^[\s\p{P}\p{S}]*(?:please\s+)?(?:call|text|fax|e-?mail|contact|reach)\b/iu;
const PREPOSITION_BEFORE = /(?:^|[\s(])(on|for|under|with|at|from|to|via|as|under)\s+$/i;
const BE_BEFORE_PREPOSITION = /(?:'s|\bis|\bare|\bwas|\bwere)\s+(?:at|on)\s+$/i;
const OWNER_BEFORE = /(?:'s|\b(?:his|her|their|its|my|your|our|the))\s+$/i;
const PHONE_WORD_BEFORE = /\b(?:call(?:ed|ing)?|phone|cell|mobile|number|reach|text(?:ed)?|tel|landline|fax(?:ed)?)\b[^.\n]{0,16}$/i;
const CODE_BEFORE = /\b(?:NDC|lot|batch|NPI|DEA|CPT|ICD(?:-10)?|ISBN|PMID|NCT|model|part|ref|order|tracking|serial|SN|S\/N|account|acct|claim|invoice|MRN|member|policy|ID)\s*[#:]?\s*$/i;
const CODE_WORDS = [
  'ndc', 'lot', 'batch', 'npi', 'dea', 'cpt', 'icd', 'icd-10', 'isbn', 'pmid', 'nct', 'model', 'part', 'ref', 'order',
  'tracking', 'serial', 'sn', 's/n', 'account', 'acct', 'claim', 'invoice', 'mrn', 'member', 'policy', 'id',
];

const PIECES = [
  ' ', '  ', '\t', '\n', '\u00a0', '(', ')', '.', ',', '"', '#', '-', '$', '~', '\u2014', '\u00bf', "'", "'s", "'S",
  'Mr', 'mrs', 'DR', 'st', 'e.g', 'I.E', 'approx', 'No', 'x', 'a', 'Z', '1', '_', '\u00e9', '\u017f', '\u212a',
  'please', 'Please ', 'call', 'CALL', 'text', 'e-mail', 'email', 'contact', 'reach', 'fax', 'caller',
  'is', 'are', 'was', 'were', 'this', 'at', 'on', 'upon', 'into', 'for', 'under', 'with', 'from', 'to', 'via', 'as',
  'his', 'her', 'their', 'its', 'my', 'your', 'our', 'the', 'them',
  'phone', 'Cell', 'called', 'calling', 'number', 'texted', 'tel', 'faxed', 'landline', '555', ':', 'NDC', 'ICD-10',
  'icd', 's/n', 'SN', 'ID', 'paid', 'mrn', 'acct', '#:', 'lot',
];

const samples = (count: number): string[] => stitchedSamples(PIECES, count, 11, 7);

describe('phrase readers match the patterns they replace', () => {
  // Each sample also with endings the end-anchored patterns look for.
  const texts = samples(3_000).flatMap((s) => [s, `${s} `, `${s} at `, `call ${s}`, `${s}Dr`, `${s} ID# `]);
  it('endsWithAbbreviation', () => {
    for (const s of texts) expect([s, endsWithAbbreviation(s)]).toEqual([s, ABBREVIATION.test(s)]);
  });
  it('meet both answers often', () => {
    const count = (f: (s: string) => boolean): number => texts.filter(f).length;
    for (const re of [ABBREVIATION, IMPERATIVE_OPENING, PREPOSITION_BEFORE, BE_BEFORE_PREPOSITION, OWNER_BEFORE, PHONE_WORD_BEFORE, CODE_BEFORE]) {
      expect(count((s) => re.test(s))).toBeGreaterThan(30);
    }
  });
  it('opensWithImperative', () => {
    for (const s of texts) expect([s, opensWithImperative(s)]).toEqual([s, IMPERATIVE_OPENING.test(s)]);
  });
  it('prepositionBefore', () => {
    for (const s of texts) {
      const m = PREPOSITION_BEFORE.exec(s);
      expect([s, prepositionBefore(s)]).toEqual([s, m ? m[0].trimStart().length : -1]);
    }
  });
  it('endsWithBeAtOn', () => {
    for (const s of texts) expect([s, endsWithBeAtOn(s)]).toEqual([s, BE_BEFORE_PREPOSITION.test(s)]);
  });
  it('endsNearPhoneWord', () => {
    for (const s of texts) expect([s, endsNearPhoneWord(s)]).toEqual([s, PHONE_WORD_BEFORE.test(s)]);
  });
  it('endsWithLabel', () => {
    for (const s of texts) expect([s, endsWithLabel(s, CODE_WORDS)]).toEqual([s, CODE_BEFORE.test(s)]);
  });
  it('endsWithOwner', () => {
    for (const s of texts) expect([s, endsWithOwner(s)]).toEqual([s, OWNER_BEFORE.test(s)]);
  });
});
