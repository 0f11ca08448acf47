/** The one place that picks a database dialect from `DATABASE_URL`. */
import type { Clock, Store } from '../app/ports/index.js';
import { openSqliteStore } from './sqlite/open-sqlite.js';

export interface OpenStoreOptions {
  /** Stamps `createdAt`, `updatedAt` and audit times; the wall clock when omitted. */
  clock?: Clock;
}

/**
 * Opens the store behind `databaseUrl`, migrated and ready: `file:…`, a plain path or
 * `:memory:` for SQLite. Throws with a readable message for a URL it cannot use.
 */
export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<Store> {
  return openSqliteStore(databaseUrl, options);
}
