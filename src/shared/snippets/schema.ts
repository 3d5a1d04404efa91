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
