import type { Editor } from './types.js';
import { richEditor } from './rich.js';
import { execCommandStrategy, pasteStrategy } from './strategies.js';

/** A contenteditable with no editor library behind it: the browser's own command is the typing path. */
export function contenteditableEditor(root: HTMLElement, signal: AbortSignal): Editor {
  return richEditor('contenteditable', root, [execCommandStrategy, pasteStrategy], signal);
}
