/**
 * Runtime validation of every message payload (protocol.ts). A payload crosses a trust boundary — a
 * content script lives in a page the user does not control — so each is checked for shape and size
 * before a handler sees it. Errors name the field and what was wrong, never the value (it may be a draft).
 */
import { PLATFORMS, type Edit, type Fix, type Platform } from '../engine/types.js';
import type { Settings } from './settings/schema.js';
import type { Snippet } from './snippets/schema.js';
import type { Answer, Request, ToTab, ToWorker } from './protocol.js';

export type Guard<T> = (value: unknown, path: string) => Answer<T>;

/** A draft longer than this is refused rather than analysed (the engine's budget is 1 MB of text). */
export const MAX_DRAFT_LENGTH = 1_000_000;
/** An import file larger than this is refused before parsing. */
export const MAX_IMPORT_LENGTH = 5_000_000;
const MAX_ID_LENGTH = 200;
const MAX_INSERT_LENGTH = 100_000;
const MAX_EDITS = 1_000;

const ok = <T>(value: T): Answer<T> => ({ ok: true, value });
const fail = <T>(error: string): Answer<T> => ({ ok: false, error });

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `name` in quotes when it has the shape of a protocol name ("check", "payload.text"), otherwise a
 * placeholder: a field name or message type comes from the sender and may itself be draft text.
 */
export function quotedName(name: string): string {
  return /^[a-z][A-Za-z0-9_.-]{0,39}$/.test(name) ? `"${name}"` : '(name not shown: it is not a SafePost name)';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function text(options: { max: number; nonEmpty?: boolean }): Guard<string> {
  return (value, path) => {
    if (typeof value !== 'string') return fail(`${path} must be text, not ${describe(value)}`);
    if (value.length > options.max) return fail(`${path} is too long (${value.length} characters; the limit is ${options.max})`);
    if (options.nonEmpty && value.length === 0) return fail(`${path} must not be empty`);
    return ok(value);
  };
}

export const bool: Guard<boolean> = (value, path) =>
  typeof value === 'boolean' ? ok(value) : fail(`${path} must be true or false, not ${describe(value)}`);

export function offset(max: number): Guard<number> {
  return (value, path) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max
      ? ok(value)
      : fail(`${path} must be a whole number from 0 to ${max}`);
}

export function oneOf<T extends string>(choices: readonly T[]): Guard<T> {
  return (value, path) =>
    typeof value === 'string' && (choices as readonly string[]).includes(value)
      ? ok(value as T)
      : fail(`${path} must be one of ${choices.join(', ')}`);
}

export function listOf<T>(item: Guard<T>, max: number): Guard<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return fail(`${path} must be a list, not ${describe(value)}`);
    if (value.length > max) return fail(`${path} has too many entries (${value.length}; the limit is ${max})`);
    const out: T[] = [];
    for (const [i, v] of value.entries()) {
      const checked = item(v, `${path}[${i}]`);
      if (!checked.ok) return fail(checked.error);
      out.push(checked.value);
    }
    return ok(out);
  };
}

type Shape<T> = { [K in keyof T]-?: Guard<T[K]> };

/** An object with exactly these fields (an unknown field is an error: it means the sender is confused). */
export function exact<T extends object>(shape: Shape<T>, optional: readonly (keyof T)[] = []): Guard<T> {
  return (value, path) => {
    if (!isRecord(value)) return fail(`${path} must be an object, not ${describe(value)}`);
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key)) return fail(`${path} has an unexpected field ${quotedName(key)}`);
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      if (!(key in value) || value[key] === undefined) {
        if (optional.includes(key)) continue;
        return fail(`${path}.${key} is missing`);
      }
      const checked = shape[key](value[key], `${path}.${key}`);
      if (!checked.ok) return fail(checked.error);
      out[key] = checked.value;
    }
    return ok(out as T);
  };
}

/** An object whose contents the handler validates in depth (settings, snippets): only the outline here. */
function outline<T>(required: readonly string[], what: string): Guard<T> {
  return (value, path) => {
    if (!isRecord(value)) return fail(`${path} must be ${what}, not ${describe(value)}`);
    for (const key of required) if (!(key in value)) return fail(`${path}.${key} is missing`);
    return ok(value as T);
  };
}

const empty = exact<Record<string, never>>({});
const platform: Guard<Platform> = oneOf(PLATFORMS);
const edit = exact<Edit>({ start: offset(MAX_DRAFT_LENGTH), end: offset(MAX_DRAFT_LENGTH), text: text({ max: MAX_INSERT_LENGTH }) });
const validEdit: Guard<Edit> = (value, path) => {
  const checked = edit(value, path);
  if (checked.ok && checked.value.end < checked.value.start) return fail(`${path}.end must not be before ${path}.start`);
  return checked;
};
export const fixGuard: Guard<Fix> = exact<Fix>({ label: text({ max: 500, nonEmpty: true }), edits: listOf(validEdit, MAX_EDITS) });

type GuardMap<M> = { [K in keyof M]: Guard<Request<M, K>> };

export const toWorkerGuards = {
  check: exact({ text: text({ max: MAX_DRAFT_LENGTH }), platform }),
  'snippets.list': empty,
  'page.config': exact({ platform }),
  'settings.get': empty,
  'settings.set': exact({ settings: outline<Settings>(['version'], 'a settings object') }),
  'snippets.save': exact({ snippet: outline<Snippet>(['id', 'body'], 'a snippet') }),
  'snippets.delete': exact({ id: text({ max: MAX_ID_LENGTH, nonEmpty: true }) }),
  'library.import': exact({ json: text({ max: MAX_IMPORT_LENGTH }), apply: bool }),
  'library.export': empty,
} satisfies GuardMap<ToWorker>;

export const toTabGuards = {
  'draft.report': empty,
  'draft.apply-fix': exact({ fix: fixGuard }),
  'draft.insert': exact({ text: text({ max: MAX_INSERT_LENGTH }) }),
  'picker.open': empty,
} satisfies GuardMap<ToTab>;

/** Checks `payload` as the request of message `type`; the error names the message and the field. */
export function checkPayload<M, K extends keyof M>(guards: GuardMap<M>, type: K, payload: unknown): Answer<Request<M, K>> {
  const checked = guards[type](payload, 'payload');
  return checked.ok ? checked : fail(`"${String(type)}" was refused: ${checked.error}.`);
}

export const checkToWorker = <K extends keyof ToWorker>(type: K, payload: unknown): Answer<Request<ToWorker, K>> =>
  checkPayload<ToWorker, K>(toWorkerGuards, type, payload);

export const checkToTab = <K extends keyof ToTab>(type: K, payload: unknown): Answer<Request<ToTab, K>> =>
  checkPayload<ToTab, K>(toTabGuards, type, payload);
