/**
 * The storage areas the settings and snippet stores use, reduced to what they call. Stores take these as
 * a parameter so tests run them against in-memory areas with the real quota rules.
 */
export interface KeyValueArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageAreas {
  /** Missing where the browser has no sync area (or it is switched off by policy). */
  sync?: KeyValueArea;
  local: KeyValueArea;
  /** The organisation's managed policy: read-only, may be empty or absent. */
  managed?: Pick<KeyValueArea, 'get'>;
}

/** storage.sync quotas (Chrome's storage reference; Firefox enforces the same numbers). */
export const SYNC_QUOTA = {
  bytesPerItem: 8192,
  bytesTotal: 102_400,
  maxItems: 512,
} as const;

/** Bytes an item costs in storage.sync: its key plus its JSON, as UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** The area is full (bytes or items): moving the library to local is the way out. */
export function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return !isRateError(error) && /QUOTA_BYTES|MAX_ITEMS|quota/i.test(message);
}

/** Too many writes in a short time: waiting is the way out, so the library stays where it is. */
export function isRateError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE/i.test(message);
}
