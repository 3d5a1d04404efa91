import type { Sender } from '../../shared/messaging.js';
import type { ImportPreview, Request, ToWorker } from '../../shared/protocol.js';
import { extensionAreas } from '../../shared/settings/extension-areas.js';
import { exportLibrary as buildExport, importLibrary as runImport } from '../../shared/snippets/library-file.js';
import type { SnippetLibraryExport } from '../../shared/snippets/schema.js';

/** `library.import`: `apply: false` previews what would be added or replaced; `apply: true` does it. */
export async function importLibrary(payload: Request<ToWorker, 'library.import'>, _sender?: Sender): Promise<ImportPreview> {
  return runImport(extensionAreas(), payload.json, payload.apply);
}

export async function exportLibrary(_payload: Request<ToWorker, 'library.export'>, _sender?: Sender): Promise<SnippetLibraryExport> {
  return buildExport(extensionAreas());
}
