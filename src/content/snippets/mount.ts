import { h, render } from 'preact';
import { LIMITS } from '../../engine/platform.js';
import type { Snippet } from '../../shared/snippets/schema.js';
import type { Editor } from '../editors/types.js';
import { Picker } from './Picker.js';
import { prepareSnippet, type PrepareDeps } from './prepare.js';

export interface PickerDeps extends PrepareDeps {
  snippets(): Promise<Snippet[]>;
}

const TAG = 'safepost-picker';

/**
 * Opens the snippet picker over the page for `editor`, in its own open shadow root (the page's styles
 * neither reach it nor are reached). Closing returns focus to the compose box. One picker at a time.
 */
export async function openPicker(doc: Document, editor: Editor, deps: PickerDeps, chosen?: Snippet, replace?: { start: number; end: number }): Promise<void> {
  doc.querySelector(TAG)?.remove();
  const snippets = await deps.snippets();
  const host = doc.createElement(TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  doc.body.append(host);
  const close = () => {
    render(null, shadow);
    host.remove();
    editor.element.focus();
  };
  const insert = (text: string) => (replace ? editor.replace(replace.start, replace.end, text) : editor.insertAtCursor(text));
  render(h(Picker, {
    snippets,
    chosen,
    // Sites with small limits get a snippet's short form when it has one.
    prepare: (s: Snippet, answers: Record<string, string> | null) => prepareSnippet(s, LIMITS[deps.platform] <= 500 ? 'short' : 'body', answers, deps),
    insert,
    close,
  }), shadow);
}
