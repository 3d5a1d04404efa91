import type { RuleContext } from '../../../context.js';
import type { Finding } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { DASHED_MBI_SHAPE, KEYED_KINDS, NOT_A_PERSON, PLAN_CONTEXT, type KeyedKind } from './keyed-kinds.js';
import { connectorEnd, unitAfter } from './keyed-readers.js';
import { countDigits, type Hit, MAX_ATTEMPTS, MAX_HITS, overlapIndex } from './hits.js';
import { phiFindings } from './phi-findings.js';
import { nearby, sentenceAround } from './sentences.js';
import { isValidMbi, isValidVin } from './validators.js';
import { codeRuns } from './code-runs.js';
import { wordGroup, wordHits } from './word-pass.js';

/**
 * A value: an optional "#", an optional upper-case prefix word ("HAR 30019284", "JRT 4417"), then letters
 * and digits in up to seven dash- or dot-separated groups.
 */
const VALUE = /#?[ ]?((?:[A-Z]{1,4} (?=[A-Z0-9-]{0,20}\d))?[A-Za-z0-9]{1,24}(?:[-.][A-Za-z0-9]{1,24}){0,6})(?![A-Za-z0-9])/y;
const UDI_VALUE = /[ \t]{0,3}[:#]?[ \t]{0,3}((?:\(\d{2,4}\)[A-Za-z0-9]{1,30}){1,6}|[+=]?[A-Za-z0-9]{8,60})(?![A-Za-z0-9])/y;
const DATE_LIKE = /^\d{1,4}[-.]\d{1,2}(?:[-.]\d{1,4})?$/;
const YEAR = /^(?:19|20)\d{2}$/;
const DECIMAL = /^\d{1,4}\.\d{1,3}$/;
const STATE_PREFIX = /\b[A-Z]{2} $/;
const VIN_SHAPE = /^(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-HJ-NPR-Z0-9]{17}$/;

interface KeyedHit extends Hit {
  kind: KeyedKind;
}

function valueAfter(text: string, from: number, kind: KeyedKind): { start: number; end: number; value: string } | null {
  const at = connectorEnd(text, from);
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
  return !unitAfter(after);
}

/** Each kind's trigger words, as a group of the shared word pass. */
const KIND_GROUPS = KEYED_KINDS.map((kind) => wordGroup(() => kind.triggers));

interface KeywordMatch {
  index: number;
  text: string;
}

/**
 * Keyword occurrences per kind, in text order. A kind's pattern is tried only where one of its trigger
 * words stands, which the shared word pass has already found.
 */
function keywordsByKind(text: string, lower: string): KeywordMatch[][] {
  const byKind: KeywordMatch[][] = KEYED_KINDS.map(() => []);
  const words = wordHits(lower);
  for (let j = 0; j < words.at.length; j++) {
    const mask = words.mask[j] as number;
    const start = words.at[j] as number;
    for (let k = 0; k < KEYED_KINDS.length; k++) {
      if ((mask & (KIND_GROUPS[k] as number)) === 0) continue;
      const kind = KEYED_KINDS[k] as KeyedKind;
      kind.keyword.lastIndex = start;
      const m = kind.keyword.exec(text);
      if (m) (byKind[k] as KeywordMatch[]).push({ index: start, text: m[0] });
    }
  }
  return byKind;
}

export function findKeyed(text: string, lower = text.toLowerCase()): KeyedHit[] {
  const out: KeyedHit[] = [];
  const claimed = new Set<number>();
  const byKind = keywordsByKind(text, lower);
  KEYED_KINDS.forEach((kind, i) => {
    let found = 0;
    let attempts = 0;
    for (const k of byKind[i] as KeywordMatch[]) {
      if (found >= MAX_HITS || ++attempts > MAX_ATTEMPTS) break;
      const kwEnd = k.index + k.text.length;
      const value = valueAfter(text, kwEnd, kind);
      if (!value || claimed.has(value.start)) continue;
      if (!plausible(kind, value.value, text.slice(value.end, value.end + 8))) continue;
      const line = nearby(text, k.index, value.end, 120);
      if (kind.accept && !kind.accept(k.text, value.value, line)) continue;
      let chosen = kind;
      if (kind.phiType === 'OTHER_ID' && /^(?:ID|I\.D\.)/i.test(k.text)) {
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
  });
  addUnkeyed(text, out, claimed);
  return out;
}

/**
 * Identifiers whose own structure is proof enough: a 17-character VIN with a valid check digit, a Medicare
 * number printed with its dashes, read from the runs of code characters of those lengths.
 */
function addUnkeyed(text: string, out: KeyedHit[], claimed: Set<number>): void {
  const vehicle = KEYED_KINDS.find((k) => k.phiType === 'VEHICLE');
  const plan = KEYED_KINDS.find((k) => k.phiType === 'HEALTH_PLAN');
  if (!vehicle || !plan) return;
  const { starts, lengths } = codeRuns(text);
  if (starts.length === 0) return;
  const overlapsKeyed = overlapIndex(out);
  const covered = (s: number, e: number): boolean => claimed.has(s) || overlapsKeyed(s, e);
  let added = 0;
  for (let r = 0; r < starts.length && added < MAX_HITS; r++) {
    const i = starts[r] as number;
    const len = lengths[r] as number;
    const j = i + len;
    const token = text.slice(i, j);
    const kind = len === 17 && VIN_SHAPE.test(token) && isValidVin(token) ? vehicle
      : len === 13 && DASHED_MBI_SHAPE.test(token) && isValidMbi(token) ? plan : undefined;
    if (kind && !covered(i, j)) {
      out.push({ start: i, end: j, kind });
      added++;
    }
  }
}

export const keyedIdRule: Rule = {
  id: 'phi.keyed',
  phase: 'phi',
  run(ctx: RuleContext): Finding[] {
    const hits = findKeyed(ctx.folded.text, ctx.folded.lower);
    const out: Finding[] = [];
    for (const kind of KEYED_KINDS) {
      const mine = hits.filter((h) => h.kind === kind);
      if (mine.length) out.push(...phiFindings(ctx, mine, kind));
    }
    return out;
  },
};
