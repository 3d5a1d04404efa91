import { describe, expect, it } from 'vitest';
import { connectorEnd, unitAfter } from './keyed-readers.js';
import { stitchedSamples } from './testing.js';

/** The patterns the readers stand for. */
const CONNECTOR = /(?:[ \t]{0,3}(?:#|:|,|=|\(|\)|-(?=\s)|\bnumbers?\b|\bnum\b|\bno\b\.?|\bis\b|\bwas\b|\bas\b|\bof\b|\breads\b|\bending\s+in\b|\bID\b))*[ \t]{0,3}/iy;
const UNIT_AFTER = /^[ ]?(?:mg|mcg|µg|ug|ml|mL|L|mm|cm|m|kg|g|lb|lbs|oz|%|x|years?|yrs?|yo|y\/o|days?|weeks?|wks?|months?|hours?|hrs?|h|min|mins|minutes|sec|units?|IU|mmHg|mEq|mmol|bpm|am|pm|a\.m|p\.m)\b/i;

const PIECES = [
  ' ', '  ', '\t', '#', ':', ',', '=', '(', ')', '-', '- ', 'number', 'numbers', 'Num', 'no', 'No.', 'is', 'was',
  'as', 'of', 'reads', 'ending in', 'ending\u00a0 in', 'ID', 'id', 'X', '4', '12', 'mg', 'MG', 'µg', 'Μg', 'μg',
  'kg', 'K', '\u212a', '%', 'y/o', 'a.m', 'p.m.', 'yrs', 'hours', 'mmHg', 'units', 'minutes', '_', '\n', 'abc',
];

const samples = (count: number): string[] => stitchedSamples(PIECES, count, 7, 6);

describe('keyed readers match the patterns they replace', () => {
  it('connectorEnd', () => {
    for (const s of samples(5_000)) {
      for (const from of [0, 1, 2]) {
        if (from > s.length) continue;
        CONNECTOR.lastIndex = from;
        CONNECTOR.exec(s);
        expect([s, from, connectorEnd(s, from)]).toEqual([s, from, CONNECTOR.lastIndex]);
      }
    }
  });

  it('unitAfter', () => {
    for (const s of samples(5_000)) {
      const after = s.slice(0, 8);
      expect([after, unitAfter(after)]).toEqual([after, UNIT_AFTER.test(after)]);
    }
  });
});
