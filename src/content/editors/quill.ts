import type { Editor } from './types.js';
import { richEditor } from './rich.js';
import { execCommandStrategy, pagePasteStrategy, pasteStrategy, quill1PageStrategy } from './strategies.js';

/** Quill 1 (LinkedIn) pastes through a hidden box that a synthetic event never fills, so the page-world
 * script calls its API; the DOM command is the fallback (Quill 1 re-reads mutations into its model). */
export function quill1Editor(root: HTMLElement, signal: AbortSignal): Editor {
  return richEditor('quill1', root, [quill1PageStrategy, execCommandStrategy], signal);
}

/** Quill 2 reads `clipboardData` in its capture-phase paste handler and records one history entry. */
export function quill2Editor(root: HTMLElement, signal: AbortSignal): Editor {
  return richEditor('quill2', root, [pasteStrategy, pagePasteStrategy, execCommandStrategy], signal);
}
