import type { Editor } from './types.js';
import { richEditor } from './rich.js';
import { execCommandStrategy, pagePasteStrategy, pasteStrategy } from './strategies.js';

/** Draft.js (X): `insertText` loses paragraphs and `beforeinput` is ignored; its paste handler writes the
 * model from `clipboardData` over the selection it synced on `selectionchange`. */
export function draftEditor(root: HTMLElement, signal: AbortSignal): Editor {
  return richEditor('draft', root, [pasteStrategy, pagePasteStrategy, execCommandStrategy], signal);
}
