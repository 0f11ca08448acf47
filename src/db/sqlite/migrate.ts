/** Applies the committed drizzle-kit migrations to a SQLite database. */
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

/** The repository's `migrations/sqlite` folder, found from this file so any cwd works. */
export const SQLITE_MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations/sqlite/', import.meta.url));

/** Brings the database up to the latest migration; already applied ones are skipped. */
export function applyMigrations(sqlite: Database.Database, migrationsFolder = SQLITE_MIGRATIONS_FOLDER): void {
  const db = drizzle({ client: sqlite });
  try {
    migrate(db, { migrationsFolder });
  } catch {
    // NOTE: drizzle reads the applied migrations before it begins its transaction, so an
    // instance starting beside another can try to apply what the other just committed.
    // The loser's transaction rolled back; a second pass sees the work and skips it, and
    // a migration that is really broken fails again and throws from here.
    migrate(db, { migrationsFolder });
  }
}
