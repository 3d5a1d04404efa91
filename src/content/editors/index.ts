import type { Editor, EditorKind } from './types.js';
import { textareaEditor } from './textarea.js';
import { draftEditor } from './draft.js';
import { lexicalEditor } from './lexical.js';
import { quill1Editor, quill2Editor } from './quill.js';
import { prosemirrorEditor } from './prosemirror.js';
import { contenteditableEditor } from './contenteditable.js';

/** The writer for one compose box; listeners it needs end with `signal`. */
export function createEditor(kind: EditorKind, element: HTMLElement, signal: AbortSignal): Editor {
  switch (kind) {
    case 'textarea':
      return textareaEditor(element as HTMLTextAreaElement);
    case 'draft':
      return draftEditor(element, signal);
    case 'lexical':
      return lexicalEditor(element, signal);
    case 'quill1':
      return quill1Editor(element, signal);
    case 'quill2':
      return quill2Editor(element, signal);
    case 'prosemirror':
      return prosemirrorEditor(element, signal);
    case 'contenteditable':
      return contenteditableEditor(element, signal);
  }
}

/** The editor library behind a contenteditable, from the markers each one leaves on its root. */
export function detectKind(el: HTMLElement): EditorKind {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return 'textarea';
  if (el.matches('.public-DraftEditor-content, [data-contents] *') || el.closest('.DraftEditor-root')) return 'draft';
  if (el.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (el.classList.contains('ql-editor')) return el.closest('.ql-container') && isQuill1(el) ? 'quill1' : 'quill2';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  return 'contenteditable';
}

/** Both Quills mark their root `ql-editor`; only Quill 1 keeps a hidden `.ql-clipboard` box beside it. */
function isQuill1(el: HTMLElement): boolean {
  return el.parentElement?.querySelector(':scope > .ql-clipboard') !== null;
}
