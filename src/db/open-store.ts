/** The one place that picks a database dialect from `DATABASE_URL`. */
import { statSync } from 'node:fs';
import type { Clock, Store } from '../app/ports/index.js';
import { DatabaseUrlError, parseDatabaseUrl, postgresOpenMessage, sqliteOpenMessage, type SqliteOpenProblem } from '../database-url.js';
import { FolderError } from './sqlite/ensure-folder.js';
import { openSqliteAt } from './sqlite/open-sqlite.js';

export interface OpenStoreOptions {
  /** Stamps `createdAt`, `updatedAt` and audit times; the wall clock when omitted. */
  clock?: Clock;
  /** SQLite only: WAL checkpoints on a worker thread, off the request path (the server sets this). */
  checkpointInBackground?: boolean;
}

/**
 * Opens the store behind `databaseUrl`, migrated and ready: `postgres://…` or
 * `postgresql://…` for PostgreSQL; `file:…`, a plain path or `:memory:` for SQLite.
 * Throws {@link DatabaseUrlError} (one line, no password) when the URL is unusable, the
 * SQLite file cannot be opened, or PostgreSQL cannot be reached or logged into.
 */
export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<Store> {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.dialect === 'sqlite') {
    try {
      return await openSqliteAt(target.location, options);
    } catch (error) {
      const path = target.location.kind === 'file' ? target.location.path : null;
      throw new DatabaseUrlError(sqliteOpenMessage(sqliteOpenProblem(error, path), databaseUrl), { cause: error });
    }
  }
  // Loaded only when asked for, so a SQLite instance never loads the PostgreSQL driver.
  const { openPostgresStore } = await import('./postgres/open-postgres.js');
  const { pgOpenProblem } = await import('./postgres/pg-errors.js');
  try {
    return await openPostgresStore(target.url, options);
  } catch (error) {
    const password = new URL(target.url).password;
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    const safe = password === '' ? detail : detail.replaceAll(decodeURIComponent(password), '***');
    throw new DatabaseUrlError(postgresOpenMessage(pgOpenProblem(error), target.shown, safe), { cause: error });
  }
}

function sqliteOpenProblem(error: unknown, path: string | null): SqliteOpenProblem {
  if (error instanceof FolderError) return { kind: 'folder', reason: error.message };
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'SQLITE_NOTADB') return { kind: 'not-a-database' };
  if (code === 'SQLITE_CANTOPEN') return { kind: 'cannot-open', folder: path !== null && statSync(path, { throwIfNoEntry: false })?.isDirectory() === true };
  return { kind: 'other', detail: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '' };
}
