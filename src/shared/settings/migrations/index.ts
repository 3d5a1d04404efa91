import { isRecord } from '../guards.js';
import { runMigrations, type Migrated, type Migration } from './migration.js';
import { migration001 } from './001-from-unversioned.js';

/** Every settings migration, one file each; append the next one here. */
export const SETTINGS_MIGRATIONS: readonly Migration[] = [migration001];

/** The stored settings value brought up to the current schema (not yet validated). */
export function migrateSettings(raw: unknown): Migrated<unknown> {
  const from = isRecord(raw) && typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
  return runMigrations(raw, from, SETTINGS_MIGRATIONS);
}
