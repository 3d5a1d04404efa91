import type { Editor, EditorKind } from './types.js';
import { offsetOf, rangeIn, readTextModel } from './text-model.js';
import { selectionSettled, until } from './settle.js';
import type { WriteStrategy } from './strategies.js';

const CARET_REST_MS = 100;

/** Spaces in contenteditable may render as no-break spaces; the engine sees what the user meant. */
const NBSP = /\u00a0/g;
function normal(text: string): string {
  return text.replace(NBSP, ' ');
}

/**
 * A paste of nothing does nothing in most editors, so a deletion is widened by one neighbouring character
 * that is written back unchanged: the editor then sees an ordinary replacement.
 */
export function widenDeletion(text: string, start: number, end: number): { start: number; end: number; text: string } {
  if (start > 0 && text[start - 1] !== '\n') return { start: start - 1, end, text: text.charAt(start - 1) };
  if (end < text.length && text[end] !== '\n') return { start, end: end + 1, text: text.charAt(end) };
  return { start, end, text: '' };
}

/** Selection inside `root`, as seen from its tree (shadow roots keep their own selection in Chrome). */
function selectionFor(root: HTMLElement): Selection | null {
  const tree = root.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  return (typeof tree.getSelection === 'function' ? tree.getSelection() : null) ?? root.ownerDocument.getSelection();
}

export function richEditor(kind: EditorKind, root: HTMLElement, strategies: WriteStrategy[], signal: AbortSignal): Editor {
  const doc = root.ownerDocument;
  let lastCaret: { start: number; end: number } | null = null;

  const currentCaret = (): { start: number; end: number } | null => {
    const sel = selectionFor(root);
    if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !root.contains(sel.anchorNode)) return null;
    const model = readTextModel(root);
    const r = sel.getRangeAt(0);
    const start = offsetOf(model, r.startContainer, r.startOffset);
    const end = offsetOf(model, r.endContainer, r.endOffset);
    return start === null || end === null ? null : { start, end };
  };
  // Remember the caret for inserts made after focus has left (popup, picker). Worked out once the caret
  // rests, not on every keystroke: mapping it to an offset walks the whole draft. A selection change (one
  // per keystroke) only moves the due time; the one armed timer waits out the rest when it fires.
  let resting: ReturnType<typeof setTimeout> | undefined;
  let restsAt = 0;
  const rested = (): void => {
    const wait = restsAt - performance.now();
    if (wait >= 1) { resting = setTimeout(rested, wait); return; }
    resting = undefined;
    lastCaret = currentCaret() ?? lastCaret;
  };
  doc.addEventListener('selectionchange', () => {
    restsAt = performance.now() + CARET_REST_MS;
    if (resting === undefined) resting = setTimeout(rested, CARET_REST_MS);
  }, { signal });
  signal.addEventListener('abort', () => clearTimeout(resting), { once: true });

  const readText = (): string => normal(readTextModel(root).text);

  const select = (start: number, end: number): boolean => {
    const range = rangeIn(readTextModel(root), start, end);
    if (!range) return false;
    root.focus({ preventScroll: true });
    const sel = doc.getSelection();
    if (!sel) return false;
    sel.removeAllRanges();
    sel.addRange(range);
    return true;
  };

  const replace = async (start: number, end: number, text: string): Promise<boolean> => {
    const before = readText();
    if (start < 0 || end > before.length || start > end) return false;
    const edit = text === '' ? widenDeletion(before, start, end) : { start, end, text };
    const expected = before.slice(0, start) + text + before.slice(end);
    for (const write of strategies) {
      if (!select(edit.start, edit.end)) return false;
      await selectionSettled(doc);
      try {
        write({ root, ...edit });
      } catch {
        continue;
      }
      const landed = await until(() => readText() !== before);
      if (landed) {
        const ok = await until(() => readText() === expected);
        if (ok) lastCaret = { start: start + text.length, end: start + text.length };
        // Something changed but not as asked: trying another strategy could write the text twice.
        return ok;
      }
    }
    return false;
  };

  return {
    kind,
    element: root,
    readText,
    rangeFor: (start, end) => rangeIn(readTextModel(root), start, end),
    selection: () => currentCaret() ?? lastCaret,
    replace,
    insertAtCursor: (text) => {
      const at = currentCaret() ?? lastCaret;
      const len = readText().length;
      return at ? replace(Math.min(at.start, len), Math.min(at.end, len), text) : replace(len, len, text);
    },
    append: (text) => {
      const len = readText().length;
      return replace(len, len, text);
    },
  };
}
