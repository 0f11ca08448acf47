/**
 * `DATABASE_URL`: which database shiplog opens, and what to tell the operator when it
 * cannot. Every message is one line and never contains a password.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the SQLite database lives. */
export type SqliteLocation = { kind: 'memory' } | { kind: 'file'; path: string };

/** The database a URL names. `shown` is fit for logs and errors: no password. */
export type DatabaseTarget =
  | { dialect: 'sqlite'; location: SqliteLocation }
  | { dialect: 'postgres'; url: string; shown: string };

/** A `DATABASE_URL` shiplog cannot use, or a database it cannot open, in one line. */
export class DatabaseUrlError extends Error {
  override readonly name = 'DatabaseUrlError';
}

const EXAMPLE = 'Use a SQLite file such as file:./data/shiplog.db, or postgres://user:password@host:5432/database.';

/** The URL with any password replaced by `***`, for messages. */
export function redactDatabaseUrl(databaseUrl: string): string {
  return databaseUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]*:)[^@/]*@/i, '$1***@');
}

/**
 * Accepts `postgres://…` / `postgresql://…` (PostgreSQL) and `:memory:`,
 * `file:./relative.db`, `file:/abs/path.db`, `file:///abs/path.db` or a plain path
 * (SQLite; relative paths resolve against `cwd`). Throws {@link DatabaseUrlError} otherwise.
 */
export function parseDatabaseUrl(databaseUrl: string, cwd: string = process.cwd()): DatabaseTarget {
  const url = databaseUrl.trim();
  if (url === '') throw new DatabaseUrlError(`DATABASE_URL is empty. ${EXAMPLE}`);
  if (/^postgres(ql)?:/i.test(url)) return postgresTarget(url);
  const sqlite = (location: SqliteLocation): DatabaseTarget => ({ dialect: 'sqlite', location });
  if (url === ':memory:' || url === 'file::memory:') return sqlite({ kind: 'memory' });
  if (/^file:\/\//i.test(url)) return sqlite({ kind: 'file', path: fromFileUrl(url) });
  if (/^file:/i.test(url)) return sqlite(toFile(url.slice('file:'.length), cwd));
  const scheme = /^([a-z][a-z0-9+.-]+):\/\//i.exec(url);
  if (scheme) throw new DatabaseUrlError(`DATABASE_URL scheme "${scheme[1] ?? ''}:" is not supported. ${EXAMPLE}`);
  return sqlite(toFile(url, cwd));
}

function postgresTarget(url: string): DatabaseTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseUrlError(`DATABASE_URL is not a valid PostgreSQL URL (${redactDatabaseUrl(url)}). ${EXAMPLE}`);
  }
  if (parsed.hostname === '') throw new DatabaseUrlError(`DATABASE_URL names no PostgreSQL host (${redactDatabaseUrl(url)}). ${EXAMPLE}`);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default)';
  const user = parsed.username === '' ? '' : `${decodeURIComponent(parsed.username)}@`;
  return { dialect: 'postgres', url, shown: `${user}${parsed.hostname}:${parsed.port || '5432'}/${database}` };
}

function toFile(path: string, cwd: string): SqliteLocation {
  if (path === '') throw new DatabaseUrlError(`DATABASE_URL names no file. ${EXAMPLE}`);
  return { kind: 'file', path: isAbsolute(path) ? path : resolve(cwd, path) };
}

function fromFileUrl(url: string): string {
  try {
    return fileURLToPath(url);
  } catch (cause) {
    throw new DatabaseUrlError(`DATABASE_URL "${url}" is not a valid file URL. ${EXAMPLE}`, { cause });
  }
}

/** What went wrong opening PostgreSQL, as the driver's code says it. */
export type PostgresOpenProblem = 'unreachable' | 'unknown-host' | 'timeout' | 'auth' | 'no-database' | 'other';

/** One line naming what stopped shiplog from opening PostgreSQL at `shown`. */
export function postgresOpenMessage(problem: PostgresOpenProblem, shown: string, detail: string): string {
  switch (problem) {
    case 'unreachable':
      return `Cannot reach PostgreSQL at ${shown}: connection refused. Is the server running and listening there?`;
    case 'unknown-host':
      return `Cannot reach PostgreSQL at ${shown}: the host name does not resolve.`;
    case 'timeout':
      return `Cannot reach PostgreSQL at ${shown}: no answer within 10 seconds.`;
    case 'auth':
      return `PostgreSQL at ${shown} refused the login: check the user and password in DATABASE_URL.`;
    case 'no-database':
      return `PostgreSQL at ${shown} has no such database: create it first (createdb), then start shiplog.`;
    case 'other':
      return `Cannot open PostgreSQL at ${shown}: ${detail}`;
  }
}

/** What went wrong opening a SQLite file: its driver's code, or the folder it would live in. */
export type SqliteOpenProblem = { kind: 'not-a-database' } | { kind: 'cannot-open'; folder: boolean } | { kind: 'folder'; reason: string } | { kind: 'other'; detail: string };

/** One line naming `DATABASE_URL` and what stopped shiplog from opening the SQLite file at it. */
export function sqliteOpenMessage(problem: SqliteOpenProblem, databaseUrl: string): string {
  const named = `DATABASE_URL ${redactDatabaseUrl(databaseUrl.trim())}`;
  switch (problem.kind) {
    case 'not-a-database':
      return `${named} is not a SQLite database. Point it at a new file or at an existing shiplog database.`;
    case 'cannot-open':
      return problem.folder
        ? `${named} names a folder, not a file. Name a file in it, such as ${redactDatabaseUrl(databaseUrl.trim()).replace(/\/+$/, '')}/shiplog.db.`
        : `${named} cannot be opened: shiplog may not read or write that file.`;
    case 'folder':
      return `${named} cannot be used: ${problem.reason}.`;
    case 'other':
      return `${named} could not be opened: ${problem.detail}`;
  }
}
