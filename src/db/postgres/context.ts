/** What every part of the PostgreSQL store shares: drizzle over the pool or a transaction, and the clock. */
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { Clock } from '../../app/ports/index.js';

/** drizzle over the pool, or over one transaction's connection inside a unit of work. */
export type PgDb = PgDatabase<NodePgQueryResultHKT>;

export interface PgContext {
  db: PgDb;
  clock: Clock;
}

/** Now as an ISO-8601 UTC string, the format every timestamp column uses (as in SQLite). */
export const nowIso = (ctx: PgContext): string => ctx.clock.now().toISOString();

/**
 * A module's named prepared statements, built on first use and kept for the context.
 * NOTE: for the reads every digest repeats per team: named, a connection parses each once
 * and PostgreSQL may reuse a generic plan (planning cost as much as running the usage
 * read), and drizzle builds the SQL text once. Names are global per connection: prefix
 * them with the module, and keep one text per name.
 */
export function preparedOnce<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}
