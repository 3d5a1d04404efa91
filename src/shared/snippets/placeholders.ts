import { LIMITS } from '../../engine/platform.js';
import type { EngineSettings, Platform } from '../../engine/types.js';

const FIELD_RE = /\{\{\s*([A-Za-z][\w -]{0,39}?)\s*\}\}/g;

/** The named fill-in fields (`{{name}}`) a snippet asks for, in order of first use. */
export function fieldsOf(body: string): string[] {
  return [...new Set([...body.matchAll(FIELD_RE)].map((m) => (m[1] ?? '').trim()))];
}

/** Used when neither the user nor the organisation set a disclaimer for the site. */
export const FALLBACK_DISCLAIMER = 'General information only, not medical advice.';

/** The site's disclaimer: its short form where the post limit is small, else the long one. */
export function disclaimerFor(settings: Pick<EngineSettings, 'disclaimers'>, platform: Platform): string {
  const own = settings.disclaimers[platform];
  const generic = settings.disclaimers.generic;
  const small = LIMITS[platform] <= 500;
  const pick = (d: typeof own) => (small ? d?.short ?? d?.long : d?.long ?? d?.short);
  return pick(own) ?? pick(generic) ?? FALLBACK_DISCLAIMER;
}

export interface Expanded {
  text: string;
  /** Where `{cursor}` stood in `text`, if it did (only the first one counts). */
  cursor?: number;
}

/**
 * Fills a snippet's placeholders: `{{field}}` with the answers given, `{disclaimer}` with the site's
 * disclaimer, and `{cursor}` removed with its position kept. A field left unanswered is an error, so
 * a post never goes out with a raw `{{…}}` in it.
 */
export function expandSnippet(body: string, answers: Record<string, string>, disclaimer: string): Expanded {
  const missing = fieldsOf(body).filter((f) => !answers[f]?.trim());
  if (missing.length) throw new Error(`Fill in ${missing.map((f) => `“${f}”`).join(', ')} first.`);
  const filled = body
    .replace(FIELD_RE, (_m, name: string) => (answers[name.trim()] ?? '').trim())
    .replace(/\{disclaimer\}/g, disclaimer);
  const at = filled.indexOf('{cursor}');
  const text = filled.replace(/\{cursor\}/g, '');
  return at === -1 ? { text } : { text, cursor: at };
}
