import type { RuleContext } from '../../../context.js';
import { before } from '../dates/clause.js';
import type { GeoHit } from './geo-hit.js';
import { allMatches, placeIndex } from './place-index.js';

/** GPS coordinates, decimal ("41.4993, -81.6944") or degrees-minutes ("41°29'N 81°41'W"). */
const DECIMAL = /(?<![\d.])(-?\d{1,2}\.(\d{3,8}))(?:\s?°)?(?:\s?([NS]))?\s{0,2},\s{0,2}(-?\d{1,3}\.(\d{3,8}))(?:\s?°)?(?:\s?([EW]))?(?![\d.])/g;
const DMS = /(?<!\d)\d{1,2}\s?°\s?\d{1,2}\s?'\s?(?:\d{1,2}(?:\.\d{1,4})?\s?(?:"|'')\s?)?[NS],?\s{0,2}\d{1,3}\s?°\s?\d{1,2}\s?'\s?(?:\d{1,2}(?:\.\d{1,4})?\s?(?:"|'')\s?)?[EW]/g;
const GPS_WORDS = /(?:gps|coordinates|coords|lat(?:itude)?|long(?:itude)?|location|pin|pinned|dropped|map)[^.!?\n]{0,40}$/;

/**
 * A decimal coordinate pair needs a comma and a point followed by three digits, which start a word of
 * the place index ("41.4993": "4993").
 */
function mayHoldDecimal(ctx: RuleContext): boolean {
  const { text } = ctx.folded;
  const { digits, digitEnds } = placeIndex(ctx.folded);
  for (let w = 0; w < digits.length; w++) {
    const s = digits[w] as number;
    if (text.charCodeAt(s - 1) === 46 && (digitEnds[w] as number) - s >= 3 && text.includes(',')) return true;
  }
  return false;
}

export function findCoordinates(ctx: RuleContext): GeoHit[] {
  const { text, lower } = ctx.folded;
  const hits: GeoHit[] = [];
  const decimals = mayHoldDecimal(ctx) ? allMatches(DECIMAL, text) : [];
  for (const m of decimals) {
    const lat = Math.abs(Number(m[1]));
    const lon = Math.abs(Number(m[4]));
    if (lat > 90 || lon > 180) continue;
    const start = m.index as number;
    const hemispheres = m[3] !== undefined && m[6] !== undefined;
    const precise = (m[2] as string).length >= 4 && (m[5] as string).length >= 4;
    if (!hemispheres && !precise && !GPS_WORDS.test(before(lower, start, 50))) continue;
    hits.push({ start, end: start + m[0].length, kind: 'gps', severity: 'block', replacement: null });
  }
  const dms = text.includes('°') ? allMatches(DMS, text) : [];
  for (const m of dms) {
    const start = m.index as number;
    hits.push({ start, end: start + m[0].length, kind: 'gps', severity: 'block', replacement: null });
  }
  return hits;
}
