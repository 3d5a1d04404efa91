/** One numbered step of a stored shape: `up` turns a value of version `to - 1` into version `to`. */
export interface Migration<T = unknown> {
  to: number;
  description: string;
  up(value: T): T;
}

export interface Migrated<T> {
  value: T;
  from: number;
  to: number;
}

/**
 * Runs every migration above `from`, in order. Values written by a newer build (a version above the
 * last migration) pass through untouched, so a downgrade never rewrites them.
 */
export function runMigrations<T>(value: T, from: number, migrations: readonly Migration<T>[]): Migrated<T> {
  let current = value;
  let version = from;
  for (const m of [...migrations].sort((a, b) => a.to - b.to)) {
    if (m.to <= version) continue;
    if (m.to !== version + 1) throw new Error(`Migration ${m.to} cannot follow version ${version}.`);
    current = m.up(current);
    version = m.to;
  }
  return { value: current, from, to: version };
}
