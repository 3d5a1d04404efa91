import type { RuleContext } from '../../../context.js';
import type { GeoHit } from './geo-hit.js';
import { allMatches, matchesAt, placeIndex } from './place-index.js';
import { isSpaceCode } from '../../../text/spans.js';

/**
 * Room, bed and bay numbers and hospital units ("room 324", "bed 4", "4 West"). They place a patient
 * inside a building rather than on a map, so they are a hint (info) unless a facility swallows them.
 */
const ROOM = /\b(room|rm\.?|bed|bay|pod)\s{0,2}#?\s{0,2}(\d{1,4}[a-z]?)\b(?!\s{0,2}(?:%|mg|of\b|times|x\b))/g;
const UNIT = /\b(\d{1,2})\s?(West|East|North|South)\b(?!\s{1,2}[A-Z])/y;

/** Words of one or two digits followed (after at most one space) by W, E, N or S: where "4 West" can start. */
function unitStarts(ctx: RuleContext): number[] {
  const { text } = ctx.folded;
  const index = placeIndex(ctx.folded);
  const out: number[] = [];
  for (const s of index.digits) {
    let q = s + 1;
    const d = text.charCodeAt(q);
    if (d >= 48 && d <= 57) q++;
    let c = text.charCodeAt(q);
    if (isSpaceCode(c)) c = text.charCodeAt(q + 1);
    if (c === 87 || c === 69 || c === 78 || c === 83) out.push(s); // W, E, N, S
  }
  return out;
}

export function findRooms(ctx: RuleContext): GeoHit[] {
  const { text, lower } = ctx.folded;
  const hits: GeoHit[] = [];
  for (const m of allMatches(ROOM, lower)) {
    const start = m.index;
    const word = (m[1] as string).toLowerCase().replace(/\.$/, '');
    const noun = word === 'rm' ? 'room' : word;
    hits.push({ start, end: start + m[0].length, kind: 'room', severity: 'info', replacement: `a ${noun}` });
  }
  for (const m of matchesAt(UNIT, text, unitStarts(ctx))) {
    const start = m.index;
    hits.push({ start, end: start + m[0].length, kind: 'room', severity: 'info', replacement: 'a unit' });
  }
  return hits;
}
