/**
 * One interface over every kind of compose box. The content script, the popup (through `draft.insert`)
 * and the snippet picker read and write drafts only through it, so each site's editor keeps its own model
 * (Draft.js, Lexical, Quill, ProseMirror, React state) in step, as if the user had typed.
 *
 * Offsets are UTF-16 offsets into the text `readText()` returns: blocks joined by `\n`, exactly what is
 * sent to the engine, so a finding's `start`/`end` can be written back without translation.
 */
export type EditorKind =
  | 'textarea'
  | 'draft'
  | 'lexical'
  | 'quill1'
  | 'quill2'
  | 'prosemirror'
  | 'contenteditable';

export interface Editor {
  readonly kind: EditorKind;
  /** The element that takes focus and receives input: the textarea or the contenteditable root. */
  readonly element: HTMLElement;
  /** The draft as plain text, blocks separated by `\n`. */
  readText(): string;
  /** DOM range covering [start, end) of `readText()`; null for textareas (their text has no nodes). */
  rangeFor(start: number, end: number): Range | null;
  /** The caret (or selection) in `readText()` offsets when the box last had focus, if known. */
  selection(): { start: number; end: number } | null;
  /**
   * Replace [start, end) with `text` as one undoable step. Resolves true when reading the text back shows
   * the change landed; false when every strategy failed (the draft is then left as it was, if possible).
   */
  replace(start: number, end: number, text: string): Promise<boolean>;
  /** Insert at the last known caret, or at the end when the box never had one. */
  insertAtCursor(text: string): Promise<boolean>;
  /** Append at the end of the draft. */
  append(text: string): Promise<boolean>;
}
