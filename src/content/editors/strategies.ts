/**
 * Ways of putting text into a rich editor "as typing would": each dispatches the event the editor's own
 * input pipeline handles (paste, beforeinput), so the editor updates its model and records one undo step.
 * The selection is already set to the span being replaced when a strategy runs.
 */
export interface WriteRequest {
  root: HTMLElement;
  start: number;
  end: number;
  text: string;
}
export type WriteStrategy = (request: WriteRequest) => void;

function plainTransfer(text: string): DataTransfer {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return data;
}

/** The event goes to the element holding the caret so editors that listen below the root see it too. */
function caretTarget(root: HTMLElement): HTMLElement {
  const sel = root.ownerDocument.getSelection();
  const node = sel?.anchorNode;
  const el = node ? (node.nodeType === 1 ? (node as HTMLElement) : node.parentElement) : null;
  return el && root.contains(el) ? el : root;
}

/** Draft.js, Lexical, Quill 2, ProseMirror: all read `clipboardData` in their paste handler. */
export const pasteStrategy: WriteStrategy = ({ root, text }) => {
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: plainTransfer(text) });
  caretTarget(root).dispatchEvent(event);
};

/** Lexical and Slate take `insertReplacementText` with a data transfer as a controlled insertion. */
export const beforeInputStrategy: WriteStrategy = ({ root, text }) => {
  const event = new InputEvent('beforeinput', {
    bubbles: true, cancelable: true, composed: true, inputType: 'insertReplacementText', dataTransfer: plainTransfer(text),
  });
  caretTarget(root).dispatchEvent(event);
};

/** The browser's own editing command: editors that watch DOM mutations (Quill 1, plain boxes) follow it. */
export const execCommandStrategy: WriteStrategy = ({ root, text }) => {
  const doc = root.ownerDocument;
  if (text === '') doc.execCommand('delete', false);
  else doc.execCommand('insertText', false, text);
};

/** Event the MAIN-world page script (src/content/page) listens for; its detail is a JSON string because
 * objects do not cross from the extension's isolated world into the page's. */
export const PAGE_WRITE_EVENT = 'safepost:page-write';

export interface PageWriteDetail {
  op: 'quill1' | 'paste';
  start: number;
  end: number;
  text: string;
}

function pageWrite(op: PageWriteDetail['op']): WriteStrategy {
  return ({ root, start, end, text }) => {
    const detail: PageWriteDetail = { op, start, end, text };
    caretTarget(root).dispatchEvent(new CustomEvent(PAGE_WRITE_EVENT, { bubbles: true, composed: true, detail: JSON.stringify(detail) }));
  };
}

/** Quill 1 ignores synthetic paste (it pastes through a hidden box); its API lives on the page's object. */
export const quill1PageStrategy = pageWrite('quill1');
/** Firefox drops a DataTransfer built in the content script's world, so the page builds the paste. */
export const pagePasteStrategy = pageWrite('paste');
