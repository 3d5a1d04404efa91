import type { Editor } from './types.js';
import { richEditor } from './rich.js';
import { execCommandStrategy, pagePasteStrategy, pasteStrategy } from './strategies.js';

/** ProseMirror / TipTap (Bluesky): its paste handler turns `text/plain` into one transaction. */
export function prosemirrorEditor(root: HTMLElement, signal: AbortSignal): Editor {
  return richEditor('prosemirror', root, [pasteStrategy, pagePasteStrategy, execCommandStrategy], signal);
}
