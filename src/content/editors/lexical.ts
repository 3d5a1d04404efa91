import type { Editor } from './types.js';
import { richEditor } from './rich.js';
import { beforeInputStrategy, execCommandStrategy, pagePasteStrategy, pasteStrategy } from './strategies.js';

/** Lexical (Facebook, Instagram, Threads, Reddit): paste becomes PASTE_COMMAND, which keeps paragraphs;
 * `insertReplacementText` is its controlled text insertion for single lines. */
export function lexicalEditor(root: HTMLElement, signal: AbortSignal): Editor {
  return richEditor('lexical', root, [pasteStrategy, pagePasteStrategy, beforeInputStrategy, execCommandStrategy], signal);
}
