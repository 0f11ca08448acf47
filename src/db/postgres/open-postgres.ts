/** Opens the PostgreSQL database behind `DATABASE_URL`, migrated and ready. */
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Clock, Store } from '../../app/ports/index.js';
import { systemClock } from '../shared/patch.js';
import { applyPgMigrations } from './migrate.js';
import { createPgStore } from './pg-store.js';

export interface OpenPostgresOptions {
  clock?: Clock;
  /** Connections in the pool; each instance holds at most this many. */
  poolSize?: number;
}

// NOTE: int8 (counts, bigint sums) and numeric (sums of bigint) arrive as strings by
// default; every value shiplog stores stays far below 2^53, so they are read as numbers.
const NUMBER_OIDS = new Set([20, 1700]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    NUMBER_OIDS.has(oid) ? (value: string) => Number(value) : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
};

/** How long to wait for a connection before saying the server cannot be reached. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Connects, applies pending migrations under an advisory lock and returns the store.
 * Connection failures reject with node-postgres' own error; the caller words them.
 */
export async function openPostgresStore(url: string, options: OpenPostgresOptions = {}): Promise<Store> {
  const config = { connectionString: url, types, connectionTimeoutMillis: CONNECT_TIMEOUT_MS };
  const migrator = new pg.Client(config);
  // A failed connect can still emit 'error' later; without a listener that would crash the process.
  migrator.on('error', () => undefined);
  try {
    await migrator.connect();
    await applyPgMigrations(migrator);
  } finally {
    await migrator.end().catch(() => undefined);
  }
  const pool = new pg.Pool({ ...config, max: options.poolSize ?? 10 });
  // NOTE: an idle connection that dies (server restart, failover) is reported here and
  // dropped by the pool; the next query opens a fresh one. Unhandled, it would crash us.
  pool.on('error', () => undefined);
  return createPgStore(drizzle({ client: pool }), pool, options.clock ?? systemClock);
}
