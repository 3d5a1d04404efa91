/** Small runtime guards for values read from storage, files and messages. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Trimmed, non-empty, de-duplicated strings, at most `max` of them, each at most `maxLength` long. */
export function cleanStrings(values: readonly string[], max = 200, maxLength = 500): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const s = v.trim().slice(0, maxLength);
    if (!s || seen.has(s)) continue;
    seen.add(s);
    out.push(s);
    if (out.length >= max) break;
  }
  return out;
}

/** A host name the user may add as a Mastodon server: lower case, dotted, no scheme, port or path. */
export function isHostName(value: string): boolean {
  return /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(value);
}
