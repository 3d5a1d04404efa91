/** Storage keys. One snippet per key keeps every item under the sync area's 8 KB item quota. */
export const SETTINGS_KEY = 'settings';
export const SNIPPET_INDEX_KEY = 'snippets.index';
export const SNIPPET_KEY_PREFIX = 'snippet.';
/** Where the unversioned layout kept every snippet, in one array. */
export const LEGACY_SNIPPETS_KEY = 'snippets';
/** Kept in storage.local only: which area holds the library and settings, and why. */
export const AREA_KEY = 'storage.area';

export const snippetKey = (id: string): string => SNIPPET_KEY_PREFIX + id;
