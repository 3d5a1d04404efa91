import type { Snippet } from '../../shared/snippets/schema.js';
import type { Editor } from '../editors/types.js';
import { openPicker, type PickerDeps } from './mount.js';
import { mayEndShortcut, shortcutBefore } from './shortcut.js';

export interface ShortcutDeps extends PickerDeps {
  prefix: string;
}

/**
 * Expands `prefix + shortcut` (e.g. "/flu") when the user presses Tab or Space right after it in a
 * compose box. The decision must be made inside the key event, so the library is kept loaded (and
 * reloaded when a box gains focus); the expansion itself goes through the picker, which asks for
 * fill-in fields and checks the text before it replaces the typed shortcut.
 */
export function attachSnippetShortcuts(doc: Document, editorFor: (target: EventTarget | null) => Editor | null, deps: ShortcutDeps, signal: AbortSignal): void {
  let snippets: Snippet[] = [];
  const refresh = () => { deps.snippets().then((list) => { snippets = list; }, () => undefined); };
  refresh();
  // The first node of the composed path: boxes inside open shadow roots (Reddit) are found too.
  const origin = (e: Event) => e.composedPath()[0] ?? e.target;
  doc.addEventListener('focusin', (e) => { if (editorFor(origin(e))) refresh(); }, { signal });
  doc.addEventListener('keydown', (e) => {
    // No library, nothing to expand: the space bar must not cost a walk of the draft.
    if (snippets.length === 0 || (e.key !== 'Tab' && e.key !== ' ') || e.isComposing || e.shiftKey || e.ctrlKey || e.metaKey || e.altKey) return;
    if (!caretMayEndShortcut(doc, deps.prefix, snippets)) return;
    const editor = editorFor(origin(e));
    const caret = editor?.selection();
    if (!editor || !caret || caret.start !== caret.end) return;
    const hit = shortcutBefore(editor.readText(), caret.start, deps.prefix, snippets);
    if (!hit) return;
    e.preventDefault();
    e.stopPropagation();
    void openPicker(doc, editor, { ...deps, snippets: async () => snippets }, hit.snippet, { start: hit.start, end: hit.end });
  }, { capture: true, signal });
}

/** Looks only at the caret's own text node; true (read the draft) whenever the caret is anywhere else. */
function caretMayEndShortcut(doc: Document, prefix: string, snippets: readonly Snippet[]): boolean {
  const sel = doc.getSelection();
  const node = sel?.focusNode;
  if (!sel || !sel.isCollapsed || !(node instanceof Text)) return true;
  return mayEndShortcut(node.data.slice(0, sel.focusOffset), prefix, snippets);
}
