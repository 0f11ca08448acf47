/** The one place that picks a database dialect from `DATABASE_URL`. */
import type { Clock, Store } from '../app/ports/index.js';
import { openPostgresStore } from './postgres/open-postgres.js';
import { openSqliteStore } from './sqlite/open-sqlite.js';

export interface OpenStoreOptions {
  /** Stamps `createdAt`, `updatedAt` and audit times; the wall clock when omitted. */
  clock?: Clock;
}

/** True for the URLs that select PostgreSQL. */
export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url.trim());

/**
 * Opens the store behind `databaseUrl`, migrated and ready: `postgres://…` or
 * `postgresql://…` for PostgreSQL; `file:…`, a plain path or `:memory:` for SQLite.
 */
export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(databaseUrl)) return openPostgresStore(databaseUrl.trim(), options);
  return openSqliteStore(databaseUrl, options);
}
