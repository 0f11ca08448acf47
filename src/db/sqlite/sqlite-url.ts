/** Turns `DATABASE_URL` into a SQLite location, or says clearly why it cannot. */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the SQLite database lives. */
export type SqliteLocation = { kind: 'memory' } | { kind: 'file'; path: string };

const EXAMPLE = 'Use a SQLite file such as file:./data/shiplog.db.';

/**
 * Accepts `:memory:`, `file:./relative.db`, `file:/abs/path.db`, `file:///abs/path.db`
 * or a plain path; relative paths resolve against `cwd`. Throws for anything else,
 * PostgreSQL included, with a message fit for a start-up error.
 */
export function parseDatabaseUrl(databaseUrl: string, cwd: string = process.cwd()): SqliteLocation {
  const url = databaseUrl.trim();
  if (url === '') throw new Error(`DATABASE_URL is empty. ${EXAMPLE}`);
  if (url === ':memory:' || url === 'file::memory:') return { kind: 'memory' };
  if (/^postgres(ql)?:/i.test(url)) {
    throw new Error(`PostgreSQL is not supported yet (DATABASE_URL starts with ${url.split(':')[0] ?? ''}:). ${EXAMPLE}`);
  }
  if (/^file:\/\//i.test(url)) return { kind: 'file', path: fromFileUrl(url) };
  if (/^file:/i.test(url)) return toFile(url.slice('file:'.length), cwd);
  const scheme = /^([a-z][a-z0-9+.-]+):\/\//i.exec(url);
  if (scheme) throw new Error(`DATABASE_URL scheme "${scheme[1] ?? ''}:" is not supported. ${EXAMPLE}`);
  return toFile(url, cwd);
}

function toFile(path: string, cwd: string): SqliteLocation {
  if (path === '') throw new Error(`DATABASE_URL names no file. ${EXAMPLE}`);
  return { kind: 'file', path: isAbsolute(path) ? path : resolve(cwd, path) };
}

function fromFileUrl(url: string): string {
  try {
    return fileURLToPath(url);
  } catch (cause) {
    throw new Error(`DATABASE_URL "${url}" is not a valid file URL. ${EXAMPLE}`, { cause });
  }
}
