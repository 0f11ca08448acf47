/** What every part of the SQLite store shares: the connection, drizzle over it, the clock. */
import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { Clock } from '../../app/ports/index.js';

export interface SqliteContext {
  /** drizzle over the connection, for typed queries. */
  db: BetterSQLite3Database;
  /** The raw connection, for the few hot paths that want a hand-prepared statement. */
  sqlite: Database.Database;
  clock: Clock;
  /**
   * Runs the next chunk of long work (a large import) after the event loop had a turn.
   * Outside a unit of work it also waits while another caller's transaction is open, so
   * the chunk never joins it by accident.
   */
  afterTurn<T>(work: () => T): Promise<T>;
}

/** Now as an ISO-8601 UTC string, the format every timestamp column uses. */
export const nowIso = (ctx: SqliteContext): string => ctx.clock.now().toISOString();

/**
 * Runs synchronous driver work behind the async port. A throw becomes a rejection,
 * so callers see one failure path.
 */
export const run = <T>(work: () => T): Promise<T> => new Promise<T>((resolve) => resolve(work()));

/** drizzle's option for a write transaction: take the write lock first (see busy.ts). */
export const IMMEDIATE = { behavior: 'immediate' } as const;
