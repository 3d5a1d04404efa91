import type { RuleContext } from '../../../context.js';
import type { GeoHit } from './geo-hit.js';
import { limit } from '../dates/limit.js';

/**
 * Room, bed and bay numbers and hospital units ("room 324", "bed 4", "4 West"). They place a patient
 * inside a building rather than on a map, so they are a hint (info) unless a facility swallows them.
 */
const ROOM = /\b(room|rm\.?|bed|bay|pod)\s{0,2}#?\s{0,2}(\d{1,4}[a-z]?)\b(?!\s{0,2}(?:%|mg|of\b|times|x\b))/g;
const UNIT = /\b(\d{1,2})\s?(West|East|North|South)\b(?!\s{1,2}[A-Z])/g;

export function findRooms(ctx: RuleContext): GeoHit[] {
  const { text } = ctx.folded;
  const hits: GeoHit[] = [];
  for (const m of limit(ctx.folded.lower.matchAll(ROOM))) {
    const start = m.index as number;
    const word = (m[1] as string).toLowerCase().replace(/\.$/, '');
    const noun = word === 'rm' ? 'room' : word;
    hits.push({ start, end: start + m[0].length, kind: 'room', severity: 'info', replacement: `a ${noun}` });
  }
  for (const m of limit(text.matchAll(UNIT))) {
    const start = m.index as number;
    hits.push({ start, end: start + m[0].length, kind: 'room', severity: 'info', replacement: 'a unit' });
  }
  return hits;
}
