import type { Editor } from './types.js';
import { until } from './settle.js';

type TextField = HTMLTextAreaElement | HTMLInputElement;

/** The prototype's own setter: React keeps its own `value` on the element and would swallow `el.value =`. */
function setNativeValue(el: TextField, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

/**
 * Plain and React-controlled textareas (Mastodon, old.reddit, Reddit's markdown mode). `insertText` keeps
 * the browser's undo stack and fires a trusted `input` event that React handles; the setter plus a
 * synthetic `input` event is the fallback where the command is unavailable, at the cost of undo.
 */
export function textareaEditor(el: TextField): Editor {
  const doc = el.ownerDocument;
  const replace = async (start: number, end: number, text: string): Promise<boolean> => {
    const before = el.value;
    if (start < 0 || end > before.length || start > end) return false;
    const expected = before.slice(0, start) + text + before.slice(end);
    el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
    let used: boolean;
    try {
      used = text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
    } catch {
      used = false;
    }
    if (used && (await until(() => el.value !== before, 2))) return el.value === expected;
    setNativeValue(el, expected);
    el.setSelectionRange(start + text.length, start + text.length);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: text }));
    return until(() => el.value === expected);
  };
  return {
    kind: 'textarea',
    element: el,
    readText: () => el.value,
    rangeFor: () => null,
    selection: () => (el.selectionStart === null ? null : { start: el.selectionStart, end: el.selectionEnd ?? el.selectionStart }),
    replace,
    insertAtCursor: (text) => {
      const start = el.selectionStart ?? el.value.length;
      return replace(start, el.selectionEnd ?? start, text);
    },
    append: (text) => replace(el.value.length, el.value.length, text),
  };
}
