import { isRecord } from '../../settings/guards.js';
import { runMigrations, type Migrated, type Migration } from '../../settings/migrations/migration.js';
import { SNIPPET_INDEX_KEY } from '../keys.js';
import { migration001, type SnippetRecords } from './001-split-into-keys.js';

/** Every snippet-layout migration, one file each; append the next one here. */
export const SNIPPET_MIGRATIONS: readonly Migration<SnippetRecords>[] = [migration001];

export function snippetLayoutVersion(records: SnippetRecords): number {
  const index = records[SNIPPET_INDEX_KEY];
  return isRecord(index) && typeof index.version === 'number' ? index.version : 0;
}

export function migrateSnippets(records: SnippetRecords): Migrated<SnippetRecords> {
  return runMigrations(records, snippetLayoutVersion(records), SNIPPET_MIGRATIONS);
}
