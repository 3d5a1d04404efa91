import type { RuleContext } from '../../../context.js';
import type { Finding } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { DASHED_MBI, isValidMbi, KEYED_KINDS, NOT_A_PERSON, PLAN_CONTEXT, type KeyedKind } from './keyed-kinds.js';
import { countDigits, MAX_ATTEMPTS, MAX_HITS, nearby, overlapIndex, phiFindings, sentenceAround, type Hit } from './shared.js';
import { isValidVin } from './validators.js';

/** Between a keyword and its value: "#", ":", "number", "is", "as", an opening bracket… */
const CONNECTOR = /(?:[ \t]{0,3}(?:#|:|,|=|\(|-(?=\s)|\bnumbers?\b|\bnum\b|\bno\b\.?|\bis\b|\bwas\b|\bas\b|\bof\b|\breads\b|\bending\s+in\b|\bID\b))*[ \t]{0,3}/iy;
/**
 * A value: an optional "#", an optional upper-case prefix word ("HAR 30019284", "JRT 4417"), then letters
 * and digits in up to seven dash- or dot-separated groups.
 */
const VALUE = /#?[ ]?((?:[A-Z]{1,4} (?=[A-Z0-9-]{0,20}\d))?[A-Za-z0-9]{1,24}(?:[-.][A-Za-z0-9]{1,24}){0,6})(?![A-Za-z0-9])/y;
const UDI_VALUE = /[ \t]{0,3}[:#]?[ \t]{0,3}((?:\(\d{2,4}\)[A-Za-z0-9]{1,30}){1,6}|[+=]?[A-Za-z0-9]{8,60})(?![A-Za-z0-9])/y;
const DATE_LIKE = /^\d{1,4}[-.]\d{1,2}(?:[-.]\d{1,4})?$/;
const YEAR = /^(?:19|20)\d{2}$/;
const DECIMAL = /^\d{1,4}\.\d{1,3}$/;
const UNIT_AFTER = /^[ ]?(?:mg|mcg|µg|ug|ml|mL|L|mm|cm|m|kg|g|lb|lbs|oz|%|x|years?|yrs?|yo|y\/o|days?|weeks?|wks?|months?|hours?|hrs?|h|min|mins|minutes|sec|units?|IU|mmHg|mEq|mmol|bpm|am|pm|a\.m|p\.m)\b/i;
const STATE_PREFIX = /\b[A-Z]{2} $/;
/** A stand-alone 17-character VIN with a valid check digit. */
const BARE_VIN = /[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])/g;

interface KeyedHit extends Hit {
  kind: KeyedKind;
}

function valueAfter(text: string, from: number, kind: KeyedKind): { start: number; end: number; value: string } | null {
  CONNECTOR.lastIndex = from;
  CONNECTOR.exec(text);
  const at = CONNECTOR.lastIndex;
  if (kind.phiType === 'DEVICE' && /udi/i.test(text.slice(Math.max(0, from - 4), from))) {
    UDI_VALUE.lastIndex = from;
    const u = UDI_VALUE.exec(text);
    if (u) return { start: UDI_VALUE.lastIndex - (u[1] as string).length, end: UDI_VALUE.lastIndex, value: u[1] as string };
  }
  VALUE.lastIndex = at;
  const v = VALUE.exec(text);
  if (!v) return null;
  const whole = v[0];
  const value = v[1] as string;
  // The span starts at a "#" written against the value ("#A-550193") so the whole token goes.
  let start = whole.startsWith('#') && !whole.startsWith('# ') ? at : VALUE.lastIndex - value.length;
  if (start === at && text[at - 1] === '#') start--;
  return { start, end: VALUE.lastIndex, value };
}

function plausible(kind: KeyedKind, value: string, after: string): boolean {
  if (value.length > 30) return false;
  const digits = countDigits(value);
  if (digits < kind.minDigits) return false;
  if (/^\d+$/.test(value) && digits < (kind.minNumeric ?? kind.minDigits + 1)) return false;
  if (YEAR.test(value) || DATE_LIKE.test(value) || DECIMAL.test(value)) return false;
  return !UNIT_AFTER.test(after);
}

export function findKeyed(text: string): KeyedHit[] {
  const out: KeyedHit[] = [];
  const claimed = new Set<number>();
  for (const kind of KEYED_KINDS) {
    let found = 0;
    let attempts = 0;
    for (const k of text.matchAll(kind.keyword)) {
      if (found >= MAX_HITS || ++attempts > MAX_ATTEMPTS) break;
      const kwEnd = k.index + k[0].length;
      const value = valueAfter(text, kwEnd, kind);
      if (!value || claimed.has(value.start)) continue;
      if (!plausible(kind, value.value, text.slice(value.end, value.end + 8))) continue;
      const line = nearby(text, k.index, value.end, 120);
      if (kind.accept && !kind.accept(k[0], value.value, line)) continue;
      let chosen = kind;
      if (kind.phiType === 'OTHER_ID' && /^(?:ID|I\.D\.)/i.test(k[0])) {
        if (NOT_A_PERSON.test(text.slice(Math.max(0, k.index - 16), k.index))) continue;
        const sentence = sentenceAround(text, k.index, value.end);
        if (PLAN_CONTEXT.test(text.slice(sentence.start, sentence.end))) {
          chosen = KEYED_KINDS.find((x) => x.phiType === 'HEALTH_PLAN') ?? kind;
        }
      }
      let unitStart = k.index;
      if ((kind.phiType === 'LICENSE' || kind.phiType === 'VEHICLE') && STATE_PREFIX.test(text.slice(Math.max(0, unitStart - 4), unitStart))) {
        unitStart -= 3;
      }
      claimed.add(value.start);
      out.push({ start: value.start, end: value.end, unitStart, kind: chosen });
      found++;
    }
  }
  addUnkeyed(text, out, claimed);
  return out;
}

/** Identifiers whose own structure is proof enough: a check-digit VIN, a dashed Medicare number. */
function addUnkeyed(text: string, out: KeyedHit[], claimed: Set<number>): void {
  const vehicle = KEYED_KINDS.find((k) => k.phiType === 'VEHICLE');
  const plan = KEYED_KINDS.find((k) => k.phiType === 'HEALTH_PLAN');
  const overlapsKeyed = overlapIndex(out);
  const covered = (s: number, e: number): boolean => claimed.has(s) || overlapsKeyed(s, e);
  if (vehicle) {
    for (const m of text.matchAll(BARE_VIN)) {
      if (out.length >= 8 * MAX_HITS) break;
      const vin = m[0];
      if (/[A-Za-z0-9]/.test(text[m.index - 1] ?? '')) continue;
      if (!/[A-Z]/.test(vin) || !/\d/.test(vin) || !isValidVin(vin)) continue;
      if (covered(m.index, m.index + 17)) continue;
      out.push({ start: m.index, end: m.index + 17, kind: vehicle });
    }
  }
  if (plan) {
    for (const m of text.matchAll(DASHED_MBI)) {
      if (out.length >= 8 * MAX_HITS) break;
      if (!isValidMbi(m[0]) || covered(m.index, m.index + m[0].length)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind: plan });
    }
  }
}

export const keyedIdRule: Rule = {
  id: 'phi.keyed',
  phase: 'phi',
  run(ctx: RuleContext): Finding[] {
    const hits = findKeyed(ctx.folded.text);
    const out: Finding[] = [];
    for (const kind of KEYED_KINDS) {
      const mine = hits.filter((h) => h.kind === kind);
      if (mine.length) out.push(...phiFindings(ctx, mine, kind));
    }
    return out;
  },
};
