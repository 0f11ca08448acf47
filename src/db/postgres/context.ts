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
