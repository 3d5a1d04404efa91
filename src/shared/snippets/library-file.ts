import type { ImportPreview } from '../protocol.js';
import { readPolicy } from '../policy/read.js';
import type { StorageAreas } from '../settings/areas.js';
import { isRecord } from '../settings/guards.js';
import { migrateSettings } from '../settings/migrations/index.js';
import type { Settings } from '../settings/schema.js';
import { loadSettings, saveSettings } from '../settings/store.js';
import { validateSettings } from '../settings/validate.js';
import { LIBRARY_FORMAT_VERSION, type Snippet, type SnippetLibraryExport } from './schema.js';
import { loadUserSnippets, saveMany } from './store.js';
import { checkSnippet } from './validate.js';

/** The user's own snippets and settings as a versioned file (organisation snippets stay with the policy). */
export async function exportLibrary(areas: StorageAreas): Promise<SnippetLibraryExport> {
  const [{ snippets }, { settings }] = await Promise.all([loadUserSnippets(areas), loadSettings(areas)]);
  return {
    format: 'safepost-library',
    version: LIBRARY_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    snippets,
    settings,
  };
}

export interface ParsedLibrary {
  snippets: Snippet[];
  settings?: Settings;
}

/** Reads an import file; the error names the first problem found, so the user can fix the file. */
export function parseLibraryFile(json: string): { ok: true; value: ParsedLibrary } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error });
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const where = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
    return fail(`The file is not valid JSON${where ? ` (the problem is near character ${where})` : ''}.`);
  }
  if (!isRecord(data)) return fail('The file does not hold a SafePost library: expected a JSON object at the top.');
  if (data.format !== 'safepost-library') return fail('The file is not a SafePost library: "format" must be "safepost-library".');
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return fail('The file has no valid "version" (a whole number from 1).');
  }
  if (data.version > LIBRARY_FORMAT_VERSION) {
    return fail(`The file was made by a newer SafePost (format ${data.version}); this version reads format ${LIBRARY_FORMAT_VERSION}. Update SafePost first.`);
  }
  if (!Array.isArray(data.snippets)) return fail('The file has no "snippets" list.');
  const snippets: Snippet[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of data.snippets.entries()) {
    const checked = checkSnippet(raw, `Snippet ${i + 1}`);
    if (!checked.ok) return fail(checked.error);
    const s = checked.value;
    if (s.origin === 'organisation' || s.id.startsWith('org-')) {
      return fail(`Snippet ${i + 1} ("${s.title.slice(0, 60)}") is an organisation snippet; those come from your organisation's policy and cannot be imported.`);
    }
    if (seen.has(s.id)) return fail(`Snippet ${i + 1} repeats the id "${s.id}" of an earlier snippet.`);
    seen.add(s.id);
    snippets.push(s);
  }
  if (data.settings === undefined) return { ok: true, value: { snippets } };
  let migrated: unknown;
  try {
    migrated = migrateSettings(data.settings).value;
  } catch (error) {
    return fail(`The file's settings cannot be read: ${error instanceof Error ? error.message : 'unknown version'}.`);
  }
  const { value, repaired } = validateSettings(migrated);
  if (repaired.length) return fail(`The file's settings are invalid: ${repaired[0]?.replace(/; reset to the default\.$/, '.')}`);
  return { ok: true, value: { snippets, settings: value } };
}

/**
 * Two steps: with `apply` false, says what the file would add and replace and changes nothing; with
 * `apply` true, does it. A bad file is refused whole in both steps, so the library stays as it was.
 */
export async function importLibrary(areas: StorageAreas, json: string, apply: boolean): Promise<ImportPreview> {
  const refused = (error: string): ImportPreview => ({ ok: false, error, added: [], replaced: [], settingsChanged: false, applied: false });
  const { policy } = await readPolicy(areas.managed);
  if (policy.AllowImport === false) return refused('Your organisation does not allow importing libraries or settings.');
  const parsed = parseLibraryFile(json);
  if (!parsed.ok) return refused(parsed.error);
  const { snippets, settings } = parsed.value;
  if (policy.AllowUserSnippets === false && snippets.length) {
    return refused('Your organisation does not allow personal snippets, so this file\'s snippets cannot be imported.');
  }
  const [current, currentSettings] = await Promise.all([loadUserSnippets(areas), loadSettings(areas)]);
  const existing = new Set(current.snippets.map((s) => s.id));
  const added = snippets.filter((s) => !existing.has(s.id)).map((s) => s.title);
  const replaced = snippets.filter((s) => existing.has(s.id)).map((s) => s.title);
  const settingsChanged = settings !== undefined && JSON.stringify(settings) !== JSON.stringify(currentSettings.settings);
  if (!apply) return { ok: true, added, replaced, settingsChanged, applied: false };
  if (snippets.length) await saveMany(areas, snippets);
  if (settings && settingsChanged) await saveSettings(areas, settings);
  return { ok: true, added, replaced, settingsChanged, applied: true };
}
