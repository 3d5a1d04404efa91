/**
 * The whole message protocol between the parts of the extension, in one place. Message types are
 * named by direction: `toWorker` messages go to the service worker, `toTab` messages go from an extension
 * page (the popup) or the worker to a tab's content script. Each entry pairs the request payload with
 * the response. Handlers are objects that `satisfies` these maps, so a missing handler does not compile.
 */
import type { Fix, Platform, Report } from '../engine/types.js';
import type { Settings } from './settings/schema.js';
import type { Snippet, SnippetLibraryExport } from './snippets/schema.js';
import type { ManagedPolicy } from './policy/schema.js';

export interface ToWorker {
  /** Content script: check the current draft of one compose box. */
  check: { request: { text: string; platform: Platform }; response: Report };
  /** Content script, popup: the snippets the user may insert (own and organisation's). */
  'snippets.list': { request: Record<string, never>; response: Snippet[] };
  /** Content script: what the page needs to know (site switched on, disclaimers for this platform). */
  'page.config': { request: { platform: Platform }; response: PageConfig };
  /** Extension pages only. */
  'settings.get': { request: Record<string, never>; response: SettingsView };
  'settings.set': { request: { settings: Settings }; response: SettingsView };
  'snippets.save': { request: { snippet: Snippet }; response: Snippet[] };
  'snippets.delete': { request: { id: string }; response: Snippet[] };
  'library.import': { request: { json: string; apply: boolean }; response: ImportPreview };
  'library.export': { request: Record<string, never>; response: SnippetLibraryExport };
}

export interface ToTab {
  /** Popup → content script: the focused (or last focused) compose box's draft and report. */
  'draft.report': { request: Record<string, never>; response: DraftState | null };
  /** Popup → content script: apply one of the current report's fixes. */
  'draft.apply-fix': { request: { fix: Fix }; response: DraftState | null };
  /** Popup → content script: insert text at the cursor of the last focused compose box. */
  'draft.insert': { request: { text: string }; response: DraftState | null };
  /** Worker (keyboard command) → content script: open the in-page snippet picker. */
  'picker.open': { request: Record<string, never>; response: boolean };
}

export interface PageConfig {
  enabled: boolean;
  /** The shortcut prefix for snippet expansion in compose boxes, e.g. "/". */
  snippetPrefix: string;
  /** The disclaimer for this platform, for snippets' {disclaimer} placeholder. */
  disclaimer?: string;
}

export interface DraftState {
  platform: Platform;
  report: Report;
  /** Kept in memory of the page only; never stored. */
  text: string;
}

export interface SettingsView {
  settings: Settings;
  /** Setting paths fixed by the organisation's managed policy. */
  locked: string[];
  /** Where the user's settings and snippets are kept, and why. */
  storageArea: 'sync' | 'local';
  /** Problems found and repaired when the stored values were read. */
  repaired: string[];
  /** The settings the engine runs with: the user's under the organisation's policy. */
  effective?: Settings;
  /** The organisation's managed policy as read (invalid keys left out), for showing what it sets. */
  organisation?: ManagedPolicy;
}

export interface ImportPreview {
  ok: boolean;
  /** A clear error naming the problem, when ok is false; nothing was changed. */
  error?: string;
  added: string[];
  replaced: string[];
  settingsChanged: boolean;
  applied: boolean;
}

export type Request<M, K extends keyof M> = M[K] extends { request: infer R } ? R : never;
export type Response<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;

/** What travels: `{ type, payload }`; the answer is `{ ok: true, value }` or `{ ok: false, error }`. */
export interface Envelope<M, K extends keyof M = keyof M> {
  type: K;
  payload: Request<M, K>;
}
export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };
