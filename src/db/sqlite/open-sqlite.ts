/** Opens the embedded SQLite database behind `DATABASE_URL`, migrated and ready. */
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Clock, Store } from '../../app/ports/index.js';
import { systemClock } from '../shared/patch.js';
import { BUSY_TIMEOUT_MS } from './busy.js';
import { startCheckpointer } from './checkpointer.js';
import { ensureFolder } from './ensure-folder.js';
import { applyMigrations } from './migrate.js';
import { createSqliteStore } from './sqlite-store.js';
import { parseDatabaseUrl, type SqliteLocation } from '../../database-url.js';

export interface OpenSqliteOptions {
  /** Stamps `createdAt`, `updatedAt` and audit times; the wall clock when omitted. */
  clock?: Clock;
  /** WAL checkpoints on a worker thread instead of inside writes (checkpointer.ts): for the server. */
  checkpointInBackground?: boolean;
}

/**
 * Opens the SQLite database at `databaseUrl` — `file:./data/shiplog.db`, `file:/abs/path.db`,
 * a plain path or `:memory:`. For tests and tools that want SQLite whatever the URL says;
 * the app opens its store through `openStore`.
 */
export async function openSqliteStore(databaseUrl: string, options: OpenSqliteOptions = {}): Promise<Store> {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.dialect !== 'sqlite') throw new Error('openSqliteStore: the URL names PostgreSQL; use openStore');
  return openSqliteAt(target.location, options);
}

/** Opens (creating when needed) the database at `location`, applies pending migrations, returns the store. */
export async function openSqliteAt(location: SqliteLocation, options: OpenSqliteOptions = {}): Promise<Store> {
  if (location.kind === 'file') await ensureFolder(dirname(location.path));
  const sqlite = new Database(location.kind === 'file' ? location.path : ':memory:');
  try {
    configure(sqlite, location);
    applyMigrations(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const checkpointer = options.checkpointInBackground === true && location.kind === 'file' ? await startCheckpointer(sqlite, location.path).catch((error: unknown) => {
    sqlite.close();
    throw error;
  }) : undefined;
  return createSqliteStore(serve(sqlite), options.clock ?? systemClock, checkpointer);
}

function configure(sqlite: Database.Database, location: SqliteLocation): void {
  // busy_timeout first: switching to WAL and migrating need a lock another instance may hold.
  sqlite.pragma('busy_timeout = 5000');
  // WAL lets readers run beside the one writer; an in-memory database has no journal file.
  if (location.kind === 'file') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // NOTE: usage imports upsert into a five-column unique index in no particular order. With
  // SQLite's 2 MB default page cache every transaction rewrites thousands of index pages;
  // 64 MB holds a million-row import's hot pages (bench/ingest: 22 % -> 31 % of the sqlite3
  // shell's rate on its own, 57 % with 20,000-row transactions).
  sqlite.pragma('cache_size = -65536');
}

/** After start-up: lock waits happen off the event loop (see busy.ts). */
function serve(sqlite: Database.Database): Database.Database {
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return sqlite;
}
