/** Applies the committed drizzle-kit migrations to PostgreSQL, once, however many instances start. */
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';

/** The repository's `migrations/postgres` folder, found from this file so any cwd works. */
export const POSTGRES_MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations/postgres/', import.meta.url));

/** Any fixed number, the same in every instance: the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 0x5348_4950_4c4f_47n;

/**
 * Brings the database up to the latest migration under a session-level advisory lock.
 * NOTE: instances starting together queue on the lock; the first applies the migrations,
 * the others then find them recorded in drizzle's journal table and apply nothing. Without
 * the lock two instances race on CREATE TABLE and one fails to start.
 */
export async function applyPgMigrations(client: pg.Client, migrationsFolder = POSTGRES_MIGRATIONS_FOLDER): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK.toString()]);
  try {
    await migrate(drizzle({ client }), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK.toString()]);
  }
}
