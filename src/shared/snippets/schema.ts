/** The schema version of the stored snippet index; older layouts are migrated up to it (see migrations/). */
export const SNIPPETS_VERSION = 1;

/** Version of the import/export file format. */
export const LIBRARY_FORMAT_VERSION = 1;

/** One saved education snippet. */
export interface Snippet {
  id: string;
  title: string;
  /** Typed after the prefix in a compose box (e.g. "flu" for "/flu"). */
  shortcut: string;
  /** Long form; may hold placeholders: {cursor}, {disclaimer}, {{field}}. */
  body: string;
  /** Fits X; optional. */
  short?: string;
  tags: string[];
  source?: string;
  /** Pushed by the organisation: read-only for the user. */
  origin: 'user' | 'starter' | 'organisation';
  updatedAt: number;
}

export interface SnippetLibraryExport {
  format: 'safepost-library';
  version: number;
  exportedAt: string;
  snippets: Snippet[];
  settings?: unknown;
}

/** The stored index: which snippet keys exist, in the user's order. */
export interface SnippetIndex {
  version: number;
  ids: string[];
}

/** Before the index existed all snippets sat in one array under `snippets`, shaped like this. */
export interface UnversionedSnippet {
  name?: string;
  text?: string;
  tags?: string[];
}

export const SNIPPET_LIMITS = {
  title: 120,
  shortcut: 32,
  body: 5000,
  tags: 12,
  tag: 40,
} as const;
