import { finding, redactFix, removeFix, replaceFix, type RuleContext } from '../../../context.js';
import type { Finding, Fix, Severity } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { findFacilities } from './facilities.js';
import type { GeoHit } from './geo-hit.js';
import { findCoordinates } from './gps.js';
import { findRooms } from './rooms.js';
import { stateHint } from './state-hint.js';
import { findStreets } from './streets.js';
import { findTowns } from './towns.js';
import { findZips } from './zips.js';

/**
 * phi.geo: places smaller than a state tied to a patient: addresses, streets, ZIPs, towns, counties,
 * care facilities, schools, rooms and coordinates. Fixes generalise to the state when the draft names
 * one, otherwise to "our area" or a kind of place ("a local hospital").
 */

const RANK: Record<Severity, number> = { info: 1, warn: 2, block: 3 };
/**
 * No real post names a thousand places; past that a draft is hostile or machine-made, its state is
 * already block, and building more findings would only cost time.
 */
const MAX_FINDINGS = 1000;

const MESSAGES: Record<GeoHit['kind'], string> = {
  address: 'A street address identifies a patient; Safe Harbor allows no place smaller than a state.',
  street: 'A street name places a patient; Safe Harbor allows no place smaller than a state.',
  intersection: 'An intersection places a patient; Safe Harbor allows no place smaller than a state.',
  road: 'A named road places a patient; Safe Harbor allows no place smaller than a state.',
  zip: 'A ZIP code identifies where a patient lives; Safe Harbor allows no place smaller than a state.',
  zip3: 'A 3-digit ZIP prefix narrows where a patient lives; small areas must be reported as 000.',
  city: "A town or city tied to a patient narrows who they are; say the state or 'our area' instead.",
  county: "A county tied to a patient narrows who they are; say the state or 'our area' instead.",
  facility: 'Naming the facility where a patient was treated or lives helps identify them.',
  school: 'A named school places a patient (or their family) and helps identify them.',
  room: 'A room, bed or unit number points to one patient; leave it out of public posts.',
  gps: 'GPS coordinates pinpoint a place; remove them.',
};

/** Keeps the widest of overlapping hits, with the worst severity of the group. */
function merge(hits: GeoHit[]): GeoHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: GeoHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (!last || h.start >= last.end) {
      out.push({ ...h });
      continue;
    }
    const wider = h.end - h.start > last.end - last.start ? { ...h } : last;
    wider.severity = RANK[h.severity] > RANK[last.severity] ? h.severity : last.severity;
    wider.start = Math.min(h.start, last.start);
    wider.end = Math.max(h.end, last.end);
    if (wider !== last) {
      // The span grew: its own fix offsets no longer describe it.
      delete wider.fixStart;
      delete wider.fixEnd;
    }
    out[out.length - 1] = wider;
  }
  return out;
}

function geoFix(ctx: RuleContext, h: GeoHit): Fix {
  let s = h.fixStart ?? h.start;
  // "the Moab hospital" becomes "a local hospital", not "the a local hospital".
  if (h.replacement?.startsWith('a ') && /\bthe\s$/i.test(ctx.folded.text.slice(Math.max(0, s - 4), s))) s -= 4;
  const e = h.fixEnd ?? h.end;
  if (h.replacement === null) return removeFix(ctx, s, e);
  if (h.kind === 'room') return redactFix(ctx, s, e, h.replacement);
  return replaceFix(ctx, s, e, h.replacement);
}

function run(ctx: RuleContext): Finding[] {
  let state: string | undefined | null = null;
  const stateOf = () => (state === null ? (state = stateHint(ctx.folded)) : state);
  const hits = merge([
    // Facilities before towns: when both read the same words ("flown to Vanderbilt"), the facility's fix wins.
    ...findFacilities(ctx), ...findStreets(ctx), ...findZips(ctx), ...findTowns(ctx, stateOf),
    ...findRooms(ctx), ...findCoordinates(ctx),
  ]);
  return hits.slice(0, MAX_FINDINGS).map((h) => finding(ctx, {
    ruleId: `phi.geo.${h.kind}`,
    category: 'phi',
    severity: h.severity,
    phiType: 'GEO',
    start: h.start,
    end: h.end,
    message: MESSAGES[h.kind],
    fixes: [geoFix(ctx, h)],
  }));
}

export const phiGeoRule: Rule = { id: 'phi.geo', phase: 'phi', run };
