import { isRecord } from '../../settings/guards.js';
import type { Migration } from '../../settings/migrations/migration.js';
import { LEGACY_SNIPPETS_KEY, SNIPPET_INDEX_KEY, snippetKey } from '../keys.js';

/** Storage contents relevant to snippets: key → value, as read from one area. */
export type SnippetRecords = Record<string, unknown>;

/**
 * Version 0 → 1: the unversioned layout kept every snippet as `{ name, text, tags }` in one array under
 * `snippets`, which outgrows the sync area's per-item quota. Each becomes its own key, listed by an index.
 * Entries without text are dropped (there is nothing to insert); titles default to the text's start.
 */
export const migration001: Migration<SnippetRecords> = {
  to: 1,
  description: 'One array of snippets to one key per snippet plus an index',
  up(records) {
    const legacy = records[LEGACY_SNIPPETS_KEY];
    const out: SnippetRecords = { ...records };
    delete out[LEGACY_SNIPPETS_KEY];
    const ids: string[] = [];
    const list = Array.isArray(legacy) ? legacy : [];
    list.forEach((entry, i) => {
      if (!isRecord(entry) || typeof entry.text !== 'string' || !entry.text.trim()) return;
      const id = `legacy-${i + 1}`;
      const title = typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim() : entry.text.trim().slice(0, 40);
      const tags = Array.isArray(entry.tags) ? entry.tags.filter((t): t is string => typeof t === 'string') : [];
      out[snippetKey(id)] = {
        id, title: title.slice(0, 120), shortcut: '', body: entry.text, tags, origin: 'user', updatedAt: 0,
      };
      ids.push(id);
    });
    out[SNIPPET_INDEX_KEY] = { version: 1, ids };
    return out;
  },
};
