import { isRecord, isStringArray } from '../settings/guards.js';
import { SNIPPET_LIMITS, type Snippet } from './schema.js';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const ORIGINS = ['user', 'starter', 'organisation'] as const;
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const SHORTCUT_RE = /^[a-z0-9][a-z0-9_-]*$/;

/** Checks one snippet from storage, a file or a message; `where` names it in the error. */
export function checkSnippet(raw: unknown, where = 'snippet'): Checked<Snippet> {
  if (!isRecord(raw)) return { ok: false, error: `${where} is not an object.` };
  const fail = (what: string): Checked<Snippet> => ({ ok: false, error: `${where}: ${what}` });
  const { id, title, shortcut, body, short, tags, source, origin, updatedAt } = raw;
  if (typeof id !== 'string' || !ID_RE.test(id)) return fail('"id" must be 1–64 letters, digits, "-" or "_".');
  if (typeof title !== 'string' || !title.trim()) return fail('"title" must be non-empty text.');
  if (title.length > SNIPPET_LIMITS.title) return fail(`"title" is longer than ${SNIPPET_LIMITS.title} characters.`);
  if (typeof shortcut !== 'string' || (shortcut !== '' && !SHORTCUT_RE.test(shortcut)) || shortcut.length > SNIPPET_LIMITS.shortcut) {
    return fail(`"shortcut" must be lower-case letters, digits, "-" or "_" (at most ${SNIPPET_LIMITS.shortcut}), or empty.`);
  }
  if (typeof body !== 'string' || !body.trim()) return fail('"body" must be non-empty text.');
  if (body.length > SNIPPET_LIMITS.body) return fail(`"body" is longer than ${SNIPPET_LIMITS.body} characters.`);
  if (short !== undefined && (typeof short !== 'string' || short.length > SNIPPET_LIMITS.body)) return fail('"short" must be text.');
  if (!isStringArray(tags)) return fail('"tags" must be a list of text.');
  if (tags.length > SNIPPET_LIMITS.tags) return fail(`"tags" holds more than ${SNIPPET_LIMITS.tags} tags.`);
  if (tags.some((t) => t.length > SNIPPET_LIMITS.tag)) return fail(`a tag is longer than ${SNIPPET_LIMITS.tag} characters.`);
  if (source !== undefined && typeof source !== 'string') return fail('"source" must be text.');
  if (!(ORIGINS as readonly unknown[]).includes(origin)) return fail('"origin" must be "user", "starter" or "organisation".');
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) return fail('"updatedAt" must be a number.');
  const snippet: Snippet = {
    id, title: title.trim(), shortcut, body, tags: [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))],
    origin: origin as Snippet['origin'], updatedAt,
  };
  if (typeof short === 'string' && short.trim()) snippet.short = short;
  if (typeof source === 'string' && source.trim()) snippet.source = source.trim();
  return { ok: true, value: snippet };
}

/** A fresh id for a snippet the user creates. */
export function newSnippetId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return 'u-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
