import type { CareIndex } from './context.js';
import type { NameRun } from './tokens.js';

export type Role = 'patient' | 'relative';

/**
 * How the name leaves the text when redacted: `replace` puts a neutral phrase in its place,
 * `drop` deletes it with the separator before it ("her niece Jenna" → "her niece"), `vocative`
 * deletes a name the text addresses ("Hi Karen," → "Hi,").
 */
export type CutStyle = 'replace' | 'drop' | 'vocative';

export interface NameHit {
  /** The name itself (folded offsets): what the finding highlights. */
  start: number;
  end: number;
  parts: string[];
  role: Role;
  /** What the redaction replaces: may reach back over a title or a separator. */
  cutStart: number;
  cutEnd: number;
  style: CutStyle;
  /** Replaces the role's phrase ("a patient") where the hit is not a person (an employer). */
  phrase?: string;
}

/** The state of one scan of a draft: what is found so far and which offsets are taken. */
export interface Ctx {
  text: string;
  lower: string;
  care: CareIndex;
  /** The draft replies to someone about their own care (context.ts addressesPatient). */
  readonly addressed: boolean;
  hits: NameHit[];
  /** `mark` at each offset already claimed by a hit (other values are left from earlier drafts). */
  taken: Uint16Array;
  mark: number;
}

/** How far evidence is read either side of a name, and how near a care word must be. */
export const WINDOW = 48;
export const CARE_RADIUS = 320;

// Spans are a few words long, so marking offsets keeps every check O(span) however many names a text holds.
// `taken` may be longer than the text (a shared buffer): offsets past the text are never read.
export function claimed(ctx: Ctx, start: number, end: number): boolean {
  const stop = Math.min(end, ctx.text.length);
  for (let i = start; i < stop; i++) if (ctx.taken[i] === ctx.mark) return true;
  return false;
}

/**
 * No real post names this many people; past it a flood of names (a pasted list, hostile input) is
 * reported in part, so the work after detection stays bounded.
 */
export const MAX_NAME_HITS = 1000;

export const full = (ctx: Ctx): boolean => ctx.hits.length >= MAX_NAME_HITS;

export function add(ctx: Ctx, hit: NameHit): void {
  if (full(ctx) || claimed(ctx, hit.start, hit.end)) return;
  ctx.hits.push(hit);
  for (let i = hit.start; i < hit.end; i++) ctx.taken[i] = ctx.mark;
}

export function before(ctx: Ctx, pos: number): string {
  return ctx.text.slice(Math.max(0, pos - WINDOW), pos);
}

export function after(ctx: Ctx, pos: number): string {
  return ctx.text.slice(pos, pos + WINDOW);
}

/** A hit for the whole run (built field by field: every hit then shares one object shape). */
export function hit(run: NameRun, role: Role, cutStart: number, cutEnd: number, style: CutStyle): NameHit {
  return { start: run.start, end: run.end, parts: run.parts, role, cutStart, cutEnd, style };
}
