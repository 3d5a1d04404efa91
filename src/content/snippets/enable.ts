import type { Platform, Report } from '../../engine/types.js';
import type { Handlers } from '../../shared/messaging.js';
import type { PageConfig, ToTab } from '../../shared/protocol.js';
import type { Snippet } from '../../shared/snippets/schema.js';
import { FALLBACK_DISCLAIMER } from '../../shared/snippets/placeholders.js';
import type { Editor } from '../editors/types.js';
import { attachSnippetShortcuts } from './attach.js';
import { openPicker, type PickerDeps } from './mount.js';

export interface SnippetPage {
  /** The page's hooked boxes; empty once the page has stopped, which quietly switches snippets off too. */
  readonly sessions: ReadonlySet<{ readonly editor: Editor }>;
  readonly handlers: Handlers<ToTab>;
}

export interface SnippetServices {
  check(text: string, platform: Platform): Promise<Report>;
  snippets(): Promise<Snippet[]>;
}

/**
 * Turns on snippets in the page once its config is known: the typed-shortcut expansion in every hooked
 * box, and the `picker.open` message (the keyboard command) opening the picker on the box in use.
 */
export function enableSnippets(doc: Document, page: SnippetPage, platform: Platform, config: PageConfig, services: SnippetServices, signal: AbortSignal): void {
  const deps: PickerDeps = {
    platform,
    disclaimer: config.disclaimer ?? FALLBACK_DISCLAIMER,
    check: services.check,
    snippets: services.snippets,
  };
  const editorFor = (target: EventTarget | null): Editor | null => {
    if (!(target instanceof Node)) return null;
    for (const s of page.sessions) if (s.editor.element === target || s.editor.element.contains(target)) return s.editor;
    return null;
  };
  attachSnippetShortcuts(doc, editorFor, { ...deps, prefix: config.snippetPrefix }, signal);
  page.handlers['picker.open'] = async () => {
    const active = doc.activeElement;
    const editor = editorFor(active) ?? [...page.sessions][0]?.editor ?? null;
    if (!editor) return false;
    await openPicker(doc, editor, deps);
    return true;
  };
}
